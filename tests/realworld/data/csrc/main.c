/* A small multi-file program compiled and linked by gcc under Shunt. */
#include <stdio.h>
#include "util.h"

int main(int argc, char **argv)
{
    (void)argv;
    unsigned long h = 5381;
    for (int i = 0; i < 100000; i++)
        h = util_mix(h, (unsigned)i);
    printf("argc=%d mix=%lu\n", argc, h);
    printf("primes below 10000: %d\n", util_count_primes(10000));
    printf("gcd(1071, 462)=%d\n", util_gcd(1071, 462));
    return util_gcd(42, 56);
}
