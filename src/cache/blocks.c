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

static void table_put(Block **table, size_t mask, Block *block)
{
    size_t i = hash_rip(block->grip) & mask;
    while (table[i] && table[i]->grip != block->grip)
        i = (i + 1) & mask;
    table[i] = block;
}

static void table_grow(Cache *cache)
{
    size_t new_mask = cache->table_mask * 2 + 1;
    Block **fresh = calloc(new_mask + 1, sizeof(Block *));
    if (!fresh)
        fatal("out of memory growing the block table");
    for (size_t i = 0; i <= cache->table_mask; i++)
        if (cache->table[i])
            table_put(fresh, new_mask, cache->table[i]);
    free(cache->table);
    cache->table = fresh;
    cache->table_mask = new_mask;
}

static void chunk_append(CacheChunk *chunk, Block *block)
{
    if (chunk->block_count == chunk->block_cap) {
        size_t cap = chunk->block_cap ? chunk->block_cap * 2 : 1024;
        Block **grown = realloc(chunk->blocks, cap * sizeof(Block *));
        if (!grown)
            fatal("out of memory growing the host-pc map");
        chunk->blocks = grown;
        chunk->block_cap = cap;
    }
    if (chunk->block_count && chunk->blocks[chunk->block_count - 1]->host >= block->host)
        fatal("blocks placed out of address order");
    chunk->blocks[chunk->block_count++] = block;
}

void cache_block_insert(Cache *cache, Block *block)
{
    CacheChunk *chunk = cache_chunk_at(cache, block->host);
    if (!chunk)
        fatal("block at %p outside the code cache", (void *)block->host);
    if ((cache->block_count + 1) * 2 > cache->table_mask + 1)
        table_grow(cache);
    table_put(cache->table, cache->table_mask, block);
    cache->block_count++;
    chunk_append(chunk, block);
}

Block *cache_lookup(Cache *cache, GuestAddr grip)
{
    size_t i = hash_rip(grip) & cache->table_mask;
    for (Block *b; (b = cache->table[i]) != NULL; i = (i + 1) & cache->table_mask)
        if (b->grip == grip)
            return b;
    return NULL;
}

size_t cache_block_count(Cache *cache)
{
    return cache->block_count;
}

bool cache_block_contains(const Block *block, const uint8_t *hpc)
{
    return (hpc >= block->host && hpc < block->host + block->host_size) ||
           (hpc >= block->cold && hpc < block->cold + block->cold_size);
}

/* Binary search of one region: blocks are in address order in both. */
static Block *search_region(const CacheChunk *chunk, const uint8_t *hpc, bool cold)
{
    size_t lo = 0, hi = chunk->block_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        Block *b = chunk->blocks[mid];
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
