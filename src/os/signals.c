/*
 * os/signals.c: signal actions and faults.
 *
 * Delivering guest signal handlers with precise guest state is a later
 * issue. Until then: actions are recorded so the guest reads back what it
 * set; SIG_DFL and SIG_IGN also go to the kernel (so ignoring SIGPIPE, or
 * default actions across exec, behave natively). An instruction that
 * faults natively kills the process with the same signal, as it does
 * natively when no handler is installed.
 */
#include "os/os_internal.h"

#include <signal.h>
#include <sys/mman.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define KERNEL_SIG_DFL 0
#define KERNEL_SIG_IGN 1

int64_t os_sys_rt_sigaction(Thread *thread, const uint64_t args[6])
{
    int sig = (int)args[0];
    const GuestSigaction *act = (const GuestSigaction *)(uintptr_t)args[1];
    GuestSigaction *old = (GuestSigaction *)(uintptr_t)args[2];
    if (sig < 1 || sig > 64 || args[3] != 8)
        return -22; /* EINVAL */
    if (act && (sig == SIGKILL || sig == SIGSTOP))
        return -22;
    const GuestMap *map = &thread->process->os.map;
    if ((act && !os_guest_access_ok(map, args[1], sizeof(*act), PROT_READ)) ||
        (old && !os_guest_access_ok(map, args[2], sizeof(*old), PROT_WRITE)))
        return -14; /* EFAULT */
    GuestSigaction *slot = &thread->process->os.sigactions[sig];
    GuestSigaction previous = *slot;
    if (act) {
        GuestSigaction copy = *act;
        if (copy.handler == KERNEL_SIG_DFL || copy.handler == KERNEL_SIG_IGN) {
            int64_t r = raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, (uint64_t)(uintptr_t)&copy, 0,
                                     8, 0, 0);
            if (r != 0)
                return r;
        }
        *slot = copy;
    }
    if (old)
        *old = previous;
    return 0;
}

void os_raise_fault(Thread *thread, int signo, GuestAddr rip)
{
    (void)rip; /* reported in the signal context once handlers are delivered */
    log_flush(thread->process->log);
    GuestSigaction dfl;
    memset(&dfl, 0, sizeof(dfl));
    raw_syscall6(SYS_rt_sigaction, (uint64_t)signo, (uint64_t)(uintptr_t)&dfl, 0, 8, 0, 0);
    uint64_t unblock = 1ULL << (signo - 1);
    raw_syscall6(SYS_rt_sigprocmask, SIG_UNBLOCK, (uint64_t)(uintptr_t)&unblock, 0, 8, 0, 0);
    raw_syscall(SYS_tgkill, (uint64_t)getpid(), (uint64_t)gettid(), (uint64_t)signo);
    fatal("signal %d did not end the process", signo);
}
