/*
 * cache/memory.c: the code-cache region.
 *
 * One RWX mapping, split into a hot region (three quarters: block bodies)
 * and a cold one (exit stubs, data read by generated code), each
 * bump-allocated. It is placed within rel32 reach of the
 * guest image when the address space allows, so the copies of rip-relative
 * instructions can simply be re-encoded (DESIGN.md decision 1); otherwise
 * the translator falls back to a scratch register. Blocks are never freed
 * in this version: a full cache is a fatal error naming its size.
 */
#include "cache/cache_internal.h"

#include <stdlib.h>
#include <sys/mman.h>

#define REL32_REACH (1ULL << 31)

static void *map_at(uint64_t hint, size_t size)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    if (hint)
        flags |= MAP_FIXED_NOREPLACE;
    void *p = mmap((void *)hint, size, PROT_READ | PROT_WRITE | PROT_EXEC, flags, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* Tries a few places so that the whole cache is within rel32 of the whole
 * of [lo, hi): just above hi, then just below lo. */
static void *map_near(GuestAddr lo, GuestAddr hi, size_t size)
{
    if (hi - lo + size >= REL32_REACH)
        return NULL;
    const uint64_t gap = 64ULL << 20;
    for (uint64_t step = 0; step < 8; step++) {
        uint64_t above = PAGE_UP(hi) + gap * (step + 1);
        if (above + size - lo < REL32_REACH) {
            void *p = map_at(above, size);
            if (p)
                return p;
        }
        if (lo > size + gap * (step + 1)) {
            uint64_t below = PAGE_DOWN(lo - size - gap * (step + 1));
            if (hi - below < REL32_REACH && below >= 0x10000) {
                void *p = map_at(below, size);
                if (p)
                    return p;
            }
        }
    }
    return NULL;
}

Cache *cache_create(GuestAddr near_lo, GuestAddr near_hi, size_t size)
{
    Cache *cache = calloc(1, sizeof(*cache));
    if (!cache)
        return NULL;
    size = PAGE_UP(size);
    void *base = near_hi ? map_near(near_lo, near_hi, size) : NULL;
    if (!base)
        base = map_at(0, size);
    if (!base) {
        free(cache);
        return NULL;
    }
    cache->base = base;
    cache->size = size;
    size_t cold_start = PAGE_DOWN(size / 4 * 3);
    cache->start[CACHE_HOT] = cache->used[CACHE_HOT] = 0;
    cache->end[CACHE_HOT] = cold_start;
    cache->start[CACHE_COLD] = cache->used[CACHE_COLD] = cold_start;
    cache->end[CACHE_COLD] = size;
    cache->table_mask = 4095;
    cache->table = calloc(cache->table_mask + 1, sizeof(Block *));
    cache->pages_mask = 1023;
    cache->pages = calloc(cache->pages_mask + 1, sizeof(PageSlot));
    if (!cache->table || !cache->pages)
        fatal("out of memory creating the code cache");
    return cache;
}

uint8_t *cache_reserve(Cache *cache, CacheRegion region, size_t size)
{
    if (cache->used[region] + size > cache->end[region])
        fatal("code cache full (%zu MiB); blocks are not freed yet", cache->size >> 20);
    return cache->base + cache->used[region];
}

void cache_reserve_block(Cache *cache, size_t hot, size_t cold, uint8_t **hot_out,
                         uint8_t **cold_out)
{
    *hot_out = cache_reserve(cache, CACHE_HOT, hot);
    *cold_out = cache_reserve(cache, CACHE_COLD, cold);
}

void cache_commit(Cache *cache, CacheRegion region, size_t used)
{
    /* Block starts 16-byte aligned (fetch blocks); stubs 8-byte aligned
     * (the data among them). */
    size_t align = region == CACHE_HOT ? 15 : 7;
    cache->used[region] = (cache->used[region] + used + align) & ~align;
}

size_t cache_used_bytes(Cache *cache)
{
    return cache->used[CACHE_HOT] - cache->start[CACHE_HOT] + cache->used[CACHE_COLD] -
           cache->start[CACHE_COLD];
}
