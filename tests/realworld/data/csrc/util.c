#include "util.h"

unsigned long util_mix(unsigned long h, unsigned v)
{
    return (h * 33) ^ v;
}

int util_gcd(int a, int b)
{
    return b ? util_gcd(b, a % b) : a;
}
