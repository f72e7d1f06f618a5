/* Thread-local variables (__thread, static TLS via %fs) in the main thread:
 * initialised and zero-initialised TLS, addresses, and %fs:0 self-pointer. */
#include <stdio.h>
#include <stdint.h>

static __thread int tls_init = 42;
static __thread long tls_zero;
__thread char tls_buf[100] = "tls buffer";
static __thread int tls_arr[1000];

__attribute__((noinline)) static void bump(int k) { tls_zero += k; tls_arr[k % 1000] ^= k; }

int main(void)
{
    printf("tls_init %d, tls_zero %ld, tls_buf %s\n", tls_init, tls_zero, tls_buf);
    for (int i = 0; i < 100000; i++) bump(i);
    long s = 0;
    for (int i = 0; i < 1000; i++) s += tls_arr[i];
    tls_init++;
    printf("after: tls_init %d, tls_zero %ld, arr sum %ld\n", tls_init, tls_zero, s);
    uint64_t self;
    asm("mov %%fs:0, %0" : "=r"(self));
    uintptr_t addr = (uintptr_t)&tls_init;
    printf("fs:0 is the thread pointer: %s, tls below it: %s\n", self != 0 ? "yes" : "no", addr < self && self - addr < 65536 ? "yes" : "no");
    int v;
    asm("mov %%fs:tls_init@tpoff, %0" : "=r"(v));
    printf("fs-relative read: %d\n", v);
    return 0;
}
