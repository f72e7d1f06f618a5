/* rdtsc/rdtscp: only deterministic facts are printed (monotonic increase). */
#include <stdio.h>
#include <stdint.h>
#include <x86intrin.h>

int main(void)
{
    int mono = 1;
    uint64_t prev = __rdtsc();
    for (int i = 0; i < 100000; i++) {
        uint64_t t = __rdtsc();
        if (t < prev) mono = 0;
        prev = t;
    }
    unsigned aux;
    uint64_t a = __rdtscp(&aux), b = __rdtsc();
    volatile double x = 0;
    for (int i = 0; i < 1000000; i++) x += i;
    uint64_t c = __rdtsc();
    printf("rdtsc increases: %s\n", mono ? "yes" : "no");
    printf("rdtscp then rdtsc ordered: %s\n", b >= a ? "yes" : "no");
    printf("loop takes time: %s\n", c > b ? "yes" : "no");
    return 0;
}
