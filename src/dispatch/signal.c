/*
 * dispatch/signal.c: the host's side of signals.
 *
 * Shunt's handler (shunt_host_signal in switch.S, then here) runs on
 * Shunt's own alternate stack for every signal the guest handles and for
 * the synchronous ones. It never runs guest code and never translates: it
 * decides where the interrupted host pc was and makes the guest's state
 * whole, then lets the dispatcher deliver (os/sigframe.c):
 *
 * - in the code cache (a fault of a guest instruction, or an asynchronous
 *   signal while guest code runs): the guest's registers and rip are
 *   rebuilt from the block's state points (cache_recover_state), written
 *   into the interrupted context, and that context is sent to shunt_exit
 *   as an EXIT_SIGNAL exit, so the kernel's sigreturn leaves the cache at
 *   once, through the ordinary exit path, with the guest's exact state;
 *   a `jmp .` loop is left this way too (DESIGN.md decision 14);
 * - between the pending test of shunt_resume_guest and the jump into the
 *   cache: the guest's state is whole in the Thread, the context goes to
 *   shunt_deliver_pending;
 * - in dispatch_safe_syscall before its syscall instruction (or at it,
 *   rewound by the kernel to restart it): the call has not run, the
 *   context goes to its "interrupted" return (decision 15);
 * - anywhere else in Shunt (C code, the exit path, a system call of its
 *   own): the signal is only held; shunt_resume_guest's test sees it.
 *
 * While a signal is held every other asynchronous one is blocked on the
 * host (the interrupted context's mask), so the kernel keeps them pending
 * with its own rules, as QEMU does; the dispatcher unblocks once the held
 * one is delivered. A fault outside the code cache is Shunt's own bug:
 * reported, then Shunt dies of it.
 */
#include "dispatch/dispatch_internal.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

/* switch.S */
void shunt_host_signal(int sig, siginfo_t *info, void *uc);
void shunt_signal_restorer(void);
void shunt_exit(void);
extern const char shunt_resume_guest[], shunt_resume_end[], shunt_deliver_pending[];
extern const char shunt_safe_syscall_start[], shunt_safe_syscall_insn[];
extern const char shunt_safe_syscall_interrupted[];

#ifndef SA_RESTORER
#define SA_RESTORER 0x04000000
#endif

/* ucontext's gregs index of each register in encoding order (rax, rcx,
 * rdx, rbx, rsp, rbp, rsi, rdi, r8..r15): what cache_recover_state uses. */
static const int GREG_OF_REG[16] = {REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP,
                                    REG_RSI, REG_RDI, REG_R8,  REG_R9,  REG_R10, REG_R11,
                                    REG_R12, REG_R13, REG_R14, REG_R15};

int64_t dispatch_signal_install(int sig, uint64_t guest_flags)
{
    GuestSigaction act = {
        .handler = (uint64_t)(uintptr_t)shunt_host_signal,
        .flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER |
                 (guest_flags & (SA_RESTART | SA_NOCLDSTOP | SA_NOCLDWAIT)),
        .restorer = (uint64_t)(uintptr_t)shunt_signal_restorer,
        .mask = ~0ULL,
    };
    return raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, (uint64_t)(uintptr_t)&act, 0, 8, 0, 0);
}

void dispatch_signal_default(int sig)
{
    GuestSigaction dfl = {0, 0, 0, 0};
    raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, (uint64_t)(uintptr_t)&dfl, 0, 8, 0, 0);
}

void dispatch_signal_set_mask(uint64_t mask)
{
    raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (uint64_t)(uintptr_t)&mask, 0, 8, 0, 0);
}

/* Gives the thread's task Shunt's alternate stack (once per Thread). */
void dispatch_signal_stack(Thread *thread)
{
    if (!thread->host_altstack) {
        void *mem = mmap(NULL, DISPATCH_ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mem == MAP_FAILED)
            fatal("cannot map Shunt's signal stack");
        thread->host_altstack = mem;
    }
    stack_t ss = {.ss_sp = thread->host_altstack, .ss_size = DISPATCH_ALTSTACK_SIZE, .ss_flags = 0};
    if (raw_syscall(SYS_sigaltstack, (uint64_t)(uintptr_t)&ss, 0, 0) != 0)
        fatal("cannot set Shunt's signal stack");
}

/* The block whose code holds `pc`: the stepping block, or one of the cache. */
/* Stepping blocks are in the host-pc map too: a thread's last one may
 * lie where a flush has since put other blocks. */
static Block *block_at(Thread *thread, const uint8_t *pc)
{
    return cache_block_at(thread->process->cache, pc);
}

/* A fault, as opposed to a signal sent: a synchronous signal with a
 * kernel si_code. A process may queue itself any si_code, though, and such
 * a signal arrives as its sending system call returns: outside the cache,
 * just after a syscall instruction, it is a signal sent, not Shunt's own
 * fault. */
static bool is_fault(int sig, const siginfo_t *info, const Block *block, const uint8_t *pc)
{
    if (!(OS_SYNC_SIGNALS & (1ULL << (sig - 1))) || info->si_code <= 0)
        return false;
    uint8_t before[2];
    if (!block && os_guest_read(before, (GuestAddr)(uintptr_t)(pc - 2), 2) == 0 &&
        before[0] == 0x0F && before[1] == 0x05)
        return false;
    return true;
}

/* Rewrites the interrupted context, stopped at `pc` in `block`, into an
 * EXIT_SIGNAL exit at the guest state it stands for; returns the guest rip. */
static GuestAddr exit_cache(Thread *thread, Block *block, ucontext_t *uc)
{
    greg_t *gregs = uc->uc_mcontext.gregs;
    const uint8_t *pc = (const uint8_t *)(uintptr_t)gregs[REG_RIP];
    uint64_t regs[16];
    for (int i = 0; i < 16; i++)
        regs[i] = (uint64_t)gregs[GREG_OF_REG[i]];
    StateSlots slots = {thread->slot_rax,     thread->slot_rcx,      thread->slot_rdx,
                        thread->slot_scratch, thread->slot_scratch2, thread->ctx.gsbase};
    GuestAddr rip = cache_recover_state(block, pc, regs, &slots);
    for (int i = 0; i < 16; i++)
        gregs[GREG_OF_REG[i]] = (greg_t)regs[i];
    /* shunt_exit's entry state: guest rax parked, rax = the exit's arg. */
    thread->slot_rax = regs[0];
    gregs[REG_RAX] = (greg_t)rip;
    thread->exit_kind = EXIT_SIGNAL;
    gregs[REG_RIP] = (greg_t)(uintptr_t)shunt_exit;
    return rip;
}

/* A fault in Shunt's own code: one line, then Shunt dies of the signal. */
static void internal_fault(Thread *thread, int sig, const siginfo_t *info, const ucontext_t *uc)
{
    Block *block = cache_lookup(thread->process->cache, thread->ctx.rip);
    char line[256];
    int n =
        snprintf(line, sizeof(line),
                 "shunt: internal error: signal %d (%s) at host rip 0x%llx, address 0x%llx; "
                 "guest rip 0x%llx, block %s0x%llx\n",
                 sig, strsignal(sig), (unsigned long long)uc->uc_mcontext.gregs[REG_RIP],
                 (unsigned long long)(uintptr_t)info->si_addr, (unsigned long long)thread->ctx.rip,
                 block ? "" : "(none) ", (unsigned long long)(block ? block->grip : 0));
    if (n > 0)
        (void)!write(2, line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
    dispatch_signal_default(sig);
}

/* A write fault (a present page that is not writable): Shunt may have
 * write-protected the page for the code it translated from it. Whether it
 * did is the dispatcher's to decide, under its lock (dispatch.c): the
 * fault leaves the cache at the writing instruction with its siginfo kept,
 * nothing held yet. */
static bool is_write_fault(int sig, const siginfo_t *info, const ucontext_t *uc)
{
    return sig == SIGSEGV && info->si_code == SEGV_ACCERR &&
           (uc->uc_mcontext.gregs[REG_ERR] & 2) != 0;
}

static void write_fault(Thread *thread, Block *block, const siginfo_t *info, ucontext_t *uc)
{
    greg_t *gregs = uc->uc_mcontext.gregs;
    thread->write_fault.info = *info;
    thread->write_fault.trapno = (uint64_t)gregs[REG_TRAPNO];
    thread->write_fault.err = (uint64_t)gregs[REG_ERR];
    thread->write_fault.cr2 = (uint64_t)gregs[REG_CR2];
    thread->write_fault.resume_flag = (gregs[REG_EFL] & 0x10000) != 0;
    exit_cache(thread, block, uc);
    thread->exit_kind = EXIT_WRITE_FAULT;
}

/* A fault of the guest instruction the block was running. The kernel's
 * si_addr for SIGILL, SIGFPE and traps is the faulting pc: the guest's. */
static void guest_fault(Thread *thread, Block *block, siginfo_t *info, ucontext_t *uc)
{
    greg_t *gregs = uc->uc_mcontext.gregs;
    uint64_t pc = (uint64_t)gregs[REG_RIP];
    uint64_t trapno = (uint64_t)gregs[REG_TRAPNO], err = (uint64_t)gregs[REG_ERR];
    uint64_t cr2 = (uint64_t)gregs[REG_CR2];
    bool resume_flag = (gregs[REG_EFL] & 0x10000) != 0; /* RF: a fault, not a trap */
    GuestAddr rip = exit_cache(thread, block, uc);
    siginfo_t guest_info = *info;
    if ((uint64_t)(uintptr_t)info->si_addr == pc)
        guest_info.si_addr = (void *)(uintptr_t)rip;
    os_signal_hold_fault(thread, &guest_info, trapno, err, cr2, resume_flag);
}

/* Where an asynchronous signal found the host: send the context on. */
static void redirect_async(Thread *thread, Block *block, ucontext_t *uc)
{
    greg_t *gregs = uc->uc_mcontext.gregs;
    const char *pc = (const char *)(uintptr_t)gregs[REG_RIP];
    if (block)
        exit_cache(thread, block, uc);
    else if (pc >= shunt_resume_guest && pc < shunt_resume_end)
        gregs[REG_RIP] = (greg_t)(uintptr_t)shunt_deliver_pending;
    else if (pc >= shunt_safe_syscall_start && pc <= shunt_safe_syscall_insn)
        gregs[REG_RIP] = (greg_t)(uintptr_t)shunt_safe_syscall_interrupted;
}

void dispatch_host_signal(int sig, siginfo_t *info, ucontext_t *uc);
void dispatch_host_signal(int sig, siginfo_t *info, ucontext_t *uc)
{
    Thread *thread;
    __asm__("mov %%gs:0, %0" : "=r"(thread));
    const uint8_t *pc = (const uint8_t *)(uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    Block *block = block_at(thread, pc);
    if (is_fault(sig, info, block, pc)) {
        if (block)
            is_write_fault(sig, info, uc) ? write_fault(thread, block, info, uc)
                                          : guest_fault(thread, block, info, uc);
        else
            internal_fault(thread, sig, info, uc);
        return;
    }
    if (!os_signal_hold_async(thread, info))
        return;
    /* Until it is delivered, the kernel keeps every other one pending. */
    uint64_t hold = os_signal_hold_mask();
    memcpy(&uc->uc_sigmask, &hold, sizeof(hold));
    redirect_async(thread, block, uc);
}
