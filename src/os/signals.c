/*
 * os/signals.c: the guest's signal actions, masks and alternate stack,
 * and which signal Shunt holds for delivery.
 *
 * The kernel keeps doing what it can do for the guest. An action of
 * SIG_DFL or SIG_IGN is the host's own (so default deaths, stops, ignored
 * signals and SA_RESTART-free restarts are the kernel's); a guest handler
 * gets Shunt's host handler (dispatch/signal.c), with the guest's
 * SA_RESTART so the kernel decides restarts as natively. The synchronous
 * signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP) always have Shunt's
 * handler, so a fault in the cache is always Shunt's to translate (and a
 * fault of Shunt's own is told apart).
 *
 * The host mask is the guest's, so signals the guest blocks stay pending
 * in the kernel (sigpending, sigtimedwait and signalfd pass through),
 * except the synchronous ones, which the host never blocks: one of those
 * sent while the guest blocks it waits in the thread's small queue. While
 * Shunt holds a signal for delivery, every asynchronous one is blocked on
 * the host: the kernel keeps them with its own rules (coalescing, real-time
 * order) until the held one is delivered (sigframe.c).
 */
#include "os/os_internal.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define KERNEL_SIG_DFL 0
#define KERNEL_SIG_IGN 1
#define SIGBIT(sig) (1ULL << ((sig)-1))

/* The sa_flags the kernel keeps (UAPI_SA_FLAGS on x86-64): SA_NOCLDSTOP,
 * SA_NOCLDWAIT, SA_SIGINFO, SA_EXPOSE_TAGBITS, SA_RESTORER, SA_ONSTACK,
 * SA_RESTART, SA_NODEFER, SA_RESETHAND. Measured: all ones reads back as
 * this. */
#define KERNEL_SA_FLAGS 0xdc000807ULL
/* SIGKILL and SIGSTOP cannot be blocked: the kernel drops them from masks. */
#define UNBLOCKABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

static bool guest_handles(const GuestSigaction *act)
{
    return act->handler != KERNEL_SIG_DFL && act->handler != KERNEL_SIG_IGN;
}

uint64_t os_signal_hold_mask(void)
{
    return ~(OS_SYNC_SIGNALS | UNBLOCKABLE);
}

uint64_t os_signal_host_mask(const Thread *thread)
{
    const OsThreadSignals *ts = &thread->signals;
    if (ts->holding)
        return os_signal_hold_mask();
    return ts->blocked & ~OS_SYNC_SIGNALS;
}

void os_signal_update_host_mask(Thread *thread)
{
    dispatch_signal_set_mask(os_signal_host_mask(thread));
}

/* The host's action for `sig` when the guest's is `act`. */
static int64_t apply_host_action(int sig, const GuestSigaction *act)
{
    if (guest_handles(act) || (OS_SYNC_SIGNALS & SIGBIT(sig)))
        return dispatch_signal_install(sig, act->flags);
    return raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, (uint64_t)(uintptr_t)act, 0, 8, 0, 0);
}

/* Stores `act` as the kernel's do_sigaction would. */
static int64_t set_action(OsState *os, int sig, GuestSigaction act)
{
    act.flags &= KERNEL_SA_FLAGS;
    act.mask &= ~UNBLOCKABLE;
    int64_t r = apply_host_action(sig, &act);
    if (r != 0)
        return r;
    os->sigactions[sig] = act;
    return 0;
}

void os_signal_reset_action(Thread *thread, int sig)
{
    OsState *os = &thread->process->os;
    GuestSigaction act = os->sigactions[sig];
    act.handler = KERNEL_SIG_DFL; /* SA_RESETHAND keeps the flags and mask */
    set_action(os, sig, act);
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

/* ---- the mask ---- */

void os_signal_set_blocked(Thread *thread, uint64_t blocked)
{
    thread->signals.blocked = blocked & ~UNBLOCKABLE;
    os_signal_release_queued(thread);
    os_signal_update_host_mask(thread);
}

static int64_t apply_how(uint64_t *blocked, int how, uint64_t set)
{
    switch (how) {
    case SIG_BLOCK:
        *blocked |= set;
        return 0;
    case SIG_UNBLOCK:
        *blocked &= ~set;
        return 0;
    case SIG_SETMASK:
        *blocked = set;
        return 0;
    default:
        return -EINVAL;
    }
}

int64_t os_sys_rt_sigprocmask(Thread *thread, const uint64_t args[6])
{
    if (args[3] != 8)
        return -EINVAL;
    uint64_t old = thread->signals.blocked;
    if (args[1]) {
        uint64_t set, blocked = old;
        if (os_guest_read(&set, args[1], sizeof(set)) != 0)
            return -EFAULT;
        int64_t r = apply_how(&blocked, (int)args[0], set & ~UNBLOCKABLE);
        if (r != 0)
            return r;
        os_signal_set_blocked(thread, blocked);
    }
    if (args[2] && os_guest_write(args[2], &old, sizeof(old)) != 0)
        return -EFAULT;
    return 0;
}

/* The kernel's pending set, with the signals waiting in Shunt's queue. */
int64_t os_sys_rt_sigpending(Thread *thread, const uint64_t args[6])
{
    if (args[1] > 8)
        return -EINVAL;
    uint64_t pending = 0;
    int64_t r = raw_syscall6(SYS_rt_sigpending, (uint64_t)(uintptr_t)&pending, 8, 0, 0, 0, 0);
    if (r != 0)
        return r;
    const OsThreadSignals *ts = &thread->signals;
    for (size_t i = 0; i < ts->queued_count; i++)
        pending |= SIGBIT(ts->queued[i].info.si_signo);
    return os_guest_write(args[0], &pending, args[1]);
}

/*
 * sigsuspend: the mask is replaced until a signal is delivered; the frame
 * of that signal saves the old mask (sigframe.c), which sigreturn then
 * restores. A signal already held when the call starts came before it:
 * the guest goes back to its syscall instruction (OS_ERESTART_GUEST), runs
 * the handler, and suspends again, as natively.
 */
int64_t os_sys_rt_sigsuspend(Thread *thread, const uint64_t args[6])
{
    OsThreadSignals *ts = &thread->signals;
    uint64_t mask;
    if (args[1] != 8)
        return -EINVAL;
    if (os_guest_read(&mask, args[0], sizeof(mask)) != 0)
        return -EFAULT;
    uint64_t old = ts->blocked;
    ts->blocked = mask & ~UNBLOCKABLE;
    uint64_t host = ts->blocked & ~OS_SYNC_SIGNALS;
    int64_t r = dispatch_safe_syscall(SYS_rt_sigsuspend, (uint64_t)(uintptr_t)&host, 8, 0, 0, 0, 0);
    if (r == -OS_ERESTART_GUEST) {
        ts->blocked = old;
        return r;
    }
    ts->saved_mask = old;
    ts->saved_mask_valid = true;
    return -EINTR;
}

/* ---- the alternate stack (the kernel's do_sigaltstack) ---- */

#define SS_AUTODISARM_FLAG (1U << 31)
#define GUEST_MINSIGSTKSZ 2048

bool os_signal_on_altstack(const OsThreadSignals *ts, GuestAddr sp)
{
    if (ts->altstack_flags & SS_AUTODISARM_FLAG)
        return false;
    return sp > ts->altstack_sp && sp - ts->altstack_sp <= ts->altstack_size;
}

/* What the kernel's sas_ss_flags(sp) answers. */
int os_signal_altstack_state(const OsThreadSignals *ts, GuestAddr sp)
{
    if (!ts->altstack_size)
        return SS_DISABLE;
    return os_signal_on_altstack(ts, sp) ? SS_ONSTACK : 0;
}

static int64_t set_altstack(OsThreadSignals *ts, const stack_t *ss, GuestAddr sp)
{
    if (os_signal_on_altstack(ts, sp))
        return -EPERM;
    unsigned mode = (unsigned)ss->ss_flags & ~SS_AUTODISARM_FLAG;
    if (mode != SS_DISABLE && mode != SS_ONSTACK && mode != 0)
        return -EINVAL;
    GuestAddr base = (GuestAddr)(uintptr_t)ss->ss_sp;
    uint64_t size = ss->ss_size;
    if (mode == SS_DISABLE) {
        base = 0;
        size = 0;
    } else if (size < GUEST_MINSIGSTKSZ) {
        return -ENOMEM;
    }
    ts->altstack_sp = base;
    ts->altstack_size = size;
    ts->altstack_flags = (uint32_t)ss->ss_flags;
    return 0;
}

int64_t os_signal_sigaltstack(Thread *thread, GuestAddr new_addr, GuestAddr old_addr, GuestAddr sp)
{
    OsThreadSignals *ts = &thread->signals;
    stack_t ss, old;
    if (new_addr && os_guest_read(&ss, new_addr, sizeof(ss)) != 0)
        return -EFAULT;
    memset(&old, 0, sizeof(old));
    old.ss_sp = (void *)(uintptr_t)ts->altstack_sp;
    old.ss_size = ts->altstack_size;
    old.ss_flags =
        os_signal_altstack_state(ts, sp) | (int)(ts->altstack_flags & SS_AUTODISARM_FLAG);
    int64_t r = new_addr ? set_altstack(ts, &ss, sp) : 0;
    if (r == 0 && old_addr && os_guest_write(old_addr, &old, sizeof(old)) != 0)
        r = -EFAULT;
    return r;
}

int64_t os_sys_sigaltstack(Thread *thread, const uint64_t args[6])
{
    return os_signal_sigaltstack(thread, args[0], args[1], thread->ctx.rsp);
}

/* ---- holding signals for delivery ---- */

static void enqueue(OsThreadSignals *ts, const OsHeldSignal *held)
{
    int sig = held->info.si_signo;
    for (size_t i = 0; i < ts->queued_count; i++)
        if (sig < SIGRTMIN && ts->queued[i].info.si_signo == sig)
            return; /* a standard signal is pending once */
    if (ts->queued_count < OS_QUEUED_SIGNALS)
        ts->queued[ts->queued_count++] = *held;
}

static void hold(Thread *thread, const OsHeldSignal *held)
{
    OsThreadSignals *ts = &thread->signals;
    if (ts->holding)
        enqueue(ts, &ts->held);
    ts->held = *held;
    ts->holding = true;
    thread->signal_pending = 1;
}

/*
 * Shunt's C code and the host handler both change the held signal and the
 * queue. The handler runs with every signal blocked; C code blocks the
 * asynchronous ones before it changes them (holding a signal blocks them
 * anyway until its delivery sets the mask again), so neither ever sees
 * the other half-way.
 */
static void block_async(void)
{
    dispatch_signal_set_mask(os_signal_hold_mask());
}

void os_signal_release_queued(Thread *thread)
{
    OsThreadSignals *ts = &thread->signals;
    if (ts->queued_count == 0)
        return; /* one queued now waits for the next release */
    block_async();
    for (size_t i = 0; i < ts->queued_count && !ts->holding; i++) {
        if (ts->blocked & SIGBIT(ts->queued[i].info.si_signo))
            continue;
        OsHeldSignal held = ts->queued[i];
        memmove(&ts->queued[i], &ts->queued[i + 1],
                (ts->queued_count - i - 1) * sizeof(ts->queued[0]));
        ts->queued_count--;
        hold(thread, &held);
    }
}

/*
 * A signal taken from the kernel that this thread will not deliver (the
 * guest blocked it since it arrived, or the thread is exiting) goes back
 * to the kernel's pending sets: to this thread if it was sent to it
 * (tgkill's SI_TKILL), to the process otherwise, where the kernel gives it
 * to a thread that does not block it, as it would have natively.
 */
void os_signal_give_back(const OsHeldSignal *held)
{
    siginfo_t info = held->info;
    int sig = info.si_signo;
    if (info.si_code == SI_TKILL)
        raw_syscall6(SYS_rt_tgsigqueueinfo, (uint64_t)getpid(), (uint64_t)gettid(), (uint64_t)sig,
                     (uint64_t)(uintptr_t)&info, 0, 0);
    else
        raw_syscall(SYS_rt_sigqueueinfo, (uint64_t)getpid(), (uint64_t)sig,
                    (uint64_t)(uintptr_t)&info);
}

void os_signals_thread_exit(Thread *thread)
{
    OsThreadSignals *ts = &thread->signals;
    if (ts->holding && !ts->held.fault && ts->held.info.si_code != SI_TKILL)
        os_signal_give_back(&ts->held);
    for (size_t i = 0; i < ts->queued_count; i++)
        if (ts->queued[i].info.si_code != SI_TKILL)
            os_signal_give_back(&ts->queued[i]);
    ts->holding = false;
    ts->queued_count = 0;
    thread->signal_pending = 0;
}

void os_signal_hold_fault(Thread *thread, const siginfo_t *info, uint64_t trapno, uint64_t err,
                          uint64_t cr2, bool resume_flag)
{
    OsHeldSignal held = {.info = *info,
                         .fault = true,
                         .resume_flag = resume_flag,
                         .trapno = trapno,
                         .err = err,
                         .cr2 = cr2};
    block_async();
    hold(thread, &held);
}

bool os_signal_hold_async(Thread *thread, const siginfo_t *info)
{
    OsThreadSignals *ts = &thread->signals;
    OsHeldSignal held = {.info = *info, .fault = false};
    if (ts->holding || (ts->blocked & SIGBIT(info->si_signo))) {
        enqueue(ts, &held); /* a synchronous signal the host did not block */
        return false;
    }
    hold(thread, &held);
    return true;
}

/* ---- start-up ---- */

void os_signals_init(Thread *thread)
{
    OsThreadSignals *ts = &thread->signals;
    uint64_t mask = 0;
    raw_syscall6(SYS_rt_sigprocmask, SIG_BLOCK, 0, (uint64_t)(uintptr_t)&mask, 8, 0, 0);
    ts->blocked = mask & ~UNBLOCKABLE;
    ts->altstack_flags = SS_DISABLE;
}

void os_signals_start(Thread *thread)
{
    OsState *os = &thread->process->os;
    for (int sig = 1; sig < 65; sig++)
        if (guest_handles(&os->sigactions[sig]) || (OS_SYNC_SIGNALS & SIGBIT(sig)))
            dispatch_signal_install(sig, os->sigactions[sig].flags);
    os_signal_update_host_mask(thread);
}

void os_signals_thread_start(Thread *thread)
{
    os_signal_update_host_mask(thread);
}

/* Across execve the kernel keeps SIG_IGN and resets handlers: the
 * synchronous signals the guest ignores, which Shunt handles on the host,
 * are ignored on the host around the exec (`before`), and Shunt's again
 * if the exec failed. */
void os_signals_exec(Thread *thread, bool before)
{
    OsState *os = &thread->process->os;
    for (int sig = 1; sig < 65; sig++) {
        if (!(OS_SYNC_SIGNALS & SIGBIT(sig)) || os->sigactions[sig].handler != KERNEL_SIG_IGN)
            continue;
        if (before)
            raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, (uint64_t)(uintptr_t)&os->sigactions[sig],
                         0, 8, 0, 0);
        else
            dispatch_signal_install(sig, os->sigactions[sig].flags);
    }
}

/* ---- calls that wait with a temporary mask ---- */

/*
 * ppoll, pselect6 and epoll_pwait(2) wait with the guest's temporary mask
 * `mask`, as sigsuspend does: a signal it unblocks must be taken (the host
 * handler reads the guest's mask), and the handler of a signal that ends
 * the wait runs with that mask while its frame saves the old one, which
 * sigreturn restores; otherwise the old mask comes back at once. The
 * kernel gets the mask without the synchronous signals, at `*host_mask`,
 * which the caller's argument points to.
 */
static int64_t wait_with_mask(Thread *thread, int nr, const uint64_t args[6], uint64_t mask,
                              uint64_t *host_mask)
{
    OsThreadSignals *ts = &thread->signals;
    uint64_t old = ts->blocked;
    ts->blocked = mask & ~UNBLOCKABLE;
    *host_mask = ts->blocked & ~OS_SYNC_SIGNALS;
    int64_t r = dispatch_safe_syscall(nr, args[0], args[1], args[2], args[3], args[4], args[5]);
    if (r == -EINTR && ts->holding) {
        ts->saved_mask = old;
        ts->saved_mask_valid = true;
    } else {
        ts->blocked = old;
    }
    return r;
}

/* ppoll and epoll_pwait(2): the mask and its size are arguments `at` and
 * `at` + 1. */
static int64_t masked_wait(Thread *thread, int nr, const uint64_t args[6], int at)
{
    uint64_t mask, host_mask, call[6];
    if (!args[at] || args[at + 1] != 8)
        return dispatch_safe_syscall(nr, args[0], args[1], args[2], args[3], args[4], args[5]);
    if (os_guest_read(&mask, args[at], sizeof(mask)) != 0)
        return -EFAULT;
    memcpy(call, args, sizeof(call));
    call[at] = (uint64_t)(uintptr_t)&host_mask;
    return wait_with_mask(thread, nr, call, mask, &host_mask);
}

int64_t os_sys_ppoll(Thread *thread, const uint64_t args[6])
{
    return masked_wait(thread, SYS_ppoll, args, 3);
}

int64_t os_sys_epoll_pwait(Thread *thread, const uint64_t args[6])
{
    return masked_wait(thread, SYS_epoll_pwait, args, 4);
}

int64_t os_sys_epoll_pwait2(Thread *thread, const uint64_t args[6])
{
    return masked_wait(thread, SYS_epoll_pwait2, args, 4);
}

/* pselect6's sixth argument points to {mask pointer, mask size}. */
int64_t os_sys_pselect6(Thread *thread, const uint64_t args[6])
{
    struct {
        uint64_t mask, size;
    } data;
    uint64_t mask, host_mask, call[6];
    if (!args[5] || os_guest_read(&data, args[5], sizeof(data)) != 0 || !data.mask ||
        data.size != 8)
        return dispatch_safe_syscall(SYS_pselect6, args[0], args[1], args[2], args[3], args[4],
                                     args[5]);
    if (os_guest_read(&mask, data.mask, sizeof(mask)) != 0)
        return -EFAULT;
    data.mask = (uint64_t)(uintptr_t)&host_mask;
    memcpy(call, args, sizeof(call));
    call[5] = (uint64_t)(uintptr_t)&data;
    return wait_with_mask(thread, SYS_pselect6, call, mask, &host_mask);
}
