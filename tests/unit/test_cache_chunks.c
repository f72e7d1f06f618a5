/*
 * Unit test: the code cache's chunks. Small caches (1 MiB at most, so a
 * 64 KiB first chunk) filled with one-instruction blocks add chunks; every
 * block maps back from its cache address whatever the chunks' address
 * order; a branch or a prediction out of rel32 reach is refused, not fatal;
 * a full cache refuses the next block, and once flushed takes blocks again
 * from the start of its first chunk.
 */
#include "check.h"
#include "cache/cache_internal.h"
#include "scan/scan.h"
#include "translate/translate.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define GUEST_SIZE (1 << 20)
#define SMALL_CACHE (1 << 20)

static size_t all_executable(void *arg, GuestAddr addr)
{
    (void)arg;
    (void)addr;
    return 16;
}

static Block *translate_at(Cache *cache, GuestAddr grip)
{
    static ScannedBlock scanned;
    scan_block(grip, all_executable, NULL, SCAN_MAX_INSNS, &scanned);
    Block *b = translate_block(cache, &scanned, false);
    if (b) {
        cache_block_insert(cache, b);
        cache_note_pages(cache, b);
    }
    return b;
}

/* `ret` blocks at guest[0], guest[1]... until the cache has `chunks`
 * chunks; returns how many were made. */
static size_t fill(Cache *cache, const uint8_t *guest, size_t chunks, Block **blocks)
{
    size_t n = 0;
    for (; cache_chunk_count(cache) < chunks && n < GUEST_SIZE; n++)
        blocks[n] = translate_at(cache, (GuestAddr)(uintptr_t)(guest + n));
    return n;
}

static void check_lookups(Cache *cache, Block **blocks, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        CHECK(cache_block_at(cache, blocks[i]->host) == blocks[i]);
        CHECK(cache_block_at(cache, blocks[i]->host + blocks[i]->host_size - 1) == blocks[i]);
        CHECK(cache_lookup(cache, blocks[i]->grip) == blocks[i]);
    }
}

/* With RLIMIT_AS unlimited the chunks are cut in order from one reservation. */
static void test_growth(const uint8_t *guest, Block **blocks)
{
    Cache *cache = cache_create((GuestAddr)(uintptr_t)guest,
                                (GuestAddr)(uintptr_t)guest + GUEST_SIZE, SMALL_CACHE);
    CHECK(cache != NULL && cache_chunk_count(cache) == 0);
    size_t n = fill(cache, guest, 3, blocks);
    CHECK(cache_chunk_count(cache) == 3);
    CHECK(cache->chunks[0].size == 64 << 10 && cache->chunks[1].size == 128 << 10);
    CHECK(cache->chunks[1].base == cache->chunks[0].base + cache->chunks[0].size);
    check_lookups(cache, blocks, n);
    for (size_t i = 0; i < n; i++) { /* a block's hot and cold parts share a chunk */
        CacheChunk *chunk = cache_chunk_at(cache, blocks[i]->host);
        CHECK(chunk != NULL && chunk == cache_chunk_at(cache, blocks[i]->cold));
    }
}

/* With RLIMIT_AS set nothing is reserved: a chunk that cannot follow the
 * previous one goes elsewhere. Here the "image" the cache is placed near
 * is at 12 GiB, out of reach of where mmap(NULL) puts things: the first
 * chunk goes below it (above is where a dynamic program's break grows);
 * with the space after that chunk taken, the second goes above the image.
 * In a child (the limit stays there). */
static void descending_child(const uint8_t *guest, Block **blocks)
{
    struct rlimit rl = {1ULL << 46, 1ULL << 46};
    CHECK(setrlimit(RLIMIT_AS, &rl) == 0);
    GuestAddr image = 12ULL << 30;
    Cache *cache = cache_create(image, image + GUEST_SIZE, SMALL_CACHE);
    CHECK(cache != NULL && cache->reservation == NULL);
    fill(cache, guest, 1, blocks);
    CHECK((GuestAddr)(uintptr_t)cache->chunks[0].base < image);
    uint8_t *after = cache->chunks[0].base + cache->chunks[0].size;
    mmap(after, 64 << 20, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    size_t n = 1 + fill(cache, guest + 1, 2, blocks + 1);
    CHECK((GuestAddr)(uintptr_t)cache->chunks[1].base > image);
    check_lookups(cache, blocks, n);
    exit(check_failures != 0);
}

static void test_descending(const uint8_t *guest, Block **blocks)
{
    pid_t pid = fork();
    if (pid == 0)
        descending_child(guest, blocks);
    int status = -1;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static int32_t rel32_at(const uint8_t *field)
{
    int32_t v;
    memcpy(&v, field, 4);
    return v;
}

/* A target 3 GiB away (never dereferenced: only its address is used). */
static void test_reach(uint8_t *guest)
{
    Cache *cache = cache_create((GuestAddr)(uintptr_t)guest,
                                (GuestAddr)(uintptr_t)guest + GUEST_SIZE, SMALL_CACHE);
    guest[0] = 0xEB; /* jmp +0x0E; then a ret at 0x10 */
    guest[1] = 0x0E;
    guest[0x10] = 0xC3;
    Block *a = translate_at(cache, (GuestAddr)(uintptr_t)guest);
    Block *r = translate_at(cache, (GuestAddr)(uintptr_t)guest + 0x10);
    ExitStub *e = &a->exits[0];
    Block far = {.grip = 0x1234, .host = e->rel32 + (3ULL << 30), .body = e->rel32 + (3ULL << 30)};
    CHECK(!cache_link(cache, e, &far));
    CHECK(e->to == NULL && e->rel32 + 4 + rel32_at(e->rel32) == e->stub);
    IndirectSite *site = r->site;
    const uint8_t *stub = site->hit_rel32 + 4 + rel32_at(site->hit_rel32);
    CHECK(!cache_predict(cache, site, &far));
    uint64_t word;
    memcpy(&word, site->prediction, 8);
    CHECK(site->to == NULL && word == NO_PREDICTION);
    CHECK(site->hit_rel32 + 4 + rel32_at(site->hit_rel32) == stub);
    CHECK(site->miss_rel32 + 4 + rel32_at(site->miss_rel32) == site->lookup);
    guest[0] = guest[1] = guest[0x10] = 0xC3;
}

static void ignore_dropped(void *arg, const Block *block)
{
    (void)arg;
    (void)block;
}

/* Filling a 1 MiB cache: the block that does not fit is refused (NULL);
 * after the blocks are dropped and the cache flushed, nothing is found,
 * nothing is used, and blocks go to the first chunk's start again, in the
 * chunks already mapped (twice over, to see the second round too). The
 * flushed records wait for cache_reclaim with the flush's number or a
 * later one; the first round's are freed during the second (valgrind,
 * which runs the unit tests, sees a use after free). */
static void test_full(const uint8_t *guest, Block **blocks)
{
    Cache *cache = cache_create((GuestAddr)(uintptr_t)guest,
                                (GuestAddr)(uintptr_t)guest + GUEST_SIZE, SMALL_CACHE);
    CHECK(cache != NULL);
    uint8_t *first_host = NULL;
    for (int round = 0; round < 2; round++) {
        size_t n = 0;
        while (n < GUEST_SIZE &&
               (blocks[n] = translate_at(cache, (GuestAddr)(uintptr_t)(guest + n))))
            n++;
        CHECK(n > 1000 && n < GUEST_SIZE);
        CHECK(cache_used_bytes(cache) > SMALL_CACHE / 2 && cache_capacity(cache) == SMALL_CACHE);
        if (round == 0)
            first_host = blocks[0]->host;
        CHECK(blocks[0]->host == first_host);
        size_t chunks = cache_chunk_count(cache);
        if (round == 1) {
            CHECK(cache_reclaim(cache, 0) == 0);
            CHECK(cache_reclaim(cache, 1) > 1000);
            CHECK(!cache_has_flushed(cache));
        }
        CHECK(cache_invalidate(cache, 0, (GuestAddr)1 << 57, ignore_dropped, NULL) == n);
        cache_mark_all_dead(cache);
        cache_flush(cache, (uint64_t)round + 1);
        CHECK(cache_has_flushed(cache));
        CHECK(cache_block_count(cache) == 0 && cache_used_bytes(cache) == 0);
        CHECK(cache_lookup(cache, blocks[0]->grip) == NULL);
        CHECK(cache_chunk_count(cache) == chunks);
        CHECK(cache_page_block_count(cache, (GuestAddr)(uintptr_t)guest) == 0);
    }
    CHECK(cache_reclaim(cache, 5) > 1000 && !cache_has_flushed(cache));
}

int main(void)
{
    uint8_t *guest =
        mmap(NULL, GUEST_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    Block **blocks = calloc(GUEST_SIZE, sizeof *blocks);
    CHECK(guest != MAP_FAILED && blocks != NULL);
    memset(guest, 0xC3, GUEST_SIZE); /* ret everywhere */
    test_growth(guest, blocks);
    test_descending(guest, blocks);
    test_reach(guest);
    test_full(guest, blocks);
    return check_failures != 0;
}
