/*
 * cache_internal.h: the Cache struct, private to src/cache/.
 *
 * Threads (DESIGN.md decision 16). One writer at a time changes a Cache:
 * the dispatcher holds the process lock around every call that adds or
 * links (cache.h says which). Readers take no lock: cache_lookup from any
 * thread, and the host-pc map (cache_block_at, cache_chunk_at) from the
 * host signal handler of any thread, even one that interrupted the writer
 * itself. So every structure a reader walks is published, never changed
 * under it: an array that grows is copied and the copy published with a
 * release store, the old one kept (a reader may still be in it); an element
 * is stored before the count or the slot that makes it visible. The
 * fields marked "published" are read with acquire loads (__atomic builtins,
 * GCC's and clang's: plain fields stay readable by tests and the writer).
 */
#ifndef SHUNT_CACHE_INTERNAL_H
#define SHUNT_CACHE_INTERNAL_H

#include "cache/cache.h"

/* Open-addressing hash set keyed by guest page number; value: block count. */
typedef struct PageSlot {
    uint64_t page_plus_one; /* 0: empty */
    uint32_t block_count;
    bool write_protected; /* the dispatcher took PROT_WRITE away on the host */
    bool checked;         /* its blocks check their source bytes instead */
    uint32_t code_writes; /* writes that faulted on it while protected */
    Block *blocks;        /* blocks with code on the page, linked through on_page_next;
                             dead ones are unlinked when the list is next walked */
} PageSlot;

/* A chunk's blocks in bump order (address order), for the host-pc map. A
 * full array is replaced by a copy twice its size; the old one is kept,
 * linked from the new, as a reader may still be searching it. */
typedef struct BlockArray {
    size_t cap;
    struct BlockArray *retired; /* the array this one replaced, or NULL */
    Block *blocks[];
} BlockArray;

/* One mapping of the code cache: a hot region (its first three quarters)
 * and a cold one, each bump-allocated. A block's code and stubs lie in one
 * chunk, so its own branches always reach its stubs. Every field but the
 * last three is written once, before the chunk is published. The chunk's
 * memory is mapped twice (memory.c): `base` read-execute, where code runs
 * and every address computed into code points; `rw` read-write, where it
 * is written. */
typedef struct CacheChunk {
    uint8_t *base;
    uint8_t *rw;
    size_t size;
    size_t used[2];     /* bump pointers of the hot and cold regions, from base (writer) */
    size_t start[2];    /* where each region starts, from base */
    size_t end[2];      /* where each region ends, from base */
    BlockArray *blocks; /* published: the chunk's blocks */
    size_t block_count; /* published after the block is stored in `blocks` */
    size_t high[2];     /* the most each region's `used` has been: bytes a fork's copy keeps */
    uint64_t *shared;   /* a bit per CACHE_FORK_SEGMENT: memory a forked process may map too */
} CacheChunk;

/* The unit a forked process copies of the memory it shares with the other
 * side of the fork, before it writes there (memory.c, "fork"). */
#define CACHE_FORK_SEGMENT (64ULL << 10)

/*
 * The most chunks a cache can have. Each chunk but the last is at least
 * twice the one before (the last may be cut to what the maximum leaves),
 * and the first at least 64 KiB (memory.c), so k chunks need
 * 64 KiB * (2^(k-1) - 1) bytes of maximum before the last one: 32 chunks
 * would need 128 TiB, the whole user address space. Being fixed, the
 * array never moves under a reader.
 */
#define CACHE_MAX_CHUNKS 32

/* The guest-rip table: open addressing, linear probing, at most half full.
 * Readers find it through Cache.table; growth builds a whole new table and
 * publishes it, keeping this one (linked from the new) for readers still
 * probing it. Retired tables are at most 4096 + 8192 + ... + N/2 slots for
 * a final table of N: less than N, a bound of the same size as the table. */
typedef struct BlockTable {
    size_t mask;
    struct BlockTable *retired; /* the table this one replaced, or NULL */
    Block *slots[];             /* published: a slot is set after its Block is complete */
} BlockTable;

/* A flush's records, kept until no thread can reach them (cache_reclaim). */
typedef struct FlushedRecords {
    uint64_t epoch;
    Block **blocks; /* every block the chunks held */
    size_t count;
    BlockTable *tables;                   /* the table, and the ones it retired */
    BlockArray *arrays[CACHE_MAX_CHUNKS]; /* each chunk's retired host-pc arrays */
    struct FlushedRecords *next;
} FlushedRecords;

struct Cache {
    CacheChunk chunks[CACHE_MAX_CHUNKS]; /* in the order they were added; blocks go to the last */
    size_t chunk_count;                  /* published after the chunk is written */
    size_t current;                      /* the chunk blocks go into (writer) */
    size_t mapped;                       /* bytes in chunks */
    FlushedRecords *flushed;             /* flushes whose records wait (writer) */
    size_t shared_segments;              /* bits set in the chunks' `shared` (writer) */
    uint64_t segments_copied;            /* after forks, for --stats */
    size_t max_size;                     /* the most `mapped` may grow to */
    size_t first_chunk;                  /* size of the first chunk; each later one doubles */
    uint8_t *reservation;                /* PROT_NONE range of max_size bytes the chunks are cut
                                            from in order (so they stay within rel32 of each
                                            other), or NULL when RLIMIT_AS forbids reserving */
    GuestAddr near_lo, near_hi;          /* the guest image, when chunks should be near it */
    bool memfd;                          /* chunks are memfds: mremap cannot alias (memory.c) */

    BlockTable *table;  /* published: guest rip -> Block */
    size_t block_count; /* published (relaxed: a statistic) */

    PageSlot *pages; /* writer only (the dispatcher's lock) */
    size_t pages_mask, page_count;
};

/* The table's first size, in slots. */
#define CACHE_TABLE_FIRST 4096

/* A new empty table of `slots` slots (a power of two) (blocks.c). */
BlockTable *cache_table_new(size_t slots);

/* Whether a page of [lo, hi) has translated code (pages.c). */
bool cache_pages_noted(Cache *cache, GuestAddr lo, GuestAddr hi);
/* Calls `drop` on each block listed on a page of [lo, hi) that is not
 * dead yet (it may lie partly outside the range); `drop` returns true if
 * it made the block dead, which then leaves the list (pages.c). */
void cache_drop_on_pages(Cache *cache, GuestAddr lo, GuestAddr hi, bool (*drop)(Block *, void *),
                         void *arg);
/* cache_flush's parts: memory (memory.c), the page records (pages.c). */
void cache_memory_reset(Cache *cache);
void cache_pages_reset(Cache *cache);
/* The block no longer counts on its pages (pages.c). */
void cache_forget_pages(Cache *cache, const Block *block);

/* The chunk whose memory contains `hpc`, or NULL (memory.c). Lock-free and
 * async-signal-safe, like cache_block_at. */
CacheChunk *cache_chunk_at(Cache *cache, const uint8_t *hpc);

#endif
