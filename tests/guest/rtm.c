/* Transactional memory (RTM) on a CPU that may lack it: xbegin, xend,
 * xabort and xtest each run in a child. Without RTM (CPUID.7.0:EBX bit 11)
 * every one of them is #UD (SIGILL); with it, xbegin starts a transaction
 * (or goes to its fallback label), xtest reports it, xend commits. Last, the
 * lock-elision pattern glibc uses: try a transaction only if CPUID says RTM,
 * else take the lock. */
#include <cpuid.h>
#include <stdint.h>
#include "child_case.h"

static int has_rtm(void)
{
    unsigned a, b, c, d;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b >> 11) & 1;
}
static int has_hle(void)
{
    unsigned a, b, c, d;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b >> 4) & 1;
}

/* xbegin with a fallback label: which way it went, and eax. */
static void c_xbegin(void)
{
    unsigned status = 0xdead;
    int path;
    asm volatile("mov $0xdead, %%eax\n\t"
                 ".byte 0xc7, 0xf8\n\t.long 2f - 1f\n1:\n\t" /* xbegin 2f */
                 "mov $1, %1\n\t"
                 ".byte 0x0f, 0x01, 0xd5\n\t" /* xend */
                 "jmp 3f\n"
                 "2: mov $2, %1\n"
                 "3:"
                 : "+a"(status), "=r"(path) : : "memory", "cc");
    NOTE("path %s status %#x", path == 1 ? "transaction" : "fallback",
         path == 1 ? 0 : status);
}
/* Flags before and after: Shunt must not treat it as a conditional jump. */
static void c_xend(void)
{
    uint64_t f;
    asm volatile("cmp %%eax, %%eax\n\t"
                 ".byte 0x0f, 0x01, 0xd5\n\t" /* xend */
                 "pushfq\n\tpop %0"
                 : "=r"(f) : : "rax", "cc");
    NOTE("flags %#llx", (unsigned long long)(f & 0xcd5));
}
static void c_xend_of(void)
{
    int path = 0;
    asm volatile("mov $0x7fffffff, %%eax\n\tadd $1, %%eax\n\t" /* OF=1 */
                 ".byte 0x0f, 0x01, 0xd5\n\t"                  /* xend */
                 "mov $1, %0\n\tjmp 2f\n1: mov $3, %0\n2:"
                 : "+r"(path) : : "rax", "cc");
    NOTE("path %d", path);
}
static void c_xabort(void)
{
    asm volatile("lea 1f(%%rip), %%rax\n\t"
                 ".byte 0xc6, 0xf8, 0xff\n" /* xabort $0xff */
                 "1: nop" : : : "rax", "memory");
}
static void c_xabort_0(void)
{
    asm volatile(".byte 0xc6, 0xf8, 0x00" ::: "memory"); /* xabort $0 */
}
static void c_xtest(void)
{
    uint64_t f;
    asm volatile("cmp %%eax, %%eax\n\t"
                 ".byte 0x0f, 0x01, 0xd6\n\t" /* xtest */
                 "pushfq\n\tpop %0"
                 : "=r"(f) : : "rax", "cc");
    NOTE("ZF %d", (int)((f >> 6) & 1));
}
/* HLE prefixes (xacquire/xrelease) are ignored without HLE: plain lock ops */
static void c_hle(void)
{
    static int lockword;
    int v = 1;
    asm volatile(".byte 0xf2\n\tlock xchg %0, %1\n\t"   /* xacquire */
                 ".byte 0xf3\n\tmovl $0, %1"            /* xrelease */
                 : "+r"(v), "+m"(lockword) : : "memory");
    NOTE("old %d now %d", v, lockword);
}

/* The glibc pattern: elide only when CPUID says RTM. */
static int lock_word;
static int counter;
static void c_elision(void)
{
    int elided = 0;
    for (int i = 0; i < 1000; i++) {
        if (has_rtm()) {
            unsigned status = 0xffffffff;
            asm volatile(".byte 0xc7, 0xf8\n\t.long 1f - 0f\n0:\n1:"
                         : "+a"(status) : : "memory");
            if (status == 0xffffffff) {
                if (lock_word == 0) {
                    counter++;
                    asm volatile(".byte 0x0f, 0x01, 0xd5" ::: "memory");
                    elided++;
                    continue;
                }
                asm volatile(".byte 0xc6, 0xf8, 0xff" ::: "memory");
            }
        }
        while (__atomic_exchange_n(&lock_word, 1, __ATOMIC_ACQUIRE)) {
        }
        counter++;
        __atomic_store_n(&lock_word, 0, __ATOMIC_RELEASE);
    }
    NOTE("counter %d (%s)", counter, elided ? "some elided" : "lock path");
}

int main(void)
{
    printf("cpuid rtm %d hle %d\n", has_rtm(), has_hle());
    run_case("xbegin", c_xbegin);
    run_case("xend", c_xend);
    run_case("xend_with_OF", c_xend_of);
    run_case("xabort_ff", c_xabort);
    run_case("xabort_0", c_xabort_0);
    run_case("xtest", c_xtest);
    run_case("hle_prefixes", c_hle);
    run_case("elision", c_elision);
    return 0;
}
