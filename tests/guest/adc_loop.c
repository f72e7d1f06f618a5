/* Multi-precision arithmetic with adc/sbb loops whose carry lives across the
 * loop's back edge (the loop uses lea/dec/jnz, which keep CF). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define N 32

static void add_n(uint64_t *r, const uint64_t *a, const uint64_t *b, long n)
{
    asm volatile("clc\n"
                 "1: mov (%1), %%rax\n\t"
                 "adc (%2), %%rax\n\t"
                 "mov %%rax, (%0)\n\t"
                 "lea 8(%0), %0\n\t"
                 "lea 8(%1), %1\n\t"
                 "lea 8(%2), %2\n\t"
                 "dec %3\n\t"
                 "jnz 1b\n\t"
                 : "+r"(r), "+r"(a), "+r"(b), "+r"(n) : : "rax", "cc", "memory");
}

static void sub_n(uint64_t *r, const uint64_t *a, const uint64_t *b, long n)
{
    asm volatile("clc\n"
                 "1: mov (%1), %%rax\n\t"
                 "sbb (%2), %%rax\n\t"
                 "mov %%rax, (%0)\n\t"
                 "lea 8(%0), %0\n\t"
                 "lea 8(%1), %1\n\t"
                 "lea 8(%2), %2\n\t"
                 "jmp 2f\n"
                 "2: dec %3\n\t"
                 "jnz 1b\n\t"
                 : "+r"(r), "+r"(a), "+r"(b), "+r"(n) : : "rax", "cc", "memory");
}

/* r = a * m (single limb) with mulx-free mul/adc. */
static uint64_t mul_1(uint64_t *r, const uint64_t *a, long n, uint64_t m)
{
    unsigned __int128 c = 0;
    for (long i = 0; i < n; i++) {
        c += (unsigned __int128)a[i] * m;
        r[i] = (uint64_t)c;
        c >>= 64;
    }
    return (uint64_t)c;
}

int main(void)
{
    uint64_t a[N], b[N], r[N], s[N];
    uint64_t x = 0x243F6A8885A308D3ull;
    for (int i = 0; i < N; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        a[i] = x | (i % 3 == 0 ? 0xffffffff00000000ull : 0);
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        b[i] = i % 4 == 1 ? ~0ull : x;
    }
    add_n(r, a, b, N);
    sub_n(s, r, b, N);
    printf("(a+b)-b == a: %s\n", memcmp(s, a, sizeof a) ? "no" : "yes");
    for (int i = N - 1; i >= N - 4; i--) printf("%016lx ", (unsigned long)r[i]);
    printf("\n");
    /* Factorial of 60 in multi-precision, printed in hex. */
    uint64_t f[N] = {1};
    for (uint64_t k = 2; k <= 60; k++) mul_1(f, f, N, k);
    uint64_t g[N];
    add_n(g, f, f, N);
    int top = N - 1;
    while (top > 0 && !g[top]) top--;
    printf("2*60! = 0x%lx", (unsigned long)g[top]);
    for (int i = top - 1; i >= 0; i--) printf("%016lx", (unsigned long)g[i]);
    printf("\n");
    return 0;
}
