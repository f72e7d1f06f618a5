/*
 * cache_internal.h: the Cache struct, private to src/cache/.
 */
#ifndef SHUNT_CACHE_INTERNAL_H
#define SHUNT_CACHE_INTERNAL_H

#include "cache/cache.h"

/* Open-addressing hash set keyed by guest page number; value: block count. */
typedef struct PageSlot {
    uint64_t page_plus_one; /* 0: empty */
    uint64_t block_count;
} PageSlot;

/* One mapping of the code cache: a hot region (its first three quarters)
 * and a cold one, each bump-allocated. A block's code and stubs lie in one
 * chunk, so its own branches always reach its stubs. */
typedef struct CacheChunk {
    uint8_t *base;
    size_t size;
    size_t used[2];  /* bump pointers of the hot and cold regions, from base */
    size_t start[2]; /* where each region starts, from base */
    size_t end[2];   /* where each region ends, from base */
    Block **blocks;  /* the chunk's blocks in bump order, which is address order */
    size_t block_count, block_cap;
} CacheChunk;

struct Cache {
    CacheChunk *chunks; /* in the order they were added; blocks go to the last */
    size_t chunk_count, chunk_cap;
    size_t mapped;              /* bytes in chunks */
    size_t max_size;            /* the most `mapped` may grow to */
    size_t first_chunk;         /* size of the first chunk; each later one doubles */
    uint8_t *reservation;       /* PROT_NONE range of max_size bytes the chunks are cut
                                   from in order (so they stay within rel32 of each
                                   other), or NULL when RLIMIT_AS forbids reserving */
    GuestAddr near_lo, near_hi; /* the guest image, when chunks should be near it */

    Block **table; /* guest rip -> Block, open addressing, linear probing */
    size_t table_mask;
    size_t block_count;

    PageSlot *pages;
    size_t pages_mask, page_count;
};

/* The chunk whose memory contains `hpc`, or NULL (memory.c). */
CacheChunk *cache_chunk_at(Cache *cache, const uint8_t *hpc);

#endif
