/*
 * Unit test: the code cache is W^X (DESIGN.md decision 13). Each chunk is
 * mapped twice: the view code runs from is read-execute (a store there
 * faults) and the view Shunt writes through is read-write; a store through
 * the second is seen in the first at once (the same memory). After a fork
 * (cache_fork_prepare), each process's writes stay its own: the first
 * store into a segment copies it, and the copy keeps both views.
 */
#include "check.h"
#include "cache/cache_internal.h"
#include "scan/scan.h"
#include "translate/translate.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

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
    cache_block_insert(cache, b);
    return b;
}

/* The permissions /proc/self/maps gives the mapping holding `addr`
 * ("r-xs"...), in `perms` (5 bytes). */
static void perms_of(const void *addr, char perms[5])
{
    strcpy(perms, "none");
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    unsigned long lo, hi;
    char p[5];
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "%lx-%lx %4s", &lo, &hi, p) == 3 && (uintptr_t)addr >= lo &&
            (uintptr_t)addr < hi)
            memcpy(perms, p, 5);
    if (f)
        fclose(f);
}

/* Whether a one-byte store at `addr` kills a child with SIGSEGV. */
static bool store_faults(uint8_t *addr)
{
    pid_t pid = fork();
    if (pid == 0) {
        *(volatile uint8_t *)addr = 0xCC;
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
}

static void test_views(Cache *cache, const Block *b)
{
    uint8_t *rw = cache_writable(cache, b->host);
    CHECK(rw != b->host);
    CHECK(memcmp(rw, b->host, b->host_size) == 0);
    CHECK(cache_writable(cache, b->cold) - rw == b->cold - b->host);
    char perms[5];
    perms_of(b->host, perms);
    CHECK(strcmp(perms, "r-xs") == 0);
    perms_of(rw, perms);
    CHECK(strcmp(perms, "rw-s") == 0);
    CHECK(store_faults(b->host));
    CHECK(!store_faults(rw));
    /* A store through the writable view is in the executable one. */
    uint8_t *spare = b->host + b->host_size + 64;
    *cache_writable(cache, spare) = 0x5A;
    CHECK(*(volatile uint8_t *)spare == 0x5A);
}

/* Parent and child each write the same cache byte after the fork: neither
 * sees the other's. The parent writes first (it copies the segment, the
 * child keeps the old memory), then the child (it copies too: it cannot
 * know it is alone). The block's last byte: a copy holds the bytes in
 * use, the rest of it is zero. */
static void test_fork(Cache *cache, const Block *b)
{
    uint8_t *spare = b->host + b->host_size - 1;
    *cache_writable(cache, spare) = 1;
    int go[2], done[2];
    CHECK(pipe(go) == 0 && pipe(done) == 0);
    uint64_t copied = cache_fork_segments_copied(cache);
    CHECK(cache_fork_prepare(cache));
    pid_t pid = fork();
    if (pid == 0) {
        close(go[1]);
        close(done[0]);
        char c;
        bool ok = read(go[0], &c, 1) == 1 && *spare == 1;
        *cache_writable(cache, spare) = 3;
        ok = ok && *spare == 3 && cache_fork_segments_copied(cache) == copied + 1 &&
             memcmp(cache_writable(cache, b->host), b->host, b->host_size) == 0 &&
             write(done[1], "x", 1) == 1;
        _exit(ok ? 0 : 1);
    }
    close(go[0]);
    close(done[1]);
    *cache_writable(cache, spare) = 2;
    CHECK(*spare == 2);
    CHECK(cache_fork_segments_copied(cache) == copied + 1);
    *cache_writable(cache, spare) = 4; /* the segment is the parent's now */
    CHECK(cache_fork_segments_copied(cache) == copied + 1);
    CHECK(write(go[1], "x", 1) == 1);
    char c;
    CHECK(read(done[0], &c, 1) == 1);
    CHECK(*spare == 4);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    /* The copy is W^X as the chunk was. */
    CHECK(memcmp(cache_writable(cache, b->host), b->host, b->host_size - 1) == 0);
    char perms[5];
    perms_of(b->host, perms);
    CHECK(strcmp(perms, "r-xs") == 0);
    perms_of(cache_writable(cache, b->host), perms);
    CHECK(strcmp(perms, "rw-s") == 0);
    CHECK(store_faults(b->host));
}

int main(void)
{
    uint8_t *guest = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(guest != MAP_FAILED);
    memset(guest, 0xC3, 4096); /* ret */
    Cache *cache =
        cache_create((GuestAddr)(uintptr_t)guest, (GuestAddr)(uintptr_t)guest + 4096, 1 << 20);
    CHECK(cache != NULL);
    Block *b = translate_at(cache, (GuestAddr)(uintptr_t)guest);
    test_views(cache, b);
    test_fork(cache, b);
    return check_failures != 0;
}
