/* Sieve of Eratosthenes to 5 million: counts, last primes, and twin pairs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    const int N = 5000000;
    unsigned char *comp = calloc(N + 1, 1);
    for (long i = 2; i * i <= N; i++)
        if (!comp[i])
            for (long j = i * i; j <= N; j += i) comp[j] = 1;
    long count = 0, twins = 0, sum = 0;
    int last[5] = {0}, nl = 0;
    for (int i = 2; i <= N; i++)
        if (!comp[i]) {
            count++;
            sum += i;
            if (i >= 2 + 2 && !comp[i - 2]) twins++;
            last[nl++ % 5] = i;
        }
    printf("primes <= %d: %ld, twin pairs %ld, sum %ld\n", N, count, twins, sum);
    printf("last: %d %d %d %d %d\n", last[nl % 5], last[(nl + 1) % 5], last[(nl + 2) % 5], last[(nl + 3) % 5], last[(nl + 4) % 5]);
    free(comp);
    return count == 348513 ? 0 : 1;
}
