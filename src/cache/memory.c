/*
 * cache/memory.c: the code-cache memory, in chunks that grow on demand.
 *
 * The cache starts with one small chunk and adds chunks as blocks fill it,
 * each twice the size of the one before, up to a total maximum (512 MiB by
 * default, less when RLIMIT_AS or RLIMIT_DATA are set: an eighth of the
 * first (both views below count), a quarter of the second, the guest needs
 * the rest). Each chunk has a hot region (three quarters:
 * block bodies) and a cold one (exit stubs, data read by generated code),
 * each bump-allocated; a block's reservation takes room in both regions of
 * the same chunk. When no chunk can be added the cache is full: the
 * dispatcher flushes it (cache_flush), and blocks go into the chunks
 * already mapped again, from the first (`current` is the one being
 * filled). Chunks are
 * never unmapped or moved, and live in a fixed array, so the host signal
 * handler can find the chunk of any pc while the writer adds one
 * (cache_chunk_at; reserving and committing are the writer's, under the
 * dispatcher's lock).
 *
 * W^X (DESIGN.md decision 13). A chunk is one piece of shared memory
 * mapped twice: read-execute where the code runs (`base`, placed as below)
 * and read-write anywhere (`rw`), the only view Shunt writes through
 * (cache_writable). A guest store into the code it runs from faults, as it
 * would natively on memory it never mapped (dispatch reports it so). The
 * two views are the same physical pages: a store through `rw` is seen by
 * a thread executing `base` exactly as a store to `base` would be, so
 * link.c's single aligned stores stay atomic for instruction fetch. The
 * memory is MAP_SHARED|MAP_ANONYMOUS and the second view an mremap alias
 * (old size 0): a memfd would do the same with a name in /proc/PID/maps,
 * but it is a file, so ftruncate obeys the guest's RLIMIT_FSIZE (and
 * raises SIGXFSZ), and its fd would take a guest fd number for a moment.
 * Both views show as "/dev/zero (deleted)", r-xs and rw-s, in the host's
 * maps (the guest's are filtered, os/maps.c). Where mremap cannot alias
 * (valgrind, which runs the unit tests, refuses it), chunks are memfds
 * named "shunt-cache" mapped twice (cache_create probes which).
 *
 * fork. Shared memory stays shared in a child: a store by either process
 * would change the code the other runs. So each copies before it writes,
 * as the kernel does for private memory, by segment (CACHE_FORK_SEGMENT,
 * 64 KiB): a fork-like clone marks every segment of every chunk shared in
 * both processes (cache_fork_prepare, a bitmap per chunk), and the first
 * store into a shared segment, through cache_writable or into a block's
 * reservation, first gives this process a segment of its own: fresh
 * shared memory holding a copy of the segment's bytes, mapped over both
 * views at the same addresses (so pointers into either view stay good),
 * under the writers' lock (nothing else writes meanwhile; a thread running
 * the segment sees the same bytes before and after the remap). The other
 * process keeps the old memory, which nobody else writes. Which process
 * copies does not matter, so nothing counts who still maps a segment: a
 * child that execs at once copies nothing, and a parent copies only the
 * segments it writes before its next fork, where until 2026-12 the parent
 * copied the whole cache before each fork (1 ms a fork for bash).
 * Privatized segments are mappings of their own: 2 VMAs per segment at
 * most, 16384 for a 512 MiB cache.
 *
 * Placement. Low addresses are the guest's (programs ask for them with
 * MAP_FIXED), so for an image below 2 GiB, whose rip-relative operands the
 * translator re-encodes as absolute addresses, the cache goes where
 * mmap(NULL) puts things, high up. For an image above that (a static PIE,
 * loaded where mmap(NULL) put it; a dynamically linked PIE at
 * ELF_ET_DYN_BASE) the cache is placed within rel32 reach of the image when
 * possible, below it rather than above (where the break grows), so its rip-relative operands can
 * simply be re-encoded (DESIGN.md decision 1); out of reach the translator falls back to a scratch
 * register. When RLIMIT_AS allows, the whole maximum is reserved up front (PROT_NONE: neither
 * memory nor RLIMIT_DATA) and chunks are cut from it in order, so they all stay within rel32 of
 * each other and of the image; otherwise each chunk is mapped right after the previous one if that
 * is free, anywhere else if not (chains between chunks out of reach are then simply not made, see
 * link.c). Only the executable view is placed: the writable one is never
 * in generated code, it may be anywhere.
 */
#include "cache/cache_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#define REL32_REACH (1ULL << 31)
/* Below this the image's rip-relative operands need no reach (see above). */
#define LOW_IMAGE_END (1ULL << 31)
#define FIRST_CHUNK_MIN (64ULL << 10)
#define FIRST_CHUNK_MAX (4ULL << 20)
#define PROT_RX (PROT_READ | PROT_EXEC)
#define PROT_RW (PROT_READ | PROT_WRITE)

static void *map_at(uint64_t hint, size_t size, int prot)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    if (hint)
        flags |= MAP_FIXED_NOREPLACE;
    void *p = mmap((void *)hint, size, prot, flags, -1, 0);
    if (p != MAP_FAILED && hint && (uint64_t)p != hint) { /* before 4.17: a hint */
        munmap(p, size);
        return NULL;
    }
    return p == MAP_FAILED ? NULL : p;
}

/* Whether all of [base, base + size) is within rel32 of all of [lo, hi). */
static bool in_reach(GuestAddr lo, GuestAddr hi, uint64_t base, size_t size)
{
    uint64_t first = base < lo ? base : lo, last = base + size > hi ? base + size : hi;
    return last - first < REL32_REACH;
}

/* Tries a few places within reach of [lo, hi): just below lo, then just
 * above hi. Below first: above a program with an interpreter (a
 * dynamically linked PIE) lies its break, which grows into free space as
 * natively and must not find the cache there. */
static void *map_near(GuestAddr lo, GuestAddr hi, size_t size, int prot)
{
    if (hi - lo + size >= REL32_REACH)
        return NULL;
    const uint64_t gap = 64ULL << 20;
    for (uint64_t step = 1; step <= 8; step++) {
        if (lo > size + gap * step) {
            uint64_t below = PAGE_DOWN(lo - size - gap * step);
            if (in_reach(lo, hi, below, size) && below >= 0x10000) {
                void *p = map_at(below, size, prot);
                if (p)
                    return p;
            }
        }
        uint64_t above = PAGE_UP(hi) + gap * step;
        if (in_reach(lo, hi, above, size)) {
            void *p = map_at(above, size, prot);
            if (p)
                return p;
        }
    }
    return NULL;
}

/* `size` bytes where the cache belongs (see the top of the file). */
static void *map_placed(const Cache *cache, size_t size, int prot)
{
    void *p = map_at(0, size, prot);
    if (cache->near_hi <= LOW_IMAGE_END || !p ||
        in_reach(cache->near_lo, cache->near_hi, (uint64_t)p, size))
        return p;
    void *near = map_near(cache->near_lo, cache->near_hi, size, prot);
    if (!near)
        return p;
    munmap(p, size);
    return near;
}

/* An eighth of RLIMIT_AS (each chunk is mapped twice) and a quarter of
 * RLIMIT_DATA at most. */
static size_t limited_max(size_t max_size)
{
    const int limits[] = {RLIMIT_AS, RLIMIT_DATA};
    const unsigned shares[] = {8, 4};
    for (size_t i = 0; i < ARRAY_LEN(limits); i++) {
        struct rlimit rl;
        if (getrlimit(limits[i], &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
            rl.rlim_cur / shares[i] < max_size)
            max_size = rl.rlim_cur / shares[i];
    }
    return PAGE_DOWN(max_size);
}

static bool may_reserve(void)
{
    struct rlimit rl;
    return getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur == RLIM_INFINITY;
}

/* Whether mremap can alias shared memory here (valgrind cannot). */
static bool mremap_aliases(void)
{
    void *p = mmap(NULL, PAGE_SIZE, PROT_RW, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return false;
    void *q = mremap(p, 0, PAGE_SIZE, MREMAP_MAYMOVE);
    munmap(p, PAGE_SIZE);
    if (q == MAP_FAILED)
        return false;
    munmap(q, PAGE_SIZE);
    return true;
}

Cache *cache_create(GuestAddr near_lo, GuestAddr near_hi, size_t max_size)
{
    Cache *cache = calloc(1, sizeof(*cache));
    if (!cache)
        return NULL;
    cache->near_lo = near_lo;
    cache->near_hi = near_hi;
    cache->memfd = !mremap_aliases();
    cache->max_size = limited_max(max_size);
    size_t first = PAGE_UP(cache->max_size / 128);
    cache->first_chunk = first < FIRST_CHUNK_MIN   ? FIRST_CHUNK_MIN
                         : first > FIRST_CHUNK_MAX ? FIRST_CHUNK_MAX
                                                   : first;
    if (may_reserve())
        cache->reservation = map_placed(cache, cache->max_size, PROT_NONE);
    cache->table = cache_table_new(CACHE_TABLE_FIRST);
    cache->pages_mask = 1023;
    cache->pages = calloc(cache->pages_mask + 1, sizeof(PageSlot));
    if (!cache->table || !cache->pages || cache->max_size < cache->first_chunk) {
        free(cache->table);
        free(cache->pages);
        free(cache);
        return NULL;
    }
    return cache;
}

/* The size of the next chunk: double the last one (the first: first_chunk),
 * more if one block would not fit, at most what the maximum leaves; 0 if
 * that is not enough for the block. */
static size_t next_chunk_size(const Cache *cache, size_t hot, size_t cold)
{
    size_t size =
        cache->chunk_count ? cache->chunks[cache->chunk_count - 1].size * 2 : cache->first_chunk;
    while (PAGE_DOWN(size / 4 * 3) < hot || size - PAGE_DOWN(size / 4 * 3) < cold)
        size *= 2;
    size_t left = cache->max_size - cache->mapped;
    if (size > left)
        size = left;
    if (PAGE_DOWN(size / 4 * 3) < hot || size - PAGE_DOWN(size / 4 * 3) < cold)
        return 0;
    return size;
}

/* Where the next chunk's executable view goes, PROT_NONE until the views
 * replace it: in the reservation, or after the previous chunk, or where
 * the cache belongs. */
static uint8_t *place_chunk(Cache *cache, size_t size)
{
    if (cache->reservation)
        return cache->reservation + cache->mapped;
    if (cache->chunk_count) {
        const CacheChunk *last = &cache->chunks[cache->chunk_count - 1];
        void *p = map_at((uint64_t)(last->base + last->size), size, PROT_NONE);
        if (p)
            return p;
    }
    return map_placed(cache, size, PROT_NONE);
}

/* Fresh shared memory of `size` bytes, mapped read-write anywhere; with
 * its memfd in *fd in memfd mode, -1 otherwise. NULL if out of memory. */
static uint8_t *new_shared(const Cache *cache, size_t size, int *fd)
{
    *fd = -1;
    if (cache->memfd) {
        *fd = memfd_create("shunt-cache", MFD_CLOEXEC);
        if (*fd < 0 || ftruncate(*fd, (off_t)size) != 0) {
            if (*fd >= 0)
                close(*fd);
            return NULL;
        }
    }
    int flags = MAP_SHARED | MAP_NORESERVE | (*fd < 0 ? MAP_ANONYMOUS : 0);
    void *p = mmap(NULL, size, PROT_RW, flags, *fd, 0);
    if (p == MAP_FAILED && *fd >= 0)
        close(*fd);
    return p == MAP_FAILED ? NULL : p;
}

/* Maps the shared memory `mem` (its memfd `fd`, or -1) again at `at`,
 * with `prot`, replacing what was there: an mremap of old size 0 maps the
 * same pages again, or the memfd is mapped. */
static bool map_view(uint8_t *mem, int fd, uint8_t *at, size_t size, int prot)
{
    if (fd >= 0)
        return mmap(at, size, prot, MAP_SHARED | MAP_FIXED, fd, 0) == at;
    return mremap(mem, 0, size, MREMAP_MAYMOVE | MREMAP_FIXED, at) == at &&
           mprotect(at, size, prot) == 0;
}

/* Maps a chunk's memory: read-execute at `base`, read-write anywhere. */
static uint8_t *map_views(const Cache *cache, uint8_t *base, size_t size)
{
    int fd;
    uint8_t *rw = new_shared(cache, size, &fd);
    if (!rw)
        return NULL;
    bool ok = map_view(rw, fd, base, size, PROT_RX);
    if (fd >= 0)
        close(fd);
    if (!ok) {
        munmap(rw, size);
        return NULL;
    }
    return rw;
}

static CacheChunk *add_chunk(Cache *cache, size_t hot, size_t cold)
{
    size_t size = next_chunk_size(cache, hot, cold);
    uint8_t *base = size ? place_chunk(cache, size) : NULL;
    uint8_t *rw = base ? map_views(cache, base, size) : NULL;
    if (!rw) {
        if (base && !cache->reservation)
            munmap(base, size);
        return NULL; /* full: the caller flushes */
    }
    /* Not reached (see CACHE_MAX_CHUNKS), but the array must not overflow. */
    if (cache->chunk_count == CACHE_MAX_CHUNKS)
        fatal("code cache: more than %d chunks", CACHE_MAX_CHUNKS);
    size_t cold_start = PAGE_DOWN(size / 4 * 3);
    CacheChunk *chunk = &cache->chunks[cache->chunk_count];
    *chunk = (CacheChunk){
        .base = base,
        .rw = rw,
        .size = size,
        .used = {0, cold_start},
        .high = {0, cold_start},
        .start = {0, cold_start},
        .end = {cold_start, size},
    };
    /* Release: a lock-free reader (cache_chunk_at) that sees the count
     * sees the chunk's fields. */
    __atomic_store_n(&cache->chunk_count, cache->chunk_count + 1, __ATOMIC_RELEASE);
    cache->mapped += size;
    return chunk;
}

/* ---- fork (see the top of the file) ---- */

static size_t segment_count(const CacheChunk *chunk)
{
    return (chunk->size + CACHE_FORK_SEGMENT - 1) / CACHE_FORK_SEGMENT;
}

bool cache_fork_prepare(Cache *cache)
{
    for (size_t i = 0; i < cache->chunk_count; i++) {
        CacheChunk *c = &cache->chunks[i];
        size_t segments = segment_count(c), words = (segments + 63) / 64;
        if (!c->shared && !(c->shared = calloc(words, sizeof(uint64_t))))
            return false;
        for (size_t s = 0; s < segments; s++)
            if (!(c->shared[s / 64] & (1ULL << (s % 64)))) {
                c->shared[s / 64] |= 1ULL << (s % 64);
                cache->shared_segments++;
            }
    }
    return true;
}

/* Maps the copy `fresh` (its memfd `fd`, or -1) over both views. Another
 * thread may be running the executable one: each replacement is one
 * system call that leaves it executable (an mremap alias takes its
 * source's protection, so the source is made read-execute first). */
static bool map_copy(uint8_t *fresh, int fd, uint8_t *rw, uint8_t *rx, size_t len)
{
    if (fd >= 0)
        return map_view(fresh, fd, rw, len, PROT_RW) && map_view(fresh, fd, rx, len, PROT_RX);
    return mremap(fresh, 0, len, MREMAP_MAYMOVE | MREMAP_FIXED, rw) == rw &&
           mprotect(fresh, len, PROT_RX) == 0 &&
           mremap(fresh, 0, len, MREMAP_MAYMOVE | MREMAP_FIXED, rx) == rx;
}

/* Gives this process its own copy of segment `s` of `c`: the bytes ever
 * used in it (a thread that just left a block may still read its stub
 * after a flush) in fresh memory mapped over both views. */
static void privatize_segment(Cache *cache, CacheChunk *c, size_t s)
{
    size_t off = s * CACHE_FORK_SEGMENT;
    size_t len = c->size - off < CACHE_FORK_SEGMENT ? c->size - off : CACHE_FORK_SEGMENT;
    int fd;
    uint8_t *fresh = new_shared(cache, len, &fd);
    if (!fresh)
        fatal("code cache: out of memory for a copy after fork");
    for (int r = CACHE_HOT; r <= CACHE_COLD; r++) {
        size_t lo = c->start[r] > off ? c->start[r] : off;
        size_t hi = c->high[r] < off + len ? c->high[r] : off + len;
        if (lo < hi)
            memcpy(fresh + (lo - off), c->rw + lo, hi - lo);
    }
    if (!map_copy(fresh, fd, c->rw + off, c->base + off, len))
        fatal("code cache: cannot map a copy after fork");
    munmap(fresh, len);
    if (fd >= 0)
        close(fd);
    c->shared[s / 64] &= ~(1ULL << (s % 64));
    cache->shared_segments--;
    cache->segments_copied++;
}

/* Before a store into [at, at + len) of chunk `c`: its shared segments
 * become this process's own. */
static void own_range(Cache *cache, CacheChunk *c, const uint8_t *at, size_t len)
{
    if (!cache->shared_segments || !c->shared || len == 0)
        return;
    size_t first = (size_t)(at - c->base) / CACHE_FORK_SEGMENT;
    size_t last = (size_t)(at + len - 1 - c->base) / CACHE_FORK_SEGMENT;
    for (size_t s = first; s <= last; s++)
        if (c->shared[s / 64] & (1ULL << (s % 64)))
            privatize_segment(cache, c, s);
}

uint64_t cache_fork_segments_copied(Cache *cache)
{
    return cache->segments_copied;
}

/* ---- blocks ---- */

static bool fits(const CacheChunk *chunk, CacheRegion region, size_t size)
{
    return chunk->used[region] + size <= chunk->end[region];
}

bool cache_reserve_block(Cache *cache, size_t hot, size_t cold, uint8_t **hot_out,
                         uint8_t **cold_out)
{
    CacheChunk *chunk = cache->chunk_count ? &cache->chunks[cache->current] : NULL;
    while (chunk && (!fits(chunk, CACHE_HOT, hot) || !fits(chunk, CACHE_COLD, cold)))
        chunk = cache->current + 1 < cache->chunk_count ? &cache->chunks[++cache->current] : NULL;
    if (!chunk) {
        chunk = add_chunk(cache, hot, cold);
        if (!chunk)
            return false;
        cache->current = cache->chunk_count - 1;
    }
    *hot_out = chunk->base + chunk->used[CACHE_HOT];
    *cold_out = chunk->base + chunk->used[CACHE_COLD];
    own_range(cache, chunk, *hot_out, hot);
    own_range(cache, chunk, *cold_out, cold);
    return true;
}

void cache_commit(Cache *cache, CacheRegion region, size_t used)
{
    /* Block starts 16-byte aligned (fetch blocks); stubs 8-byte aligned
     * (the data among them). */
    CacheChunk *chunk = &cache->chunks[cache->current];
    size_t align = region == CACHE_HOT ? 15 : 7;
    chunk->used[region] = (chunk->used[region] + used + align) & ~align;
    if (chunk->used[region] > chunk->end[region])
        fatal("code cache overrun: %zu bytes committed past a reservation", used);
    if (chunk->used[region] > chunk->high[region])
        chunk->high[region] = chunk->used[region];
}

size_t cache_used_bytes(Cache *cache)
{
    size_t total = 0;
    for (size_t i = 0; i < cache->chunk_count; i++) {
        const CacheChunk *c = &cache->chunks[i];
        total +=
            c->used[CACHE_HOT] - c->start[CACHE_HOT] + c->used[CACHE_COLD] - c->start[CACHE_COLD];
    }
    return total;
}

size_t cache_chunk_count(Cache *cache)
{
    return __atomic_load_n(&cache->chunk_count, __ATOMIC_ACQUIRE);
}

uint8_t *cache_writable(Cache *cache, const uint8_t *hpc)
{
    CacheChunk *chunk = cache_chunk_at(cache, hpc);
    /* A memory-safety check, on in every build. */
    if (!chunk)
        fatal("code cache: %p is not in the cache", (const void *)hpc);
    own_range(cache, chunk, hpc, 8); /* a link's store: 8 bytes, in one cache line */
    return chunk->rw + (hpc - chunk->base);
}

/* @asyncsignalsafe: the chunk array never moves and a chunk is written
 * before the count that shows it is published. */
CacheChunk *cache_chunk_at(Cache *cache, const uint8_t *hpc)
{
    size_t count = __atomic_load_n(&cache->chunk_count, __ATOMIC_ACQUIRE);
    for (size_t i = 0; i < count; i++) {
        CacheChunk *c = &cache->chunks[i];
        if (hpc >= c->base && hpc < c->base + c->size)
            return c;
    }
    return NULL;
}

size_t cache_capacity(Cache *cache)
{
    return cache->max_size;
}

/* The memory part of cache_flush: every region empty again. */
void cache_memory_reset(Cache *cache)
{
    for (size_t i = 0; i < cache->chunk_count; i++) {
        CacheChunk *c = &cache->chunks[i];
        c->used[CACHE_HOT] = c->start[CACHE_HOT];
        c->used[CACHE_COLD] = c->start[CACHE_COLD];
        __atomic_store_n(&c->block_count, 0, __ATOMIC_RELEASE);
    }
    cache->current = 0;
}
