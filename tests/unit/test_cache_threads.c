/*
 * Unit test: a code cache shared by threads (DESIGN.md decision 16).
 *
 * - Lock-free readers: reader threads call cache_lookup and cache_block_at
 *   on random rips and pcs, and a signal handler does the same on the
 *   writer's own thread, while the writer inserts 100000 blocks through
 *   several table growths and chunk additions: every block found is the
 *   right one, and every block inserted is found afterwards.
 * - A direct exit whose rel32 field crosses a cache line is chained
 *   through its stub (the field itself is never rewritten), and unlinking
 *   restores the stub byte for byte; the same for a site's miss jump.
 * - A thread runs a chained branch of real generated code in a tight loop
 *   while another links and unlinks it 100000 times: it always arrives
 *   at one of the two valid destinations. Once with the branch's rel32
 *   within a line (patched in place), once across a line (patched through
 *   the stub). Measured: patching the crossing field in place instead
 *   crashed the running thread in 4 runs of 6 (a torn fetch); the stub
 *   never did, also in 5 runs of 3 million patches.
 * Also run under ThreadSanitizer by hand (the library built with
 * -fsanitize=thread): no report.
 */
#include "cache/cache_internal.h"
#include "check.h"
#include "dispatch/layout.h"
#include "scan/scan.h"
#include "translate/translate.h"

#include <asm/prctl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define INSERTS 100000
#define READERS 2
#define PATCHES 100000

/* ---- lock-free readers against one writer ---- */

static Cache *shared_cache;
static Block *inserted[INSERTS];
static size_t published;     /* inserted[0 .. published) are in the cache */
static int writer_done;      /* the readers stop */
static int reader_failures;  /* found a wrong block */
static int handler_failures; /* the same, in the signal handler */
static pthread_t writer;

/* Guest rips are multiples of 16 plus 3, so rip + 1 is never one. */
static GuestAddr rip_of(size_t i)
{
    return 0x10000003ULL + (GuestAddr)i * 16;
}

static uint64_t next_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* A block with no code (nothing runs it), only sizes: insertion and the
 * host-pc map see it as any other; much faster to make than translating. */
static Block *synthetic_block(Cache *cache, GuestAddr grip, size_t hot, size_t cold)
{
    Block *b = cache_block_new(cache, grip, 1, 0, false);
    uint8_t *h, *c;
    cache_reserve_block(cache, hot, cold, &h, &c);
    b->host = b->body = h;
    b->host_size = (uint32_t)hot;
    b->cold = c;
    b->cold_size = (uint32_t)cold;
    b->guest_size = 1;
    StatePoint none = cache_state_point(STATE_RIP_BLOCK, 0, 0);
    cache_block_set_points(b, &none, 1);
    cache_commit(cache, CACHE_HOT, hot);
    cache_commit(cache, CACHE_COLD, cold);
    return b;
}

/* A random pc in the block, hot or cold. */
static const uint8_t *pc_in(const Block *b, uint64_t r)
{
    if (r & 1)
        return b->host + (r >> 1) % b->host_size;
    return b->cold + (r >> 1) % b->cold_size;
}

/* One round of checks on the blocks published so far; false if any
 * block found is the wrong one. No lock, no allocation, no stdio: the
 * signal handler runs it too. */
static bool check_random(uint64_t *state)
{
    size_t n = __atomic_load_n(&published, __ATOMIC_ACQUIRE);
    if (n == 0)
        return true;
    size_t i = next_random(state) % n;
    const Block *b = inserted[i];
    bool ok = cache_lookup(shared_cache, rip_of(i)) == b;
    ok &= cache_lookup(shared_cache, rip_of(i) + 1) == NULL;
    const uint8_t *pc = pc_in(b, next_random(state));
    ok &= cache_block_at(shared_cache, pc) == b;
    /* Any address near a block: no block, or one that contains it. */
    const uint8_t *near = b->host + (int64_t)(next_random(state) % 512) - 256;
    const Block *found = cache_block_at(shared_cache, near);
    ok &= !found || cache_block_contains(found, near);
    /* A rip beyond what is published: absent, or the right block. */
    size_t j = next_random(state) % INSERTS;
    const Block *later = cache_lookup(shared_cache, rip_of(j));
    ok &= !later || later->grip == rip_of(j);
    return ok;
}

static void on_usr1(int sig)
{
    (void)sig;
    static uint64_t state = 0x9E3779B97F4A7C15ULL;
    if (!check_random(&state))
        __atomic_add_fetch(&handler_failures, 1, __ATOMIC_RELAXED);
}

static void *reader(void *arg)
{
    uint64_t state = 0x2545F4914F6CDD1DULL + (uintptr_t)arg;
    for (unsigned round = 0; !__atomic_load_n(&writer_done, __ATOMIC_ACQUIRE); round++) {
        if (!check_random(&state))
            __atomic_add_fetch(&reader_failures, 1, __ATOMIC_RELAXED);
        /* Now and then, interrupt the writer itself. */
        if (arg == NULL && round % 256 == 0)
            pthread_kill(writer, SIGUSR1);
    }
    return NULL;
}

static void test_concurrent_readers(void)
{
    /* 16 MiB at most: a 128 KiB first chunk, so about 7 chunks hold the
     * blocks; the table grows from 4096 slots to 262144. */
    shared_cache = cache_create(0x10000000, 0x20000000, 16 << 20);
    CHECK(shared_cache != NULL);
    writer = pthread_self();
    struct sigaction sa = {.sa_handler = on_usr1};
    sigaction(SIGUSR1, &sa, NULL);
    pthread_t readers[READERS];
    for (uintptr_t r = 0; r < READERS; r++)
        pthread_create(&readers[r], NULL, reader, (void *)r);
    uint64_t state = 88172645463325252ULL;
    for (size_t i = 0; i < INSERTS; i++) {
        uint64_t r = next_random(&state);
        inserted[i] = synthetic_block(shared_cache, rip_of(i), 16 + r % 64, 8 + (r >> 8) % 32);
        cache_block_insert(shared_cache, inserted[i]);
        __atomic_store_n(&published, i + 1, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&writer_done, 1, __ATOMIC_RELEASE);
    for (int r = 0; r < READERS; r++)
        pthread_join(readers[r], NULL);
    signal(SIGUSR1, SIG_IGN);

    CHECK(reader_failures == 0);
    CHECK(handler_failures == 0);
    CHECK(cache_chunk_count(shared_cache) >= 5);
    CHECK(shared_cache->table->mask + 1 >= 2 * INSERTS);
    CHECK(cache_block_count(shared_cache) == INSERTS);
    size_t missing = 0;
    for (size_t i = 0; i < INSERTS; i++) {
        const Block *b = inserted[i];
        missing += cache_lookup(shared_cache, rip_of(i)) != b;
        missing += cache_block_at(shared_cache, b->host) != b;
        missing += cache_block_at(shared_cache, b->host + b->host_size - 1) != b;
        missing += cache_block_at(shared_cache, b->cold) != b;
        missing += cache_block_at(shared_cache, b->cold + b->cold_size - 1) != b;
    }
    CHECK(missing == 0);
}

/* ---- real translations, laid out so a field crosses a cache line ---- */

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

/* Writes `pad` bytes of plain instructions (mov eax, imm32 and nops, copied
 * as they are), then `tail`; returns the address after them. */
static uint8_t *write_code(uint8_t *guest, size_t pad, const uint8_t *tail, size_t tail_len)
{
    for (; pad >= 5; pad -= 5) {
        const uint8_t mov[] = {0xB8, 1, 2, 3, 4};
        memcpy(guest, mov, sizeof(mov));
        guest += sizeof(mov);
    }
    memset(guest, 0x90, pad);
    guest += pad;
    memcpy(guest, tail, tail_len);
    return guest + tail_len;
}

/* Where the cache puts the next block's code (a reservation is not taken
 * until it is committed). */
static const uint8_t *next_host(Cache *cache)
{
    uint8_t *hot, *cold;
    cache_reserve_block(cache, 1024, 1024, &hot, &cold);
    return hot;
}

/* The pad that puts the next block's field, `field_offset` from its start
 * with no pad, at byte `line_byte` of a cache line (62: it crosses). */
static size_t pad_for(Cache *cache, size_t field_offset, size_t line_byte)
{
    uintptr_t field = (uintptr_t)next_host(cache) + field_offset;
    return (line_byte + 64 - field % 64) % 64;
}

/* The offset of the rel32 field of a block that is only `jmp` (the probe
 * block's target is never translated). */
static size_t jmp_field_offset(Cache *cache, uint8_t *guest)
{
    const uint8_t jmp[] = {0xEB, 0x3E};
    write_code(guest, 0, jmp, sizeof(jmp));
    Block *probe = translate_at(cache, (GuestAddr)(uintptr_t)guest);
    return (size_t)(probe->exits[0].rel32 - probe->host);
}

/* pad bytes, then `jmp rel32` to dest; translated. */
static Block *translate_jmp(Cache *cache, uint8_t *guest, size_t pad, const uint8_t *dest)
{
    uint8_t *end = write_code(guest, pad, (const uint8_t[]){0xE9, 0, 0, 0, 0}, 5);
    int32_t rel = (int32_t)(dest - end);
    memcpy(end - 4, &rel, 4);
    return translate_at(cache, (GuestAddr)(uintptr_t)guest);
}

static int32_t rel32_at(const uint8_t *field)
{
    int32_t v;
    memcpy(&v, field, 4);
    return v;
}

static bool crosses_line(const uint8_t *field)
{
    return (uintptr_t)field % 64 > 60;
}

static const uint8_t RET[] = {0xC3};

/* A block `jmp` whose rel32 crosses a line, chained to the block at the
 * target. */
static void test_crossing_exit(Cache *cache, uint8_t *guest)
{
    size_t offset = jmp_field_offset(cache, guest);
    memcpy(guest + 0x300, RET, 1);
    Block *b = translate_at(cache, (GuestAddr)(uintptr_t)(guest + 0x300));
    Block *a = translate_jmp(cache, guest + 0x100, pad_for(cache, offset, 62), guest + 0x300);
    ExitStub *e = &a->exits[0];
    CHECK(crosses_line(e->rel32));
    CHECK(e->target == b->grip);
    CHECK((uintptr_t)e->stub % 8 == 0);
    uint8_t before[27];
    memcpy(before, e->stub, sizeof(before));
    CHECK(memcmp(&e->stub_head, e->stub, 8) == 0);

    CHECK(cache_link(cache, e, b));
    CHECK(e->rel32 + 4 + rel32_at(e->rel32) == e->stub); /* the field is untouched */
    CHECK(e->stub[0] == 0xE9 && e->stub + 5 + rel32_at(e->stub + 1) == b->body);
    CHECK(e->stub[5] == 0xCC && e->stub[6] == 0xCC && e->stub[7] == 0xCC);
    CHECK(memcmp(e->stub + 8, before + 8, sizeof(before) - 8) == 0);
    CHECK(b->incoming == e && e->to == b);
    /* A thread standing on the new jmp: the branch is taken, nothing parked. */
    uint64_t regs[16] = {0};
    StateSlots slots = {0};
    CHECK(cache_recover_state(a, e->stub, regs, &slots) == b->grip);
    CHECK(cache_block_at(cache, e->stub) == a);

    cache_unlink_incoming(cache, b);
    CHECK(memcmp(e->stub, before, sizeof(before)) == 0);
    CHECK(e->to == NULL && b->incoming == NULL);
    CHECK(cache_link(cache, e, b)); /* and again */
    CHECK(e->stub[0] == 0xE9);
    cache_unlink_incoming(cache, b);
    CHECK(memcmp(e->stub, before, sizeof(before)) == 0);
}

/* A `ret` whose site's miss jump crosses a line: predicting aims the
 * site's stub at the table lookup; the hit jump is patched in place. */
static void test_crossing_site(Cache *cache, uint8_t *guest)
{
    write_code(guest, 0, RET, 1);
    Block *plain = translate_at(cache, (GuestAddr)(uintptr_t)guest);
    size_t offset = (size_t)(plain->site->miss_rel32 - plain->host);

    write_code(guest + 0x100, pad_for(cache, offset, 62), RET, 1);
    Block *a = translate_at(cache, (GuestAddr)(uintptr_t)(guest + 0x100));
    IndirectSite *site = a->site;
    CHECK(crosses_line(site->miss_rel32));
    CHECK((uintptr_t)site->stub % 8 == 0);
    CHECK(site->miss_rel32 + 4 + rel32_at(site->miss_rel32) == site->stub);
    memcpy(guest + 0x300, RET, 1);
    Block *b = translate_at(cache, (GuestAddr)(uintptr_t)(guest + 0x300));
    uint8_t before[8];
    memcpy(before, site->stub, 8);
    CHECK(memcmp(&site->stub_head, before, 8) == 0);

    CHECK(cache_predict(cache, site, b));
    CHECK(site->miss_rel32 + 4 + rel32_at(site->miss_rel32) == site->stub);
    CHECK(site->stub[0] == 0xE9 && site->stub + 5 + rel32_at(site->stub + 1) == site->lookup);
    CHECK(site->hit_rel32 + 4 + rel32_at(site->hit_rel32) == b->host);
    uint64_t word;
    memcpy(&word, site->prediction, 8);
    CHECK(word == (uint64_t)0 - b->grip);
}

/* ---- running code while it is patched ---- */

static uint8_t *thread_area; /* what GS points at: the slots the stubs use */
static int runner_started, runner_stop;
static const Block *run_from, *run_to;
static unsigned long runs, runs_bad;

/* Calls translated code that leaves through an exit stub: the exit
 * routine is a `ret`, and rax holds the ExitStub the code left by. The
 * call's push goes below the red zone. */
static uint64_t run_block(const uint8_t *body)
{
    uint64_t rax;
    __asm__ volatile("sub $128, %%rsp\n\t"
                     "call *%1\n\t"
                     "add $128, %%rsp"
                     : "=a"(rax)
                     : "r"(body)
                     : "memory", "cc");
    return rax;
}

static bool set_gs(void)
{
    return syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)thread_area) == 0;
}

static void *runner(void *arg)
{
    (void)arg;
    if (!set_gs())
        runs_bad++;
    __atomic_store_n(&runner_started, 1, __ATOMIC_RELEASE);
    while (runs_bad == 0 && !__atomic_load_n(&runner_stop, __ATOMIC_ACQUIRE)) {
        uint64_t left_by = run_block(run_from->body);
        if (left_by != (uintptr_t)&run_from->exits[0] && left_by != (uintptr_t)&run_to->exits[0])
            runs_bad++;
        __atomic_store_n(&runs, runs + 1, __ATOMIC_RELEASE);
    }
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Gives the runner a moment to run the code as it is now, within a time
 * budget for all the waits: under valgrind, which runs one thread at a
 * time, every wait lasts until the next thread switch, and past the budget
 * the links and unlinks simply follow each other. */
static double wait_until;

static void let_run(void)
{
    unsigned long start = __atomic_load_n(&runs, __ATOMIC_ACQUIRE);
    for (int spin = 0; spin < 50000 && (spin % 64 || now() < wait_until); spin++) {
        if (__atomic_load_n(&runs, __ATOMIC_ACQUIRE) != start)
            return;
        __builtin_ia32_pause();
    }
}

/* Block `from` (a jmp to `to`'s rip) is linked to `to` and unlinked PATCHES
 * times while a thread runs it; `to` jumps to a block never translated.
 * Also run here, once linked and once not, to see each path work. */
static void run_while_patching(Cache *cache, Block *from, Block *to)
{
    CHECK(cache_link(cache, &from->exits[0], to));
    CHECK(run_block(from->body) == (uintptr_t)&to->exits[0]);
    cache_unlink_incoming(cache, to);
    CHECK(run_block(from->body) == (uintptr_t)&from->exits[0]);

    run_from = from;
    run_to = to;
    runs = runs_bad = 0;
    wait_until = now() + 0.25;
    runner_started = runner_stop = 0;
    pthread_t thread;
    pthread_create(&thread, NULL, runner, NULL);
    while (!__atomic_load_n(&runner_started, __ATOMIC_ACQUIRE))
        sched_yield();
    size_t links = 0;
    for (int i = 0; i < PATCHES; i++) {
        links += cache_link(cache, &from->exits[0], to);
        let_run();
        cache_unlink_incoming(cache, to);
        let_run();
    }
    __atomic_store_n(&runner_stop, 1, __ATOMIC_RELEASE);
    pthread_join(thread, NULL);
    CHECK(links == PATCHES);
    CHECK(runs_bad == 0);
}

static void test_run_while_patching(Cache *cache, uint8_t *guest)
{
    thread_area = calloc(1, T_CTX);
    CHECK(thread_area != NULL);
    /* The exit routine: a `ret` in the cache, back to run_block. */
    uint8_t *hot, *cold;
    cache_reserve_block(cache, 16, 8, &hot, &cold);
    *cache_writable(cache, hot) = 0xC3; /* the executable view is not writable */
    cache_commit(cache, CACHE_HOT, 1);
    uint64_t routine = (uintptr_t)hot;
    memcpy(thread_area + T_ROUTINE_EXIT_DIRECT, &routine, 8);
    CHECK(set_gs()); /* for this thread's runs; glibc does not use GS */

    /* `to`: a jmp to code never translated: its stub always leaves. */
    size_t offset = jmp_field_offset(cache, guest);
    Block *to = translate_jmp(cache, guest + 0x800, 0, guest + 0x900);
    /* `from`: rel32 within a line, patched in place. */
    Block *from = translate_jmp(cache, guest + 0x100, pad_for(cache, offset, 32), guest + 0x800);
    CHECK(!crosses_line(from->exits[0].rel32));
    run_while_patching(cache, from, to);
    /* `from`: rel32 across a line, patched through its stub. */
    from = translate_jmp(cache, guest + 0x200, pad_for(cache, offset, 62), guest + 0x800);
    CHECK(crosses_line(from->exits[0].rel32));
    run_while_patching(cache, from, to);
}

int main(void)
{
    test_concurrent_readers();
    uint8_t *guest =
        mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(guest != MAP_FAILED);
    Cache *cache = cache_create((GuestAddr)(uintptr_t)guest,
                                (GuestAddr)(uintptr_t)guest + (1 << 20), 64 << 20);
    CHECK(cache != NULL);
    test_crossing_exit(cache, guest);
    test_crossing_site(cache, guest + 0x10000);
    test_run_while_patching(cache, guest + 0x20000);
    return check_failures != 0;
}
