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

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define KERNEL_SIG_DFL 0
#define KERNEL_SIG_IGN 1

/* The sa_flags the kernel keeps (UAPI_SA_FLAGS on x86-64): SA_NOCLDSTOP,
 * SA_NOCLDWAIT, SA_SIGINFO, SA_EXPOSE_TAGBITS, SA_RESTORER, SA_ONSTACK,
 * SA_RESTART, SA_NODEFER, SA_RESETHAND. Measured: all ones reads back as
 * this. */
#define KERNEL_SA_FLAGS 0xdc000807ULL
/* SIGKILL and SIGSTOP cannot be blocked: the kernel drops them from sa_mask. */
#define UNBLOCKABLE ((1ULL << (SIGKILL - 1)) | (1ULL << (SIGSTOP - 1)))

/* Stores `act` as the kernel's do_sigaction would. */
static int64_t set_action(OsState *os, int sig, GuestSigaction act)
{
    act.flags &= KERNEL_SA_FLAGS;
    act.mask &= ~UNBLOCKABLE;
    if (act.handler == KERNEL_SIG_DFL || act.handler == KERNEL_SIG_IGN) {
        int64_t r =
            raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, (uint64_t)(uintptr_t)&act, 0, 8, 0, 0);
        if (r != 0)
            return r;
    }
    os->sigactions[sig] = act;
    return 0;
}

/* In the kernel's order: the size, reading act, the signal number, then
 * writing oldact (after the new action took effect). */
int64_t os_sys_rt_sigaction(Thread *thread, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    int sig = (int)args[0];
    GuestAddr act_addr = args[1], old_addr = args[2];
    GuestSigaction act;
    if (args[3] != 8)
        return -EINVAL;
    if (act_addr && os_guest_read(&act, act_addr, sizeof(act)) != 0)
        return -EFAULT;
    if (sig < 1 || sig > 64 || (act_addr && (sig == SIGKILL || sig == SIGSTOP)))
        return -EINVAL;
    GuestSigaction previous = os->sigactions[sig];
    previous.flags &= KERNEL_SA_FLAGS;
    if (act_addr) {
        int64_t r = set_action(os, sig, act);
        if (r != 0)
            return r;
    }
    if (old_addr)
        return os_guest_write(old_addr, &previous, sizeof(previous));
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
