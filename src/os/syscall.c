/*
 * os/syscall.c: the system-call table, and which entry a number selects.
 *
 * One table of handlers indexed by syscall number, split by area into
 * mm.c, process.c, exec.c, files.c and signals.c. A number with no handler
 * passes straight to the kernel with the guest's arguments (and its full
 * rax): the guest's memory is Shunt's memory, so pointers need no
 * translation.
 *
 * The number is classified as the kernel classifies it, so that no
 * spelling of an emulated call reaches the kernel unexamined: the kernel
 * reads eax sign-extended (the high half of rax is ignored: 0x1_0000_009e
 * is arch_prctl), takes it as a 64-bit call if below its table size, else
 * as an x32 call (bit 30 set) if x32 is enabled, else answers ENOSYS.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <linux/audit.h>
#include <sys/syscall.h>

/* x32 numbers run from the bit up to the last x32-only call, pwritev2. */
#define X32_NR_SYSCALLS 548

static const SyscallHandler handlers[] = {
    [SYS_brk] = os_sys_brk,
    [SYS_mmap] = os_sys_mmap,
    [SYS_munmap] = os_sys_munmap,
    [SYS_mprotect] = os_sys_mprotect,
    [SYS_mremap] = os_sys_mremap,
    [SYS_madvise] = os_sys_madvise,
    [SYS_pkey_mprotect] = os_sys_pkey_mprotect,
    [SYS_mseal] = os_sys_mseal,
    [SYS_shmat] = os_sys_shmat,
    [SYS_shmdt] = os_sys_shmdt,
    [SYS_exit] = os_sys_exit,
    [SYS_exit_group] = os_sys_exit_group,
    [SYS_arch_prctl] = os_sys_arch_prctl,
    [SYS_personality] = os_sys_personality,
    [SYS_clone] = os_sys_clone,
    [SYS_fork] = os_sys_fork,
    [SYS_vfork] = os_sys_vfork,
    [SYS_execve] = os_sys_execve,
    [SYS_execveat] = os_sys_execveat,
    [SYS_clone3] = os_sys_clone3,
    [SYS_set_tid_address] = os_sys_set_tid_address,
    [SYS_rseq] = os_sys_enosys, /* the kernel would rewind to guest rips */
    [SYS_readlink] = os_sys_readlink,
    [SYS_readlinkat] = os_sys_readlinkat,
    [SYS_open] = os_sys_open,
    [SYS_openat] = os_sys_openat,
    [SYS_openat2] = os_sys_openat2,
    [SYS_creat] = os_sys_creat,
    [SYS_close] = os_sys_close,
    [SYS_close_range] = os_sys_close_range,
    [SYS_dup2] = os_sys_dup2,
    [SYS_dup3] = os_sys_dup3,
    [SYS_rt_sigaction] = os_sys_rt_sigaction,
    [SYS_rt_sigprocmask] = os_sys_rt_sigprocmask,
    [SYS_rt_sigpending] = os_sys_rt_sigpending,
    [SYS_rt_sigsuspend] = os_sys_rt_sigsuspend,
    [SYS_rt_sigreturn] = os_sys_rt_sigreturn,
    [SYS_sigaltstack] = os_sys_sigaltstack,
    [SYS_ppoll] = os_sys_ppoll,
    [SYS_pselect6] = os_sys_pselect6,
    [SYS_epoll_pwait] = os_sys_epoll_pwait,
    [SYS_epoll_pwait2] = os_sys_epoll_pwait2,
    [SYS_getrlimit] = os_sys_getrlimit,
    [SYS_setrlimit] = os_sys_setrlimit,
    [SYS_prlimit64] = os_sys_prlimit64,
    [SYS_prctl] = os_sys_prctl,
    [SYS_seccomp] = os_sys_seccomp,
};

/* 64-bit-only calls among those Shunt emulates: the x32 table has no entry
 * for these numbers, so natively they answer ENOSYS. */
static bool x32_lacks(uint32_t nr)
{
    return nr == SYS_rt_sigaction || nr == SYS_rt_sigreturn || nr == SYS_execve ||
           nr == SYS_sigaltstack || nr == SYS_execveat;
}

/*
 * An x32 call, on a kernel that runs them. Numbers below 512 are the
 * 64-bit calls with 32-bit pointers (guest memory is the same either way),
 * so they take the same handlers. The x32-only calls from 512 up pass
 * through, except those Shunt would have to emulate in their x32 form and
 * does not: rt_sigaction (512), rt_sigreturn (513), execve (520),
 * sigaltstack (525) and execveat (545) answer ENOSYS.
 */
static SyscallHandler x32_handler(uint32_t xnr)
{
    if (xnr < 512) {
        if (x32_lacks(xnr))
            return os_sys_enosys;
        return xnr < ARRAY_LEN(handlers) ? handlers[xnr] : NULL;
    }
    if (xnr == 512 || xnr == 513 || xnr == 520 || xnr == 525 || xnr == 545)
        return os_sys_enosys;
    return NULL;
}

/* The handler for the number in rax, or NULL to pass the call through. */
static SyscallHandler handler_for(const OsState *os, uint64_t rax)
{
    uint32_t nr = (uint32_t)rax;
    if (nr < ARRAY_LEN(handlers))
        return handlers[nr];
    if (!(nr & X32_SYSCALL_BIT))
        return NULL; /* the kernel answers ENOSYS, or runs a call newer than Shunt */
    if (!os->x32_enabled)
        return os_sys_enosys; /* includes nr == -1 */
    uint32_t xnr = nr - X32_SYSCALL_BIT;
    return xnr < X32_NR_SYSCALLS ? x32_handler(xnr) : NULL;
}

/*
 * Handlers that change or read what the threads share and never block:
 * the guest memory map (which the translator reads under the same lock),
 * signal actions, the persona, resource limits. They run under the
 * process lock, so that two threads' calls change the host and Shunt's
 * record in one order (an munmap and an mmap that reuses its addresses
 * must be recorded as the kernel did them). No handler here raises a fault
 * or leaves its C stack.
 */
static bool serialized(SyscallHandler handler)
{
    static const SyscallHandler shared[] = {
        os_sys_brk,       os_sys_mmap,      os_sys_munmap,        os_sys_mprotect,
        os_sys_mremap,    os_sys_madvise,   os_sys_pkey_mprotect, os_sys_mseal,
        os_sys_shmat,     os_sys_shmdt,     os_sys_rt_sigaction,  os_sys_personality,
        os_sys_getrlimit, os_sys_setrlimit, os_sys_prlimit64,
    };
    for (size_t i = 0; i < ARRAY_LEN(shared); i++)
        if (handler == shared[i])
            return true;
    return false;
}

int64_t os_call(Thread *thread, SyscallHandler handler, uint64_t rax, const uint64_t args[6])
{
    if (__atomic_load_n(&thread->process->protected_pages, __ATOMIC_RELAXED))
        dispatch_unprotect_pointed(thread, args);
    if (handler && serialized(handler)) {
        dispatch_lock(thread);
        int64_t r = handler(thread, args);
        dispatch_unlock(thread);
        return r;
    }
    if (handler)
        return handler(thread, args);
    return dispatch_safe_syscall((int64_t)rax, args[0], args[1], args[2], args[3], args[4],
                                 args[5]);
}

SyscallHandler os_syscall_handler(uint32_t nr)
{
    return nr < ARRAY_LEN(handlers) ? handlers[nr] : NULL;
}

void os_syscall(Thread *thread)
{
    GuestContext *ctx = &thread->ctx;
    const uint64_t args[6] = {ctx->rdi, ctx->rsi, ctx->rdx, ctx->r10, ctx->r8, ctx->r9};
    SyscallHandler handler = handler_for(&thread->process->os, ctx->rax);
    const Options *options = &thread->process->options;
    /* What the syscall instruction leaves behind, set first: a vfork
     * child starts from this context, and a handler that replaces the
     * context (sigreturn) keeps its own. */
    ctx->rcx = ctx->rip;
    /* Under the trap flag the guest's TF is not in its context while its
     * one instruction runs (dispatch), but syscall saves it in r11. */
    ctx->r11 = ctx->rflags | (thread->stepping ? 0x100 : 0);
    const OsSyscallData call = {(uint32_t)ctx->rax, AUDIT_ARCH_X86_64, ctx->rip, args, ctx->rax};
    int64_t refused;
    if (!os_seccomp_allows(thread, &call, &refused)) {
        ctx->rax = (uint64_t)refused;
        return;
    }
    /* -strace and -L see every call (os/strace.c). */
    uint64_t number = ctx->rax;
    int64_t result = options->strace || options->prefix
                         ? os_observed_call(thread, handler, ctx->rax, args)
                         : os_call(thread, handler, ctx->rax, args);
    if (result == -OS_ERESTART_GUEST) {
        /* A held signal came first: the call runs again after its
         * handler, from the syscall instruction (the kernel rewinds 2
         * bytes, whatever the instruction's prefixes). */
        ctx->rax = number;
        ctx->rip -= 2;
        return;
    }
    ctx->rax = (uint64_t)result;
}

int64_t os_sys_enosys(Thread *thread, const uint64_t args[6])
{
    (void)thread;
    (void)args;
    return -ENOSYS;
}
