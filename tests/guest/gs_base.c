/* The guest's own GS: arch_prctl(ARCH_SET_GS/GET_GS) and %gs:-relative loads
 * and stores; FS (TLS) stays intact. */
#include <stdio.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <asm/prctl.h>

static uint64_t area[64];
static __thread int tls_val = 5;

int main(void)
{
    for (int i = 0; i < 64; i++) area[i] = i * 1000 + 7;
    long r = syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)area);
    printf("ARCH_SET_GS: %ld\n", r);
    unsigned long got = 0;
    syscall(SYS_arch_prctl, ARCH_GET_GS, &got);
    printf("ARCH_GET_GS matches: %s\n", got == (unsigned long)area ? "yes" : "no");
    uint64_t v0, v5;
    asm volatile("mov %%gs:0, %0\n\tmov %%gs:40, %1" : "=r"(v0), "=r"(v5));
    printf("gs:0 = %lu, gs:40 = %lu\n", (unsigned long)v0, (unsigned long)v5);
    asm volatile("movq $123456, %%gs:16" : : : "memory");
    printf("store through gs: area[2] = %lu\n", (unsigned long)area[2]);
    uint64_t sum = 0;
    for (long i = 0; i < 64; i++) {
        uint64_t v;
        asm volatile("mov %%gs:(,%1,8), %0" : "=r"(v) : "r"(i));
        sum += v;
    }
    printf("sum via gs %lu, tls intact %d\n", (unsigned long)sum, tls_val);
    return 0;
}
