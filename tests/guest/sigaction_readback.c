/* rt_sigaction reads back what the kernel stores: sa_flags bits the kernel
 * does not know are dropped, and SIGKILL/SIGSTOP leave sa_mask. The kernel
 * checks the size, then reads act, then the signal number, and writes
 * oldact last (after the new action took effect). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct ksigaction {
    unsigned long handler, flags, restorer, mask;
};

static void handler(int sig)
{
    (void)sig;
}

static void show(const char *what, long r)
{
    printf("%-32s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

static void set_and_read(const char *what, int sig, unsigned long h)
{
    struct ksigaction act = {h, ~0UL, 0, ~0UL}, old;
    memset(&old, 0x55, sizeof(old));
    long r = syscall(SYS_rt_sigaction, sig, &act, NULL, 8);
    long r2 = syscall(SYS_rt_sigaction, sig, NULL, &old, 8);
    printf("%s: set %ld, get %ld, flags %#lx mask %#lx restorer %s\n", what, r, r2, old.flags,
           old.mask, old.restorer == 0 ? "0" : "set");
}

int main(void)
{
    set_and_read("SIGUSR1 ignored", SIGUSR1, (unsigned long)SIG_IGN);
    set_and_read("SIGUSR2 handler", SIGUSR2, (unsigned long)handler);
    set_and_read("SIGTERM default", SIGTERM, (unsigned long)SIG_DFL);
    struct ksigaction act = {(unsigned long)SIG_IGN, 0, 0, 0}, old;
    show("bad size, bad act", syscall(SYS_rt_sigaction, SIGINT, (void *)8, NULL, 4));
    show("bad act, bad signal", syscall(SYS_rt_sigaction, 99, (void *)8, NULL, 8));
    show("SIGKILL, bad act", syscall(SYS_rt_sigaction, SIGKILL, (void *)8, NULL, 8));
    show("SIGKILL, act", syscall(SYS_rt_sigaction, SIGKILL, &act, NULL, 8));
    show("SIGKILL, read only", syscall(SYS_rt_sigaction, SIGKILL, NULL, &old, 8));
    show("signal 0", syscall(SYS_rt_sigaction, 0, NULL, &old, 8));
    show("signal 65", syscall(SYS_rt_sigaction, 65, NULL, &old, 8));
    show("SIGINT | 1<<32", syscall(SYS_rt_sigaction, (1L << 32) | SIGINT, NULL, &old, 8));
    /* The new action takes effect even though oldact cannot be written. */
    show("SIGHUP ignore, bad oldact", syscall(SYS_rt_sigaction, SIGHUP, &act, (void *)8, 8));
    syscall(SYS_rt_sigaction, SIGHUP, NULL, &old, 8);
    printf("SIGHUP now ignored: %s\n", old.handler == (unsigned long)SIG_IGN ? "yes" : "no");
    return 0;
}
