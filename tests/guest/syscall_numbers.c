/* System-call numbers as the kernel reads them: only the low 32 bits of rax
 * count (0x1_0000_009e is arch_prctl), x32 numbers (bit 30) answer ENOSYS
 * when the kernel does not run x32 calls, and -1 is ENOSYS. An emulated call
 * spelled with high bits must still be emulated (arch_prctl(ARCH_SET_GS)
 * must not reach the kernel and replace the translator's GS; brk must give
 * the guest's break). */
#include <asm/prctl.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long raw(unsigned long nr, unsigned long a1, unsigned long a2, unsigned long a3,
                unsigned long a4)
{
    long ret;
    register unsigned long r10 asm("r10") = a4;
    asm volatile("syscall"
                 : "=a"(ret)
                 : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
                 : "rcx", "r11", "memory");
    return ret;
}

static void show(const char *what, long r, long expect)
{
    if (r == expect)
        printf("%-34s as expected\n", what);
    else if (r < 0 && r > -4096)
        printf("%-34s %s\n", what, strerror((int)-r));
    else
        printf("%-34s other value\n", what);
}

#define HIGH (1UL << 32)
#define X32 0x40000000UL

int main(void)
{
    static unsigned long area[4];
    long pid = getpid();
    show("getpid | 1<<32", raw(HIGH | SYS_getpid, 0, 0, 0, 0), pid);
    show("getpid | 0xffffffff00000000", raw(0xffffffff00000000UL | SYS_getpid, 0, 0, 0, 0), pid);
    show("brk(0) | 1<<32", raw(HIGH | SYS_brk, 0, 0, 0, 0), raw(SYS_brk, 0, 0, 0, 0));
    show("arch_prctl(SET_GS) | 1<<32",
         raw(HIGH | SYS_arch_prctl, ARCH_SET_GS, (unsigned long)area, 0, 0), 0);
    unsigned long gs = 0;
    syscall(SYS_arch_prctl, ARCH_GET_GS, &gs);
    printf("GS base is the guest's: %s\n", gs == (unsigned long)area ? "yes" : "no");
    show("arch_prctl(GET_GS) | 1<<32", raw(HIGH | SYS_arch_prctl, ARCH_GET_GS, (unsigned long)&gs, 0, 0), 0);
    syscall(SYS_arch_prctl, ARCH_SET_GS, 0UL);
    /* An int argument with high bits: the kernel reads ARCH_SET_GS. */
    show("arch_prctl(HIGH|SET_GS)", raw(SYS_arch_prctl, HIGH | ARCH_SET_GS, (unsigned long)area, 0, 0), 0);
    syscall(SYS_arch_prctl, ARCH_GET_GS, &gs);
    printf("GS base is the guest's: %s\n", gs == (unsigned long)area ? "yes" : "no");
    syscall(SYS_arch_prctl, ARCH_SET_GS, 0UL);
    unsigned long act[4] = {(unsigned long)SIG_IGN, 0, 0, 0}, old[4] = {1, 1, 1, 1};
    show("rt_sigaction | 1<<32", raw(HIGH | SYS_rt_sigaction, SIGUSR2, (unsigned long)act, 0, 8), 0);
    raw(SYS_rt_sigaction, SIGUSR2, 0, (unsigned long)old, 8);
    printf("SIGUSR2 ignored: %s\n", old[0] == (unsigned long)SIG_IGN ? "yes" : "no");
    long x32 = raw(X32 | SYS_getpid, 0, 0, 0, 0);
    show("x32 getpid", x32, x32 == pid ? pid : -ENOSYS);
    show("x32 arch_prctl(SET_GS)", raw(X32 | SYS_arch_prctl, ARCH_SET_GS, 1, 0, 0), x32 == pid ? 0 : -ENOSYS);
    syscall(SYS_arch_prctl, ARCH_SET_GS, 0UL);
    if (x32 != pid) { /* where x32 runs, Shunt refuses these on purpose */
        show("x32 rt_sigaction (512)", raw(X32 | 512, SIGUSR2, 0, 0, 8), -ENOSYS);
        show("x32 execve (520)", raw(X32 | 520, (unsigned long)"/nonexistent", 0, 0, 0), -ENOSYS);
    }
    show("x32 | 1<<32 getpid", raw(HIGH | X32 | SYS_getpid, 0, 0, 0, 0), x32);
    show("-1", raw(~0UL, 0, 0, 0, 0), -ENOSYS);
    show("0xffffffff", raw(0xffffffffUL, 0, 0, 0, 0), -ENOSYS);
    show("0x7fffffff", raw(0x7fffffffUL, 0, 0, 0, 0), -ENOSYS);
    show("1<<32 | 0x7fffffff", raw(HIGH | 0x7fffffffUL, 0, 0, 0, 0), -ENOSYS);
    return 0;
}
