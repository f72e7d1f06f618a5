/*
 * cache/memory.c: the code-cache region.
 *
 * One RWX mapping, bump-allocated. It is placed within rel32 reach of the
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
    cache->table_mask = 4095;
    cache->table = calloc(cache->table_mask + 1, sizeof(Block *));
    cache->pages_mask = 1023;
    cache->pages = calloc(cache->pages_mask + 1, sizeof(PageSlot));
    if (!cache->table || !cache->pages)
        fatal("out of memory creating the code cache");
    return cache;
}

uint8_t *cache_reserve(Cache *cache, size_t size)
{
    if (cache->used + size > cache->size)
        fatal("code cache full (%zu MiB); blocks are not freed yet", cache->size >> 20);
    return cache->base + cache->used;
}

void cache_commit(Cache *cache, size_t used)
{
    /* Keep block starts 16-byte aligned: cheaper fetch, and the rel32 of a
     * block's first branch less likely to straddle a cache line. */
    cache->used = (cache->used + used + 15) & ~(size_t)15;
}

size_t cache_used_bytes(Cache *cache)
{
    return cache->used;
}

uint8_t *cache_alloc_code(Cache *cache, size_t size)
{
    uint8_t *p = cache_reserve(cache, size);
    cache_commit(cache, size);
    return p;
}
