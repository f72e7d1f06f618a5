/* Code on the same page as a hot counter: data that is written all the
 * time, beside code that runs all the time, on one RWX page (as JITs put
 * counters next to the code that bumps them). Nothing writes the code, so
 * every result must be exact; under Shunt each write to the page after a
 * translation from it is a protection fault today (slow, never wrong).
 *   1. the caller increments a counter on the page millions of times and
 *      calls, every 512 increments, a function on the page that reads it;
 *   2. the function increments its own counter (add [rip+d], 1) and
 *      returns it, called over and over from C, which also bumps a second
 *      counter on the page between calls;
 *   3. a loop inside the page increments a counter on the page in a tight
 *      loop (the loop's own block is on the page it writes);
 *   4. the same with lock xadd on a 64-bit counter (an atomic
 *      read-modify-write of the page) and a cmpxchg;
 *   5. counters in the bytes right after the code's last instruction (the
 *      same cache line), and a counter written between two functions.
 * COUNTER_SCALE multiplies the work (bench/src/smc_counter.c builds this
 * file with a larger one, as a benchmark). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef COUNTER_SCALE
#define COUNTER_SCALE 1
#endif

static uint8_t *page;

/* Writes `n` code bytes at `at`, returns the next free offset. */
static size_t put(size_t at, const uint8_t *bytes, size_t n)
{
    memcpy(page + at, bytes, n);
    return at + n;
}

/* A rip-relative displacement from the end of an instruction ending at
 * `end` to `target` (both page offsets). */
static void put_disp(size_t at, size_t end, size_t target)
{
    int32_t d = (int32_t)((int64_t)target - (int64_t)end);
    memcpy(page + at, &d, 4);
}

enum {
    READ_FN = 0,      /* mov eax, [rip->C_READ]; ret */
    BUMP_FN = 64,     /* add dword [rip->C_BUMP], 1; mov eax, [rip->C_BUMP]; ret */
    LOOP_FN = 128,    /* mov ecx, edi; top: add dword [rip->C_LOOP], 1; dec ecx; jnz top; mov eax, [C_LOOP]; ret */
    XADD_FN = 192,    /* mov ecx, edi; top: mov eax, 1; lock xadd [C_XADD], rax; ... */
    TAIL_FN = 320,    /* add dword [rip->right after ret], 1; mov eax, [same]; ret; <counter> */
    PAIR_FN1 = 384,   /* mov eax, 11; ret */
    PAIR_FN2 = 396,   /* mov eax, [rip->PAIR_MID]; ret   (PAIR_MID between the two) */
    PAIR_MID = 390,
    C_READ = 2048,
    C_BUMP = 2056,
    C_OTHER = 2064,
    C_LOOP = 2072,
    C_XADD = 2080, /* 8 bytes */
    C_CAS = 2088,
};

static uint32_t *counter(size_t offset)
{
    return (uint32_t *)(page + offset);
}

static void build(void)
{
    size_t p;
    /* READ_FN: mov eax, [rip+d]; ret */
    p = put(READ_FN, (const uint8_t[]){0x8B, 0x05, 0, 0, 0, 0, 0xC3}, 7);
    put_disp(READ_FN + 2, READ_FN + 6, C_READ);

    /* BUMP_FN: add dword [rip+d], 1; mov eax, [rip+d]; ret */
    p = put(BUMP_FN, (const uint8_t[]){0x83, 0x05, 0, 0, 0, 0, 0x01, 0x8B, 0x05, 0, 0, 0, 0, 0xC3}, 14);
    put_disp(BUMP_FN + 2, BUMP_FN + 7, C_BUMP);
    put_disp(BUMP_FN + 9, BUMP_FN + 13, C_BUMP);

    /* LOOP_FN: mov ecx, edi; top: add dword [rip+d], 1; dec ecx; jnz top;
     * mov eax, [rip+d]; ret */
    p = put(LOOP_FN, (const uint8_t[]){0x89, 0xF9,                         /* mov ecx, edi */
                                       0x83, 0x05, 0, 0, 0, 0, 0x01,       /* top: add [d], 1 */
                                       0xFF, 0xC9,                         /* dec ecx */
                                       0x75, 0xF5,                         /* jnz top */
                                       0x8B, 0x05, 0, 0, 0, 0,             /* mov eax, [d] */
                                       0xC3},
            20);
    put_disp(LOOP_FN + 4, LOOP_FN + 9, C_LOOP);
    put_disp(LOOP_FN + 15, LOOP_FN + 19, C_LOOP);

    /* XADD_FN: mov ecx, edi; xor edx, edx;
     * top: mov eax, 1; lock xadd [rip+d], rax; add rdx, rax;
     *      mov rax, [rip+cas]; lea r8, [rax+3]; lock cmpxchg [rip+cas], r8;
     *      dec ecx; jnz top; mov rax, rdx; ret
     * returns the sum of the values xadd saw. */
    p = put(XADD_FN,
            (const uint8_t[]){0x89, 0xF9,                               /* mov ecx, edi */
                              0x31, 0xD2,                               /* xor edx, edx */
                              0xB8, 0x01, 0x00, 0x00, 0x00,             /* top(+4): mov eax, 1 */
                              0xF0, 0x48, 0x0F, 0xC1, 0x05, 0, 0, 0, 0, /* +9: lock xadd [d], rax */
                              0x48, 0x01, 0xC2,                         /* +18: add rdx, rax */
                              0x48, 0x8B, 0x05, 0, 0, 0, 0,             /* +21: mov rax, [cas] */
                              0x4C, 0x8D, 0x40, 0x03,                   /* +28: lea r8, [rax+3] */
                              0xF0, 0x4C, 0x0F, 0xB1, 0x05, 0, 0, 0, 0, /* +32: lock cmpxchg [cas], r8 */
                              0xFF, 0xC9,                               /* +41: dec ecx */
                              0x75, 0xD7,                               /* +43: jnz top (-41) */
                              0x48, 0x89, 0xD0,                         /* +45: mov rax, rdx */
                              0xC3},
            49);
    put_disp(XADD_FN + 14, XADD_FN + 18, C_XADD);
    put_disp(XADD_FN + 24, XADD_FN + 28, C_CAS);
    put_disp(XADD_FN + 37, XADD_FN + 41, C_CAS);

    /* TAIL_FN: add dword [rip+d], 1; mov eax, [rip+d]; ret; then the
     * counter itself, in the next bytes. */
    p = put(TAIL_FN, (const uint8_t[]){0x83, 0x05, 0, 0, 0, 0, 0x01, 0x8B, 0x05, 0, 0, 0, 0, 0xC3}, 14);
    put_disp(TAIL_FN + 2, TAIL_FN + 7, p);
    put_disp(TAIL_FN + 9, TAIL_FN + 13, p);
    memset(page + p, 0, 4);

    /* Two functions with a counter between them. */
    put(PAIR_FN1, (const uint8_t[]){0xB8, 11, 0, 0, 0, 0xC3}, 6);
    memset(page + PAIR_MID, 0, 4);
    put(PAIR_FN2, (const uint8_t[]){0x8B, 0x05, 0, 0, 0, 0, 0xC3}, 7);
    put_disp(PAIR_FN2 + 2, PAIR_FN2 + 6, PAIR_MID);
    (void)p;
}

typedef uint32_t (*Fn0)(void);
typedef uint64_t (*Fn1)(uint32_t);

static Fn0 fn0(size_t offset) { return (Fn0)(void *)(page + offset); }
static Fn1 fn1(size_t offset) { return (Fn1)(void *)(page + offset); }

int main(void)
{
    alarm(20 * COUNTER_SCALE); /* the benchmark build does more */
    page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        return 1;
    build();

    /* 1. The caller increments, the code reads. */
    const long writes = 2000000L * COUNTER_SCALE;
    volatile uint32_t *c_read = counter(C_READ);
    uint64_t sum = 0;
    for (long i = 1; i <= writes; i++) {
        (*c_read)++;
        if (i % 512 == 0)
            sum += fn0(READ_FN)();
    }
    printf("1. caller increments: counter %u, sum of reads %llu (want %llu)\n", *c_read,
           (unsigned long long)sum, (unsigned long long)(512 * (writes / 512) * (writes / 512 + 1) / 2));

    /* 2. The code increments its own counter; C bumps another between calls. */
    const long calls = 3000L * COUNTER_SCALE;
    volatile uint32_t *c_other = counter(C_OTHER);
    uint64_t bumps = 0;
    for (long i = 0; i < calls; i++) {
        bumps += fn0(BUMP_FN)();
        (*c_other) += 3;
    }
    printf("2. code increments: counter %u, other %u, sum %llu\n", *counter(C_BUMP), *c_other,
           (unsigned long long)bumps);

    /* 3. A tight loop in the page writing the page. */
    uint64_t last = 0;
    for (int round = 0; round < 10; round++)
        last = fn1(LOOP_FN)(300 * COUNTER_SCALE + round);
    printf("3. loop in the page: counter %llu\n", (unsigned long long)last);

    /* 4. Atomic read-modify-writes of the page. */
    uint64_t seen = fn1(XADD_FN)(1000 * COUNTER_SCALE);
    printf("4. lock xadd: counter %llu, sum seen %llu; cmpxchg counter %llu\n",
           (unsigned long long)*(volatile uint64_t *)(page + C_XADD), (unsigned long long)seen,
           (unsigned long long)*(volatile uint64_t *)(page + C_CAS));

    /* 5. The counter in the bytes after the ret; a counter between two
     * functions, written by C between calls to both. */
    uint64_t tail = 0;
    for (int i = 0; i < 1000 * COUNTER_SCALE; i++)
        tail += fn0(TAIL_FN)();
    volatile uint32_t *mid = counter(PAIR_MID);
    uint64_t pair = 0;
    for (int i = 0; i < 1000 * COUNTER_SCALE; i++) {
        (*mid)++;
        pair += fn0(PAIR_FN1)() + fn0(PAIR_FN2)();
    }
    printf("5. counter after the ret: sum %llu; counter between two functions: %u, sum %llu\n",
           (unsigned long long)tail, *mid, (unsigned long long)pair);
    return 0;
}
