/*
 * cache/blocks.c: Block records, the guest-rip table and the host-pc map.
 *
 * The table maps a guest rip to its Block (open addressing, linear probing,
 * grown at half load). Each chunk of the cache also keeps its blocks in the
 * order they were placed, which is the order of their addresses (bump
 * allocation), so a cache address maps back to its block by finding its
 * chunk and a binary search there (chunks may lie in any address order),
 * and from there to a guest rip through the block's rip map (DESIGN.md
 * decision 8).
 *
 * Threads: cache_block_new, cache_block_set_points and cache_block_insert
 * are the writer's (under the dispatcher's lock). cache_lookup,
 * cache_block_at, cache_guest_rip_at and cache_block_contains take no lock,
 * allocate nothing and may run on any thread at any time, also in the host
 * signal handler interrupting the writer: they only follow pointers that
 * were published with release stores after what they point to was written
 * (the Block, its rip map, its sizes), and nothing they can reach is
 * changed in place (grown arrays are copies; cache_internal.h) or freed
 * while they may: a flush's records are freed only once no thread can
 * still hold one (cache_reclaim, whose caller knows).
 * On x86 (TSO) the acquire loads are plain loads and the release stores
 * plain stores; the builtins keep the compiler from reordering them.
 */
#include "cache/cache_internal.h"

#include <stdlib.h>
#include <string.h>

static size_t hash_rip(GuestAddr grip)
{
    return (size_t)((grip * 0x9E3779B97F4A7C15ULL) >> 20);
}

Block *cache_block_new(Cache *cache, GuestAddr grip, uint16_t insn_count, uint16_t exit_count,
                       bool has_site)
{
    (void)cache;
    Block *block = calloc(1, sizeof(*block));
    RipMapEntry *map = calloc(insn_count ? insn_count : 1, sizeof(*map));
    ExitStub *exits = calloc(exit_count ? exit_count : 1, sizeof(*exits));
    if (!block || !map || !exits)
        fatal("out of memory for a block at 0x%llx", (unsigned long long)grip);
    block->grip = grip;
    block->insn_count = insn_count;
    block->exit_count = exit_count;
    block->rip_map = map;
    block->exits = exits;
    for (uint16_t i = 0; i < exit_count; i++)
        exits[i].from = block;
    if (has_site) {
        block->site = calloc(1, sizeof(*block->site));
        if (!block->site)
            fatal("out of memory for a block at 0x%llx", (unsigned long long)grip);
        block->site->from = block;
    }
    return block;
}

void cache_block_set_points(Block *block, const StatePoint *points, size_t count)
{
    block->points = malloc((count ? count : 1) * sizeof(*points));
    if (!block->points)
        fatal("out of memory for a block at 0x%llx", (unsigned long long)block->grip);
    memcpy(block->points, points, count * sizeof(*points));
    block->point_count = (uint16_t)count;
}

BlockTable *cache_table_new(size_t slots)
{
    BlockTable *table = calloc(1, sizeof(BlockTable) + slots * sizeof(Block *));
    if (table)
        table->mask = slots - 1;
    return table;
}

/* The slot for `grip`: its block's, or the empty one ending its probe. */
static size_t table_slot(const BlockTable *table, GuestAddr grip)
{
    size_t i = hash_rip(grip) & table->mask;
    while (table->slots[i] && table->slots[i]->grip != grip)
        i = (i + 1) & table->mask;
    return i;
}

/* Release: a reader that loads the slot sees the whole Block. */
static void table_put(BlockTable *table, Block *block)
{
    __atomic_store_n(&table->slots[table_slot(table, block->grip)], block, __ATOMIC_RELEASE);
}

/* A complete copy twice the size, then published; the old table stays for
 * the readers still probing it (see BlockTable). */
static void table_grow(Cache *cache)
{
    BlockTable *old = cache->table;
    BlockTable *fresh = cache_table_new((old->mask + 1) * 2);
    if (!fresh)
        fatal("out of memory growing the block table");
    for (size_t i = 0; i <= old->mask; i++)
        if (old->slots[i] && !old->slots[i]->dead)
            fresh->slots[table_slot(fresh, old->slots[i]->grip)] = old->slots[i];
    fresh->retired = old;
    __atomic_store_n(&cache->table, fresh, __ATOMIC_RELEASE);
}

/* Appends to the chunk's block array: the element is stored, then the count
 * that shows it is published; a full array is copied into one twice its
 * size, published before the element goes in, the old one kept. */
static void chunk_append(CacheChunk *chunk, Block *block)
{
    BlockArray *array = chunk->blocks;
    size_t count = chunk->block_count;
    if (!array || count == array->cap) {
        size_t cap = array ? array->cap * 2 : 1024;
        BlockArray *grown = malloc(sizeof(BlockArray) + cap * sizeof(Block *));
        if (!grown)
            fatal("out of memory growing the host-pc map");
        grown->cap = cap;
        grown->retired = array;
        if (count)
            memcpy(grown->blocks, array->blocks, count * sizeof(Block *));
        __atomic_store_n(&chunk->blocks, grown, __ATOMIC_RELEASE);
        array = grown;
    }
    if (count && array->blocks[count - 1]->host >= block->host)
        fatal("blocks placed out of address order");
    array->blocks[count] = block;
    __atomic_store_n(&chunk->block_count, count + 1, __ATOMIC_RELEASE);
}

void cache_block_insert(Cache *cache, Block *block)
{
    CacheChunk *chunk = cache_chunk_at(cache, block->host);
    if (!chunk)
        fatal("block at %p outside the code cache", (void *)block->host);
    if ((cache->block_count + 1) * 2 > cache->table->mask + 1)
        table_grow(cache);
    /* A dead block of the same rip gives up its slot: no probe ever
     * passes an empty one that was not there before. */
    bool replaces = cache->table->slots[table_slot(cache->table, block->grip)] != NULL;
    table_put(cache->table, block);
    if (!replaces)
        __atomic_store_n(&cache->block_count, cache->block_count + 1, __ATOMIC_RELAXED);
    chunk_append(chunk, block);
}

/* Lock-free: the table and each slot are loaded with acquire, so a Block
 * found is a complete one. A table being replaced is still a valid table
 * (kept, never freed): a block inserted since may be missing from it, and
 * the caller that misses looks again under the lock. No removal exists yet;
 * one must leave a tombstone, not an empty slot, or a probe racing it would
 * stop short of a block past it. */
void cache_block_map(Cache *cache, Block *block)
{
    CacheChunk *chunk = cache_chunk_at(cache, block->host);
    if (!chunk)
        fatal("block at %p outside the code cache", (void *)block->host);
    chunk_append(chunk, block);
}

Block *cache_lookup(Cache *cache, GuestAddr grip)
{
    const BlockTable *table = __atomic_load_n(&cache->table, __ATOMIC_ACQUIRE);
    size_t i = hash_rip(grip) & table->mask;
    for (Block *b; (b = __atomic_load_n(&table->slots[i], __ATOMIC_ACQUIRE)) != NULL;
         i = (i + 1) & table->mask)
        if (b->grip == grip)
            return __atomic_load_n(&b->dead, __ATOMIC_ACQUIRE) ? NULL : b;
    return NULL;
}

static bool overlaps(const Block *block, GuestAddr lo, GuestAddr hi)
{
    GuestAddr end = block->grip + (block->guest_size ? block->guest_size : 1);
    return block->grip < hi && end > lo;
}

typedef struct Invalidation {
    Cache *cache;
    GuestAddr lo, hi;
    CacheDropped dropped;
    void *arg;
    size_t count;
} Invalidation;

/* Reached through the page lists, so the cost is that of the blocks on
 * the range's pages, not of the whole cache (a JIT's page may be written
 * thousands of times in a cache of 100,000 blocks). */
static bool drop_if_in_range(Block *block, void *arg)
{
    Invalidation *inv = arg;
    if (!overlaps(block, inv->lo, inv->hi))
        return false;
    __atomic_store_n(&block->dead, true, __ATOMIC_RELEASE);
    cache_unlink_incoming(inv->cache, block);
    cache_unpredict_incoming(inv->cache, block);
    cache_forget_pages(inv->cache, block);
    inv->dropped(inv->arg, block);
    inv->count++;
    return true;
}

size_t cache_invalidate(Cache *cache, GuestAddr lo, GuestAddr hi, CacheDropped dropped, void *arg)
{
    if (lo >= hi || !cache_pages_noted(cache, lo, hi))
        return 0;
    Invalidation inv = {cache, lo, hi, dropped, arg, 0};
    cache_drop_on_pages(cache, lo, hi, drop_if_in_range, &inv);
    return inv.count;
}

size_t cache_block_count(Cache *cache)
{
    return __atomic_load_n(&cache->block_count, __ATOMIC_RELAXED);
}

bool cache_block_contains(const Block *block, const uint8_t *hpc)
{
    return (hpc >= block->host && hpc < block->host + block->host_size) ||
           (hpc >= block->cold && hpc < block->cold + block->cold_size);
}

/* Binary search of one region: blocks are in address order in both. The
 * count is loaded before the array: any array published by then holds at
 * least that many blocks (a copy takes them all), and a Block in it was
 * complete before its count was published. */
static Block *search_region(const CacheChunk *chunk, const uint8_t *hpc, bool cold)
{
    size_t lo = 0, hi = __atomic_load_n(&chunk->block_count, __ATOMIC_ACQUIRE);
    const BlockArray *array = __atomic_load_n(&chunk->blocks, __ATOMIC_ACQUIRE);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        Block *b = array->blocks[mid];
        const uint8_t *start = cold ? b->cold : b->host;
        uint32_t size = cold ? b->cold_size : b->host_size;
        if (hpc < start)
            hi = mid;
        else if (hpc >= start + size)
            lo = mid + 1;
        else
            return b;
    }
    return NULL;
}

/* @asyncsignalsafe: no lock, no allocation (see the top of the file). */
Block *cache_block_at(Cache *cache, const uint8_t *hpc)
{
    const CacheChunk *chunk = cache_chunk_at(cache, hpc);
    if (!chunk)
        return NULL;
    bool cold = hpc >= chunk->base + chunk->start[CACHE_COLD];
    return search_region(chunk, hpc, cold);
}

GuestAddr cache_guest_rip_at(const Block *block, const uint8_t *hpc)
{
    size_t offset = (size_t)(hpc - block->host);
    GuestAddr grip = block->grip;
    for (uint16_t i = 0; i < block->insn_count; i++) {
        if (block->rip_map[i].host_offset > offset)
            break;
        grip = block->grip + block->rip_map[i].guest_offset;
    }
    return grip;
}

void cache_mark_all_dead(Cache *cache)
{
    for (size_t i = 0; i < cache->chunk_count; i++) {
        CacheChunk *c = &cache->chunks[i];
        for (size_t k = 0; k < c->block_count; k++)
            __atomic_store_n(&c->blocks->blocks[k]->dead, true, __ATOMIC_RELAXED);
    }
}

/* The flush's records, set aside: every block of every chunk (each block
 * is placed in one chunk once), the table with the ones it retired, and
 * each chunk's retired arrays (the chunk keeps its current one). Out of
 * memory for the list, the records are simply kept for good. */
static void set_aside(Cache *cache, uint64_t epoch)
{
    size_t count = 0;
    for (size_t i = 0; i < cache->chunk_count; i++)
        count += cache->chunks[i].block_count;
    FlushedRecords *f = calloc(1, sizeof(*f));
    Block **blocks = malloc((count ? count : 1) * sizeof(Block *));
    if (!f || !blocks) {
        free(f);
        free(blocks);
        return;
    }
    f->epoch = epoch;
    f->blocks = blocks;
    f->count = count;
    f->tables = cache->table;
    for (size_t i = 0; i < cache->chunk_count; i++) {
        CacheChunk *c = &cache->chunks[i];
        if (c->block_count)
            memcpy(blocks, c->blocks->blocks, c->block_count * sizeof(Block *));
        blocks += c->block_count;
        if (c->blocks) {
            f->arrays[i] = c->blocks->retired;
            c->blocks->retired = NULL;
        }
    }
    f->next = cache->flushed;
    cache->flushed = f;
}

/* Every block is dead (the caller dropped them all and waited until no
 * thread runs their code): an empty table is published, the records are
 * set aside, the pages forget their lists, and the memory is reused from
 * the start. */
void cache_flush(Cache *cache, uint64_t epoch)
{
    BlockTable *fresh = cache_table_new(CACHE_TABLE_FIRST);
    if (!fresh)
        fatal("out of memory flushing the code cache");
    set_aside(cache, epoch);
    __atomic_store_n(&cache->table, fresh, __ATOMIC_RELEASE);
    __atomic_store_n(&cache->block_count, 0, __ATOMIC_RELAXED);
    cache_pages_reset(cache);
    cache_memory_reset(cache);
}

bool cache_has_flushed(Cache *cache)
{
    return cache->flushed != NULL;
}

static void free_block(Block *block)
{
    free(block->rip_map);
    free(block->exits);
    free(block->site);
    free(block->points);
    free(block);
}

static void free_records(FlushedRecords *f)
{
    for (size_t i = 0; i < f->count; i++)
        free_block(f->blocks[i]);
    free(f->blocks);
    for (BlockTable *t = f->tables, *next; t; t = next) {
        next = t->retired;
        free(t);
    }
    for (size_t i = 0; i < CACHE_MAX_CHUNKS; i++)
        for (BlockArray *a = f->arrays[i], *next; a; a = next) {
            next = a->retired;
            free(a);
        }
    free(f);
}

size_t cache_reclaim(Cache *cache, uint64_t safe_epoch)
{
    size_t freed = 0;
    for (FlushedRecords **link = &cache->flushed; *link;) {
        FlushedRecords *f = *link;
        if (f->epoch > safe_epoch) {
            link = &f->next;
            continue;
        }
        *link = f->next;
        freed += f->count;
        free_records(f);
    }
    return freed;
}
