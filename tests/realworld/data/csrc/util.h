#ifndef UTIL_H
#define UTIL_H
unsigned long util_mix(unsigned long h, unsigned v);
int util_count_primes(int limit);
int util_gcd(int a, int b);
#endif
