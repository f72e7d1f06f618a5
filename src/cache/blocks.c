/*
 * cache/blocks.c: Block records, the guest-rip table and the host-pc map.
 *
 * The table maps a guest rip to its Block (open addressing, linear probing,
 * grown at half load). Blocks are also kept in the order they were placed
 * in the cache, which is the order of their addresses (bump allocation), so
 * a cache address maps back to its block by binary search, and from there
 * to a guest rip through the block's rip map (DESIGN.md decision 8).
 */
#include "cache/cache_internal.h"

#include <stdlib.h>

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

static void by_host_append(Cache *cache, Block *block)
{
    if (cache->by_host_len == cache->by_host_cap) {
        size_t cap = cache->by_host_cap ? cache->by_host_cap * 2 : 1024;
        Block **grown = realloc(cache->by_host, cap * sizeof(Block *));
        if (!grown)
            fatal("out of memory growing the host-pc map");
        cache->by_host = grown;
        cache->by_host_cap = cap;
    }
    if (cache->by_host_len && cache->by_host[cache->by_host_len - 1]->host >= block->host)
        fatal("blocks placed out of address order");
    cache->by_host[cache->by_host_len++] = block;
}

void cache_block_insert(Cache *cache, Block *block)
{
    if ((cache->block_count + 1) * 2 > cache->table_mask + 1)
        table_grow(cache);
    table_put(cache->table, cache->table_mask, block);
    cache->block_count++;
    by_host_append(cache, block);
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

Block *cache_block_at(Cache *cache, const uint8_t *hpc)
{
    size_t lo = 0, hi = cache->by_host_len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        Block *b = cache->by_host[mid];
        if (hpc < b->host)
            hi = mid;
        else if (hpc >= b->host + b->host_size)
            lo = mid + 1;
        else
            return b;
    }
    return NULL;
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
