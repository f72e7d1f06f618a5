// cflags: -Wl,-z,execstack
/* Trampolines written on the stack: the same stack bytes hold different
 * code over time, and Shunt must never run a stale translation of them.
 *   (a) GCC nested functions whose address is taken: GCC writes a
 *       trampoline (movabs r11, fn; movabs r10, frame; jmp r11) into the
 *       enclosing frame, so the program needs an executable stack (the
 *       cflags above; the test prints the [stack] permissions, which must
 *       be rwx in every build, natively and under Shunt). Three enclosing
 *       functions of the same shape, called from one loop, put their
 *       trampolines at the same stack address with different targets and
 *       chains: each is called through qsort and through a plain function
 *       pointer, round after round.
 *   (b) hand-written code in a stack buffer (its pages mprotect'ed RWX, so
 *       this part does not depend on PT_GNU_STACK): written, run, rewritten
 *       at the same address with another body, run again, 1000 rounds;
 *       one of the bodies is a trampoline jumping to one of two C functions.
 * Every write to the stack page between the runs (calls, locals) is a
 * write to a page code was translated from. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Small enough to stay quick while each write to the stack page costs a
 * protection fault under Shunt (a sort is about 50 comparisons). */
#define N 16
#define SORT_ROUNDS 90
#define BUFFER_ROUNDS 1000

static int data[N];
static uintptr_t tramp_at[3]; /* where each kind's trampoline was, last round */

static void fill(unsigned seed)
{
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (int)(seed >> 16) % 1000;
    }
}

static long checksum(void)
{
    unsigned long s = 0;
    for (int i = 0; i < N; i++)
        s = s * 31 + (unsigned)data[i];
    return (long)(s % 1000000007);
}

/* Calls through a pointer the compiler cannot see through. */
static __attribute__((noinline)) int call_fn(int (*fn)(int), int x)
{
    __asm__ volatile("" : "+r"(fn));
    return fn(x);
}

/* Three enclosing functions of one shape: sort by a key, then apply a map
 * through the same kind of trampoline. Each nested function reads the
 * enclosing frame (key, calls), so each trampoline carries its own chain. */
#define ENCLOSING(NAME, KIND, KEYEXPR, MAPEXPR)                                                    \
    static __attribute__((noinline)) long NAME(int key)                                            \
    {                                                                                              \
        volatile int calls = 0;                                                                    \
        int cmp(const void *pa, const void *pb)                                                    \
        {                                                                                          \
            int a = *(const int *)pa, b = *(const int *)pb;                                        \
            int ka = KEYEXPR(a), kb = KEYEXPR(b);                                                  \
            calls++;                                                                               \
            if (ka != kb)                                                                          \
                return ka < kb ? -1 : 1;                                                           \
            return a < b ? -1 : a > b;                                                             \
        }                                                                                          \
        int map(int x) { return MAPEXPR(x); }                                                      \
        tramp_at[KIND] = (uintptr_t)cmp;                                                           \
        qsort(data, N, sizeof(int), cmp);                                                          \
        long s = checksum();                                                                       \
        for (int i = 0; i < 8; i++)                                                                \
            s += call_fn(map, data[i]);                                                            \
        return s + (calls > 0);                                                                    \
    }

#define KEY_MOD(v) ((v) % key)
#define KEY_DIGITS(v) ((v) / 10 % 10 * key + (v) % 10)
#define KEY_NEG(v) (-(v) + key)
#define MAP_ADD(x) ((x) + key)
#define MAP_MUL(x) ((x) * key)
#define MAP_XOR(x) ((x) ^ key)
ENCLOSING(sort_mod, 0, KEY_MOD, MAP_ADD)
ENCLOSING(sort_digits, 1, KEY_DIGITS, MAP_MUL)
ENCLOSING(sort_neg, 2, KEY_NEG, MAP_XOR)

/* The same work with plain functions, for the expected values. */
static int ref_key;
static int ref_kind;
static int ref_keyof(int v)
{
    int key = ref_key;
    return ref_kind == 0 ? KEY_MOD(v) : ref_kind == 1 ? KEY_DIGITS(v) : KEY_NEG(v);
}
static int ref_cmp(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    int ka = ref_keyof(a), kb = ref_keyof(b);
    if (ka != kb)
        return ka < kb ? -1 : 1;
    return a < b ? -1 : a > b;
}
static long ref_sort(int kind, int key)
{
    ref_kind = kind;
    ref_key = key;
    qsort(data, N, sizeof(int), ref_cmp);
    long s = checksum();
    for (int i = 0; i < 8; i++) {
        int x = data[i];
        s += kind == 0 ? MAP_ADD(x) : kind == 1 ? MAP_MUL(x) : MAP_XOR(x);
    }
    return s + 1;
}

static void print_stack_perms(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512], perms[5] = "?";
    while (f && fgets(line, sizeof(line), f))
        if (strstr(line, "[stack]"))
            sscanf(line, "%*lx-%*lx %4s", perms);
    if (f)
        fclose(f);
    printf("[stack] perms: %s\n", perms);
}

static void nested_functions(void)
{
    long (*const kinds[3])(int) = {sort_mod, sort_digits, sort_neg};
    long wrong = 0, total = 0;
    int same_place = 1;
    for (int round = 0; round < SORT_ROUNDS; round++) {
        int kind = round % 3, key = 3 + round % 17;
        fill(round);
        long got = kinds[kind](key);
        fill(round);
        long want = ref_sort(kind, key);
        total += got;
        wrong += got != want;
        if (round >= 3 && tramp_at[kind] != tramp_at[0])
            same_place = 0;
    }
    printf("nested functions: total %ld, wrong %ld\n", total, wrong);
    printf("the three trampolines share a stack address: %s\n", same_place ? "yes" : "no");
}

/* Bodies written into the stack buffer. */
static int target_a(int x) { return x * 3 + 1; }
static int target_b(int x) { return x * 5 - 2; }

static size_t put_body(uint8_t *at, int round)
{
    int32_t imm = round * 13 + 1;
    switch (round % 4) {
    case 0: /* mov eax, imm32; ret */
        at[0] = 0xB8;
        memcpy(at + 1, &imm, 4);
        at[5] = 0xC3;
        return 6;
    case 1: /* lea eax, [rdi + imm32]; ret */
        at[0] = 0x8D;
        at[1] = 0x87;
        memcpy(at + 2, &imm, 4);
        at[6] = 0xC3;
        return 7;
    case 2: /* imul eax, edi, imm32; ret */
        at[0] = 0x69;
        at[1] = 0xC7;
        memcpy(at + 2, &imm, 4);
        at[6] = 0xC3;
        return 7;
    default: { /* movabs r11, target; jmp r11 */
        uint64_t t = (uint64_t)(uintptr_t)(round % 8 == 3 ? target_a : target_b);
        at[0] = 0x49;
        at[1] = 0xBB;
        memcpy(at + 2, &t, 8);
        at[10] = 0x41;
        at[11] = 0xFF;
        at[12] = 0xE3;
        return 13;
    }
    }
}

static int expected(int round, int x)
{
    int imm = round * 13 + 1;
    switch (round % 4) {
    case 0: return imm;
    case 1: return x + imm;
    case 2: return x * imm;
    default: return round % 8 == 3 ? target_a(x) : target_b(x);
    }
}

static __attribute__((noinline)) void stack_buffer(void)
{
    uint8_t buf[256] __attribute__((aligned(64)));
    uintptr_t lo = (uintptr_t)buf & ~(uintptr_t)4095;
    uintptr_t hi = ((uintptr_t)buf + sizeof(buf) + 4095) & ~(uintptr_t)4095;
    if (mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE | PROT_EXEC) != 0) {
        perror("mprotect");
        exit(1);
    }
    long wrong = 0, total = 0;
    for (int round = 0; round < BUFFER_ROUNDS; round++) {
        uint8_t *code = buf + 64; /* always the same address */
        put_body(code, round);
        int x = round % 50;
        int got = call_fn((int (*)(int))code, x);
        total += got;
        wrong += got != expected(round, x);
        /* The same address again, another body, at once. */
        put_body(code, round + 1);
        got = call_fn((int (*)(int))code, x);
        total += got;
        wrong += got != expected(round + 1, x);
    }
    printf("stack buffer: total %ld, wrong %ld\n", total, wrong);
}

int main(void)
{
    alarm(20);
    print_stack_perms();
    nested_functions();
    stack_buffer();
    return 0;
}
