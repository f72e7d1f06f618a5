/* A process may queue itself a SIGSEGV (or SIGILL, SIGFPE, SIGBUS, SIGTRAP)
 * whose siginfo says it was a fault (si_code > 0, any si_addr): it is an
 * ordinary signal, delivered to the handler with that siginfo. Shunt, which
 * tells the guest's faults from its own by si_code, must not take it for a
 * fault of its own code, nor for one of the guest's instructions. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void on_signal(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    printf("handler: sig %d code %d addr %p\n", sig, si->si_code, si->si_addr);
}

int main(void)
{
    const int sigs[] = {SIGSEGV, SIGILL, SIGFPE, SIGBUS, SIGTRAP};
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa = {0};
        sa.sa_sigaction = on_signal;
        sa.sa_flags = SA_SIGINFO;
        sigaction(sigs[i], &sa, NULL);
        siginfo_t si;
        memset(&si, 0, sizeof(si));
        si.si_signo = sigs[i];
        si.si_code = 1;
        si.si_addr = (void *)(0x1000 + i);
        long r = syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), sigs[i], &si);
        printf("queued %d: %ld\n", sigs[i], r);
    }
    return 0;
}
