/*
 * os/sigframe.c: delivering a held signal to the guest, and rt_sigreturn.
 *
 * A guest handler gets the frame the kernel's x64_setup_rt_frame builds,
 * byte for byte where the guest can read it: below the red zone (or on the
 * alternate stack with SA_ONSTACK), the extended state saved by XSAVE on a
 * 64-byte boundary with the kernel's software bytes and second magic word,
 * then the rt_sigframe (return address = sa_restorer, ucontext, siginfo)
 * aligned so that the handler starts as if called. The handler runs with
 * the kernel's register conventions and a fresh FPU state; rt_sigreturn
 * reads everything back with the kernel's checks. Default actions are left
 * to the kernel itself: Shunt gives the signal back its default action and
 * raises it, so deaths and core flags are the kernel's own.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#define SIGBIT(sig) (1ULL << ((sig)-1))

/* The kernel's struct ucontext and rt_sigframe on x86-64 (its sigset is
 * 8 bytes, not glibc's 128). */
typedef struct KernelUcontext {
    uint64_t flags;
    uint64_t link;
    stack_t stack;
    uint64_t gregs[23]; /* glibc's REG_* order, which is struct sigcontext's */
    uint64_t fpstate;
    uint64_t reserved1[8];
    uint64_t sigmask;
} KernelUcontext;

typedef struct KernelSigframe {
    uint64_t pretcode;
    KernelUcontext uc;
    siginfo_t info;
} KernelSigframe;

_Static_assert(sizeof(KernelUcontext) == 304, "struct ucontext");
_Static_assert(sizeof(KernelSigframe) == 440, "struct rt_sigframe");

#define UC_FP_XSTATE 0x1
#define UC_SIGCONTEXT_SS 0x2
#define UC_STRICT_RESTORE_SS 0x4
#define USER_CS 0x33
#define USER_DS 0x2b
#define FP_XSTATE_MAGIC1 0x46505853U
#define FP_XSTATE_MAGIC2 0x46505845U
#define FXSAVE_SIZE 512
#define XSAVE_HEADER_SIZE 64
#define SW_BYTES_OFFSET 464
#define FEATURES_FPSSE 0x3ULL
/* rflags bits sigreturn takes from the frame (FIX_EFLAGS). */
#define FIX_EFLAGS 0x50DD5ULL
#define FLAG_TF 0x100ULL
#define FLAG_DF 0x400ULL
#define FLAG_RF 0x10000ULL
#define X86_TRAP_DB 1
#define X86_TRAP_UD 6
#define X86_TRAP_GP 13
#define X86_TRAP_PF 14

/* The software bytes the kernel writes in the FXSAVE area's free tail. */
typedef struct FpxSwBytes {
    uint32_t magic1, extended_size;
    uint64_t xfeatures;
    uint32_t xstate_size, padding[7];
} FpxSwBytes;

/* ---- default actions ---- */

/* Ends the process with `sig` as the kernel does: the default action,
 * unblocked, raised; the kernel writes the wait status (core flag too). */
__attribute__((noreturn)) void os_die_of(Thread *thread, int sig)
{
    log_flush(thread->process->log);
    dispatch_signal_default(sig);
    uint64_t unblock = SIGBIT(sig);
    raw_syscall6(SYS_rt_sigprocmask, SIG_UNBLOCK, (uint64_t)(uintptr_t)&unblock, 0, 8, 0, 0);
    raw_syscall(SYS_tgkill, (uint64_t)getpid(), (uint64_t)gettid(), (uint64_t)sig);
    fatal("signal %d did not end the process", sig);
}

static bool ignored_by_default(int sig)
{
    return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
}

static bool stops_by_default(int sig)
{
    return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* SIG_DFL for a signal that reached Shunt anyway (a synchronous one, or
 * one whose action changed while it was held). */
static void default_action(Thread *thread, int sig)
{
    if (ignored_by_default(sig))
        return;
    if (!stops_by_default(sig))
        os_die_of(thread, sig);
    dispatch_signal_default(sig);
    uint64_t only = ~SIGBIT(sig);
    raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (uint64_t)(uintptr_t)&only, 0, 8, 0, 0);
    raw_syscall(SYS_tgkill, (uint64_t)getpid(), (uint64_t)gettid(), (uint64_t)sig);
    os_signal_reset_action(thread, sig); /* the kernel stopped us; back to Shunt's */
}

/* ---- the frame ---- */

/* The kernel's __on_sig_stack: within the alternate stack, disarmed or not. */
static bool within_altstack(const OsThreadSignals *ts, GuestAddr sp)
{
    return sp > ts->altstack_sp && sp - ts->altstack_sp <= ts->altstack_size;
}

/* The x87 instruction pointer (FXSAVE64's FIP, bytes 8-15) of an x87
 * instruction that ran in the cache: the guest's instruction instead. */
static void guest_fip(const Thread *thread, uint8_t *buf)
{
    uint64_t fip;
    memcpy(&fip, buf + 8, sizeof(fip));
    const uint8_t *pc = (const uint8_t *)(uintptr_t)fip;
    Block *block = cache_block_at(thread->process->cache, pc); /* stepping blocks too */
    if (!block)
        return;
    fip = cache_guest_rip_at(block, pc);
    memcpy(buf + 8, &fip, sizeof(fip));
}

/* The guest's extended state as XSAVE writes it into `buf` (which holds
 * the guest memory it goes to: XSAVE leaves some bytes alone), with the
 * kernel's header clearing, software bytes and magic words. */
static void save_fpstate(Thread *thread, uint8_t *buf, size_t xstate_size)
{
    memset(buf + FXSAVE_SIZE, 0, XSAVE_HEADER_SIZE);
    uint32_t lo = (uint32_t)thread->xsave_mask, hi = (uint32_t)(thread->xsave_mask >> 32);
    __asm__ volatile("xrstor64 (%0)\n\txsave64 (%1)"
                     :
                     : "r"(thread->xsave), "r"(buf), "a"(lo), "d"(hi)
                     : "memory");
    guest_fip(thread, buf);
    uint64_t xfeatures;
    memcpy(&xfeatures, buf + FXSAVE_SIZE, sizeof(xfeatures));
    xfeatures |= FEATURES_FPSSE;
    memcpy(buf + FXSAVE_SIZE, &xfeatures, sizeof(xfeatures));
    FpxSwBytes sw = {.magic1 = FP_XSTATE_MAGIC1,
                     .extended_size = (uint32_t)xstate_size + 4,
                     .xfeatures = thread->xsave_mask,
                     .xstate_size = (uint32_t)xstate_size};
    memcpy(buf + SW_BYTES_OFFSET, &sw, sizeof(sw));
    const uint32_t magic2 = FP_XSTATE_MAGIC2;
    memcpy(buf + xstate_size, &magic2, sizeof(magic2));
}

static int64_t write_fpstate(Thread *thread, GuestAddr fp, size_t xstate_size)
{
    _Alignas(64) uint8_t buf[T_XSAVE_SIZE + 64];
    if (os_guest_read(buf, fp, xstate_size + 4) != 0)
        return -EFAULT;
    save_fpstate(thread, buf, xstate_size);
    return os_guest_write(fp, buf, xstate_size + 4);
}

static void fill_sigcontext(const Thread *thread, KernelUcontext *uc, GuestAddr fp, uint64_t mask,
                            bool resume_flag)
{
    const GuestContext *ctx = &thread->ctx;
    const OsThreadSignals *ts = &thread->signals;
    uint64_t *g = uc->gregs;
    g[REG_R8] = ctx->r8, g[REG_R9] = ctx->r9, g[REG_R10] = ctx->r10, g[REG_R11] = ctx->r11;
    g[REG_R12] = ctx->r12, g[REG_R13] = ctx->r13, g[REG_R14] = ctx->r14, g[REG_R15] = ctx->r15;
    g[REG_RDI] = ctx->rdi, g[REG_RSI] = ctx->rsi, g[REG_RBP] = ctx->rbp, g[REG_RBX] = ctx->rbx;
    g[REG_RDX] = ctx->rdx, g[REG_RAX] = ctx->rax, g[REG_RCX] = ctx->rcx, g[REG_RSP] = ctx->rsp;
    g[REG_RIP] = ctx->rip;
    g[REG_EFL] = ctx->rflags | (resume_flag ? FLAG_RF : 0);
    g[REG_CSGSFS] = USER_CS | ((uint64_t)USER_DS << 48);
    g[REG_ERR] = ts->err;
    g[REG_TRAPNO] = ts->trapno;
    g[REG_OLDMASK] = mask;
    g[REG_CR2] = ts->cr2;
    uc->fpstate = fp;
}

/* Where the frame goes (the kernel's get_sigframe): 0 if it would
 * overflow the alternate stack. */
static GuestAddr frame_address(const Thread *thread, const GuestSigaction *act, size_t fp_size,
                               GuestAddr *fp)
{
    const OsThreadSignals *ts = &thread->signals;
    GuestAddr rsp = thread->ctx.rsp;
    bool nested = os_signal_on_altstack(ts, rsp), entering = false;
    GuestAddr sp = rsp - 128; /* the red zone */
    if ((act->flags & SA_ONSTACK) && os_signal_altstack_state(ts, sp) == 0) {
        sp = ts->altstack_sp + ts->altstack_size;
        entering = true;
    }
    *fp = (sp - fp_size) & ~63ULL;
    GuestAddr frame = ((*fp - sizeof(KernelSigframe)) & ~15ULL) - 8;
    if ((nested || entering) && !within_altstack(ts, frame))
        return 0;
    return frame;
}

/* Builds the frame of `held` for handler `act` and points the guest at
 * the handler; false if the frame could not be written (the kernel then
 * forces SIGSEGV). */
static bool setup_frame(Thread *thread, const GuestSigaction *act, const OsHeldSignal *held)
{
    OsThreadSignals *ts = &thread->signals;
    size_t xstate_size = thread->process->os.xstate_size;
    GuestAddr fp;
    GuestAddr frame = frame_address(thread, act, xstate_size + 4, &fp);
    if (frame == 0 || write_fpstate(thread, fp, xstate_size) != 0)
        return false;
    uint64_t mask = ts->saved_mask_valid ? ts->saved_mask : ts->blocked;
    KernelSigframe f;
    memset(&f, 0, sizeof(f));
    f.pretcode = act->restorer;
    f.uc.flags = UC_FP_XSTATE | UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS;
    f.uc.stack.ss_sp = (void *)(uintptr_t)ts->altstack_sp;
    f.uc.stack.ss_flags = (int)ts->altstack_flags;
    f.uc.stack.ss_size = ts->altstack_size;
    fill_sigcontext(thread, &f.uc, fp, mask, held->resume_flag);
    f.uc.sigmask = mask;
    f.info = held->info;
    /* Without SA_SIGINFO the kernel leaves the siginfo's bytes alone. */
    size_t size = (act->flags & SA_SIGINFO) ? sizeof(f) : offsetof(KernelSigframe, info);
    if (os_guest_write(frame, &f, size) != 0)
        return false;
    GuestContext *ctx = &thread->ctx;
    ctx->rdi = (uint64_t)held->info.si_signo;
    ctx->rax = 0;
    ctx->rsi = frame + offsetof(KernelSigframe, info);
    ctx->rdx = frame + offsetof(KernelSigframe, uc);
    ctx->rip = act->handler;
    ctx->rsp = frame;
    ctx->rflags &= ~(FLAG_DF | FLAG_RF | FLAG_TF);
    dispatch_xsave_reset(thread); /* the handler starts with a clean FPU */
    return true;
}

/* The kernel's signal_delivered: the handler's mask, SS_AUTODISARM. */
static void signal_delivered(Thread *thread, int sig, const GuestSigaction *act)
{
    OsThreadSignals *ts = &thread->signals;
    ts->saved_mask_valid = false;
    uint64_t blocked = ts->blocked | act->mask;
    if (!(act->flags & SA_NODEFER))
        blocked |= SIGBIT(sig);
    ts->blocked = blocked & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    if (ts->altstack_flags & (1U << 31)) {
        ts->altstack_sp = 0;
        ts->altstack_size = 0;
        ts->altstack_flags = SS_DISABLE;
    }
}

/* Holds the SIGSEGV the kernel forces (SI_KERNEL, no address): a frame it
 * could not write or read back, or a #GP (`gp`: trapno 13, RF saved);
 * otherwise the task's last trap values stay, as the kernel's do. */
static void hold_kernel_segv(Thread *thread, bool gp)
{
    siginfo_t info;
    memset(&info, 0, sizeof(info));
    info.si_signo = SIGSEGV;
    info.si_code = SI_KERNEL;
    const OsThreadSignals *ts = &thread->signals;
    if (gp)
        os_signal_hold_fault(thread, &info, X86_TRAP_GP, 0, ts->cr2, true);
    else
        os_signal_hold_fault(thread, &info, ts->trapno, ts->err, ts->cr2, false);
}

/* A held fault the guest cannot take (blocked, ignored, default) kills, as
 * the kernel's force_sig does; one it handles gets its frame. */
static void deliver_to_handler(Thread *thread, const OsHeldSignal *held)
{
    OsState *os = &thread->process->os;
    int sig = held->info.si_signo;
    dispatch_lock(thread);
    GuestSigaction act = os->sigactions[sig];
    if (act.flags & SA_RESETHAND)
        os_signal_reset_action(thread, sig);
    dispatch_unlock(thread);
    if (setup_frame(thread, &act, held)) {
        signal_delivered(thread, sig, &act);
        return;
    }
    if (sig == SIGSEGV)
        os_die_of(thread, SIGSEGV);
    hold_kernel_segv(thread, false);
}

static void deliver_held(Thread *thread, const OsHeldSignal *held)
{
    OsThreadSignals *ts = &thread->signals;
    int sig = held->info.si_signo;
    dispatch_lock(thread); /* another thread may change the action */
    const GuestSigaction action = thread->process->os.sigactions[sig];
    dispatch_unlock(thread);
    const GuestSigaction *act = &action;
    bool blocked = ts->blocked & SIGBIT(sig);
    if (held->fault || !blocked)
        os_strace_signal(thread, &held->info);
    if (held->fault) {
        ts->trapno = held->trapno;
        ts->err = held->err;
        ts->cr2 = held->cr2;
        if (blocked || act->handler <= 1)
            os_die_of(thread, sig);
        deliver_to_handler(thread, held);
    } else if (blocked) {
        os_signal_give_back(held);
    } else if (act->handler == 0) {
        default_action(thread, sig);
    } else if (act->handler != 1) {
        deliver_to_handler(thread, held);
    }
}

void os_signal_deliver(Thread *thread)
{
    OsThreadSignals *ts = &thread->signals;
    thread->signal_pending = 0;
    if (ts->holding) {
        OsHeldSignal held = ts->held;
        ts->holding = false;
        /* A seccomp filter's trap of the guest's system call: the kernel
         * saw Shunt's syscall instruction; the guest's is just before the
         * rip it resumes at, which is what the kernel reports. */
        if (held.info.si_signo == SIGSYS && held.info.si_code == 1 /* SYS_SECCOMP */)
            held.info.si_call_addr = (void *)(uintptr_t)thread->ctx.rip;
        deliver_held(thread, &held);
    }
    if (ts->saved_mask_valid) { /* sigsuspend, and no frame took the mask */
        ts->blocked = ts->saved_mask;
        ts->saved_mask_valid = false;
    }
    os_signal_release_queued(thread);
    os_signal_update_host_mask(thread);
}

/* ---- faults Shunt's code finds ---- */

/* What a fault leaves in the task for the frame's trapno, err and cr2. */
typedef struct FaultTrap {
    uint64_t trapno, err, cr2;
} FaultTrap;

/* The siginfo and trap of an instruction that cannot be fetched: the first
 * byte that is not executable guest memory. */
static void fetch_fault(Thread *thread, GuestAddr rip, siginfo_t *info, FaultTrap *trap)
{
    Process *process = thread->process;
    size_t avail = os_executable_bytes(process, rip);
    GuestAddr addr = rip + avail;
    bool mapped = os_map_find(&process->os.map, addr) != NULL;
    info->si_code = mapped ? SEGV_ACCERR : SEGV_MAPERR;
    info->si_addr = (void *)(uintptr_t)addr;
    trap->trapno = X86_TRAP_PF;
    trap->err = 0x14 | (mapped ? 1 : 0); /* user, instruction fetch, present */
    trap->cr2 = addr;
}

/* What the kernel reports for the fault Shunt's code found at `rip`. */
static void fault_info(Thread *thread, int signo, GuestAddr rip, siginfo_t *info, FaultTrap *trap)
{
    memset(info, 0, sizeof(*info));
    info->si_signo = signo;
    trap->err = 0;
    trap->cr2 = thread->signals.cr2;
    switch (signo) {
    case SIGILL:
        info->si_code = ILL_ILLOPN;
        info->si_addr = (void *)(uintptr_t)rip;
        trap->trapno = X86_TRAP_UD;
        break;
    case SIGTRAP:
        info->si_code = TRAP_TRACE;
        info->si_addr = (void *)(uintptr_t)rip;
        trap->trapno = X86_TRAP_DB;
        break;
    case SIGSEGV:
        if (os_executable_bytes(thread->process, rip) < 15) {
            fetch_fault(thread, rip, info, trap);
            break;
        }
        __attribute__((fallthrough)); /* a general-protection fault */
    default:
        info->si_code = SI_KERNEL;
        trap->trapno = X86_TRAP_GP;
        break;
    }
}

/* Bits of an address the CPU translates (48, or 57 with 5-level paging):
 * an address is canonical when everything above them repeats the top one. */
bool os_canonical(const OsState *os, GuestAddr addr)
{
    int bits = os->task_size_max > (1ULL << 47) ? 57 : 48;
    int64_t top = (int64_t)addr >> (bits - 1);
    return top == 0 || top == -1;
}

void os_raise_memory_fault(Thread *thread, GuestAddr rip, GuestAddr addr, size_t len, bool write)
{
    OsState *os = &thread->process->os;
    thread->ctx.rip = rip;
    siginfo_t info;
    memset(&info, 0, sizeof(info));
    info.si_signo = SIGSEGV;
    FaultTrap trap = {X86_TRAP_GP, 0, thread->signals.cr2};
    if (!os_canonical(os, addr) || !os_canonical(os, addr + len - 1)) {
        info.si_code = SI_KERNEL; /* #GP */
    } else {
        /* The first byte the access cannot reach: its page or the next. */
        int need = write ? PROT_WRITE : PROT_READ;
        dispatch_lock(thread);
        const GuestRegion *region = os_map_find(&os->map, addr);
        GuestAddr at = region && (region->prot & need) ? PAGE_UP(addr + 1) : addr;
        bool at_mapped = os_map_find(&os->map, at) != NULL;
        dispatch_unlock(thread);
        info.si_code = at_mapped ? SEGV_ACCERR : SEGV_MAPERR;
        info.si_addr = (void *)(uintptr_t)at;
        trap = (FaultTrap){X86_TRAP_PF, 0x4 | (write ? 0x2 : 0) | (at_mapped ? 0x1 : 0), at};
    }
    os_signal_hold_fault(thread, &info, trap.trapno, trap.err, trap.cr2, true);
    dispatch_resume(thread);
}

void os_raise_general_protection(Thread *thread, GuestAddr rip)
{
    thread->ctx.rip = rip;
    hold_kernel_segv(thread, true);
    dispatch_resume(thread);
}

void os_raise_fault(Thread *thread, int signo, GuestAddr rip)
{
    thread->ctx.rip = rip;
    siginfo_t info;
    FaultTrap trap;
    dispatch_lock(thread); /* the guest memory map, which another thread may change */
    fault_info(thread, signo, rip, &info, &trap);
    dispatch_unlock(thread);
    /* Faults save RF set; the trap flag's trap does not. */
    os_signal_hold_fault(thread, &info, trap.trapno, trap.err, trap.cr2, signo != SIGTRAP);
    dispatch_resume(thread);
}

/* ---- rt_sigreturn ---- */

/* The kernel's checks before XRSTOR of a signal frame's state (its #GP
 * conditions: features beyond XCR0, a compacted or dirty header, reserved
 * MXCSR bits). */
static bool xstate_valid(const Thread *thread, const uint8_t *buf)
{
    uint64_t header[3];
    memcpy(header, buf + FXSAVE_SIZE, sizeof(header));
    uint32_t mxcsr, mask;
    memcpy(&mxcsr, buf + 24, 4);
    memcpy(&mask, thread->xsave + 28, 4);
    if (mask == 0)
        mask = 0xFFBF;
    return (header[0] & ~thread->xsave_mask) == 0 && header[1] == 0 && header[2] == 0 &&
           (mxcsr & ~mask) == 0;
}

/* fpu__restore_sig: NULL means a fresh state; a frame without the magic
 * words restores only the legacy (x87/SSE) part. */
static bool restore_fpstate(Thread *thread, GuestAddr fp)
{
    if (fp == 0) {
        dispatch_xsave_reset(thread);
        return true;
    }
    size_t xstate_size = thread->process->os.xstate_size;
    _Alignas(64) uint8_t buf[T_XSAVE_SIZE];
    FpxSwBytes sw;
    if (os_guest_read(buf, fp, FXSAVE_SIZE) != 0)
        return false;
    memcpy(&sw, buf + SW_BYTES_OFFSET, sizeof(sw));
    uint32_t magic2 = 0;
    bool full = sw.magic1 == FP_XSTATE_MAGIC1 && sw.xstate_size >= FXSAVE_SIZE + 64 &&
                sw.xstate_size <= xstate_size && sw.xstate_size <= sw.extended_size &&
                os_guest_read(&magic2, fp + sw.xstate_size, 4) == 0 && magic2 == FP_XSTATE_MAGIC2;
    uint64_t features = full ? sw.xfeatures & thread->xsave_mask : FEATURES_FPSSE;
    memset(buf + FXSAVE_SIZE, 0, sizeof(buf) - FXSAVE_SIZE);
    if (full && ((fp & 63) || os_guest_read(buf, fp, sw.xstate_size) != 0))
        return false;
    if (!full) { /* fxrstor: x87 and SSE from the legacy area */
        uint64_t fpsse = FEATURES_FPSSE;
        memcpy(buf + FXSAVE_SIZE, &fpsse, sizeof(fpsse));
    }
    if ((fp & 15) || !xstate_valid(thread, buf))
        return false;
    uint64_t bv;
    memcpy(&bv, buf + FXSAVE_SIZE, sizeof(bv));
    bv &= features; /* features not restored start from their initial state */
    memcpy(buf + FXSAVE_SIZE, &bv, sizeof(bv));
    memcpy(thread->xsave, buf, xstate_size);
    return true;
}

static void restore_registers(GuestContext *ctx, const uint64_t *g)
{
    ctx->r8 = g[REG_R8], ctx->r9 = g[REG_R9], ctx->r10 = g[REG_R10], ctx->r11 = g[REG_R11];
    ctx->r12 = g[REG_R12], ctx->r13 = g[REG_R13], ctx->r14 = g[REG_R14], ctx->r15 = g[REG_R15];
    ctx->rdi = g[REG_RDI], ctx->rsi = g[REG_RSI], ctx->rbp = g[REG_RBP], ctx->rbx = g[REG_RBX];
    ctx->rdx = g[REG_RDX], ctx->rax = g[REG_RAX], ctx->rcx = g[REG_RCX], ctx->rsp = g[REG_RSP];
    ctx->rip = g[REG_RIP];
    ctx->rflags = (ctx->rflags & ~FIX_EFLAGS) | (g[REG_EFL] & FIX_EFLAGS);
}

/* A frame sigreturn cannot use: SIGSEGV, as the kernel's signal_fault. */
__attribute__((noreturn)) static void bad_frame(Thread *thread)
{
    hold_kernel_segv(thread, false);
    dispatch_resume(thread);
}

int64_t os_sys_rt_sigreturn(Thread *thread, const uint64_t args[6])
{
    (void)args;
    GuestContext *ctx = &thread->ctx;
    GuestAddr uc_addr = ctx->rsp - 8 + offsetof(KernelSigframe, uc);
    KernelUcontext uc;
    if (os_guest_read(&uc, uc_addr, sizeof(uc)) != 0)
        bad_frame(thread);
    thread->signals.blocked = uc.sigmask & ~(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP));
    restore_registers(ctx, uc.gregs);
    if (!restore_fpstate(thread, uc.fpstate))
        bad_frame(thread);
    os_signal_sigaltstack(thread, uc_addr + offsetof(KernelUcontext, stack), 0, ctx->rsp);
    os_signal_release_queued(thread);
    os_signal_update_host_mask(thread);
    return (int64_t)ctx->rax;
}
