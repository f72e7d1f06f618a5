/* GNU indirect functions: the resolver runs once, before main (ld.so for
 * the dynamic build, the static start-up code otherwise, through
 * IRELATIVE relocations), and every call goes through what it chose. The
 * resolver picks by a CPU feature, read with cpuid itself so that the
 * choice is the one the CPU (not an emulated view) dictates; both
 * implementations give the same result. */
#include <cpuid.h>
#include <stdio.h>

static int resolver_runs;

static unsigned long sum_plain(const unsigned *v, int n)
{
    unsigned long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static unsigned long sum_unrolled(const unsigned *v, int n)
{
    unsigned long a = 0, b = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
        a += v[i];
        b += v[i + 1];
    }
    if (i < n)
        a += v[i];
    return a + b;
}

static void *sum_resolver(void)
{
    unsigned eax, ebx, ecx, edx;
    resolver_runs++;
    __cpuid(1, eax, ebx, ecx, edx);
    return (ecx & bit_SSE4_2) ? (void *)sum_unrolled : (void *)sum_plain;
}

unsigned long sum(const unsigned *v, int n) __attribute__((ifunc("sum_resolver")));

int main(void)
{
    unsigned v[1000];
    for (int i = 0; i < 1000; i++)
        v[i] = (unsigned)i * 2654435761u;
    unsigned long total = 0;
    for (int k = 1; k <= 1000; k++)
        total += sum(v, k);
    unsigned long (*p)(const unsigned *, int) = sum;
    printf("resolver ran %d time(s)\n", resolver_runs);
    printf("total %lu, through a pointer %lu\n", total, p(v, 1000));
    return 0;
}
