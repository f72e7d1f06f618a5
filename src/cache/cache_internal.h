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

struct Cache {
    uint8_t *base;   /* start of the mapping */
    size_t size;     /* bytes reserved */
    size_t used[2];  /* bump pointers of the hot and cold regions, from base */
    size_t start[2]; /* where each region starts, from base */
    size_t end[2];   /* where each region ends, from base */

    Block **table; /* guest rip -> Block, open addressing, linear probing */
    size_t table_mask;
    size_t block_count;

    Block **by_host; /* blocks in order of cache address (the bump order) */
    size_t by_host_len, by_host_cap;

    PageSlot *pages;
    size_t pages_mask, page_count;
};

#endif
