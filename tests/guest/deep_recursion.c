/* Deep non-tail recursion: 100000 frames (and a few hundred thousand calls
 * and returns), with work after each call so it cannot become a loop. */
#include <stdio.h>

__attribute__((noinline)) static long depth_sum(long n, volatile long *sink)
{
    if (n == 0) return 0;
    long r = depth_sum(n - 1, sink);
    *sink = r;
    return r + n * (n & 7);
}

__attribute__((noinline)) static unsigned ack(unsigned m, unsigned n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

__attribute__((noinline)) static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void)
{
    volatile long sink;
    printf("depth_sum(100000) = %ld\n", depth_sum(100000, &sink));
    printf("ack(2, 2000) = %u\n", ack(2, 2000));
    printf("ack(3, 6) = %u\n", ack(3, 6));
    printf("fib(27) = %ld\n", fib(27));
    return 0;
}
