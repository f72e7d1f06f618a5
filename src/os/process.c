/*
 * os/process.c: exit, arch_prctl, fork/clone and personality.
 *
 * The guest's FS and GS bases live in its context (the context switch
 * loads FS on entry to the cache), so arch_prctl must refuse what the
 * kernel refuses: a base Shunt loads with wrfsbase later must be
 * canonical. fork-like clones become host forks: the child is a copy of
 * Shunt with the same cache, which is exactly what it needs. vfork and
 * CLONE_VM|CLONE_VFORK (posix_spawn) are real vforks (see vfork_emulated):
 * the parent is suspended while the child runs, so the child may use
 * Shunt's state, and its writes reach the parent as natively (QEMU turns
 * them into forks, and loses them). Threads (CLONE_THREAD) are a later
 * issue. The persona is tracked
 * because READ_IMPLIES_EXEC changes what mmap makes executable.
 */
#include "os/os_internal.h"

#include <asm/prctl.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

/* How far below the parent's frame a vfork child's stack starts: room for
 * the frames the parent is suspended in (the red zone included). */
#define VFORK_STACK_GAP 4096

/* Flushing writes with write() only: a program in seccomp strict mode
 * may still call exit. */
void os_exit_process(Thread *thread, int status, bool group)
{
    Process *process = thread->process;
    if (process->options.stats)
        log_stats(stderr, &process->stats);
    log_flush(process->log);
    fflush(stderr);
    for (;;)
        raw_syscall(group ? SYS_exit_group : SYS_exit, (uint64_t)status, 0, 0);
}

/* exit ends the calling thread only; Shunt has one thread so far, so the
 * process ends with it (and with the --stats report). Not instrumented by
 * AddressSanitizer, which calls sigaltstack before a noreturn call. */
__attribute__((no_sanitize_address)) int64_t os_sys_exit(Thread *thread, const uint64_t args[6])
{
    os_exit_process(thread, (int)args[0], false);
}

int64_t os_sys_exit_group(Thread *thread, const uint64_t args[6])
{
    os_exit_process(thread, (int)args[0], true);
}

int64_t os_sys_arch_prctl(Thread *thread, const uint64_t args[6])
{
    GuestContext *ctx = &thread->ctx;
    int option = (int)args[0];
    switch (option) {
    case ARCH_SET_FS:
        if (args[1] >= thread->process->os.task_size_max)
            return -EPERM; /* the kernel's check; beyond it wrfsbase would fault */
        ctx->fsbase = args[1];
        return 0;
    case ARCH_SET_GS:
        if (args[1] >= thread->process->os.task_size_max)
            return -EPERM;
        ctx->gsbase = args[1];
        dispatch_clear_gs_selector(thread);
        return 0;
    case ARCH_GET_FS:
    case ARCH_GET_GS: {
        uint64_t value = option == ARCH_GET_FS ? ctx->fsbase : ctx->gsbase;
        return os_guest_write(args[1], &value, sizeof(value));
    }
    default:
        return raw_syscall(SYS_arch_prctl, args[0], args[1], 0);
    }
}

/* The child side of a fork-like clone: its own stack and TLS if asked. */
static void clone_child(Thread *thread, uint64_t flags, uint64_t stack, uint64_t tls)
{
    if (stack)
        thread->ctx.rsp = stack;
    if (flags & CLONE_SETTLS)
        thread->ctx.fsbase = tls;
}

/* The child of a vfork runs here, on its own stack below the parent's
 * frames (the parent is suspended until the child execs or exits). */
__attribute__((noreturn)) static void vfork_child_main(Thread *child)
{
    dispatch_run(child);
}

/*
 * clone(CLONE_VM | CLONE_VFORK) on the host: the child starts on
 * `stack_top` in vfork_child_main(child); the parent gets the child's pid
 * (or -errno) once the child has exec'd or exited. The pointers travel in
 * r9 and r12, which the kernel neither reads for clone nor changes.
 */
static int64_t host_vfork(uint64_t flags, uintptr_t stack_top, const uint64_t args[6],
                          Thread *child)
{
    register uint64_t r10 __asm__("r10") = args[3];
    register uint64_t r8 __asm__("r8") = 0;
    register Thread *r9 __asm__("r9") = child;
    register void (*r12)(Thread *) __asm__("r12") = vfork_child_main;
    int64_t r;
    __asm__ volatile("syscall\n\t"
                     "test %%rax, %%rax\n\t"
                     "jnz 1f\n\t"
                     "mov %%r9, %%rdi\n\t"
                     "call *%%r12\n\t"
                     "ud2\n"
                     "1:"
                     : "=a"(r)
                     : "a"((uint64_t)SYS_clone), "D"(flags), "S"(stack_top), "d"(args[2]), "r"(r10),
                       "r"(r8), "r"(r9), "r"(r12)
                     : "rcx", "r11", "memory", "cc");
    return r;
}

#ifdef __SANITIZE_ADDRESS__
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#endif

/* Under ASan, the vfork child's frames below the parent's were poisoned
 * and never returned from (it exec'd or exited): the parent's own calls
 * will reuse that stack. */
static void unpoison_child_stack(uintptr_t stack_top)
{
#ifdef __SANITIZE_ADDRESS__
    const size_t depth = 1024 * 1024;
    __asan_unpoison_memory_region((const void *)(stack_top - depth), depth);
#else
    (void)stack_top;
#endif
}

/* The child's guest state: the parent's after the system call
 * instruction (rcx and r11 as `syscall` leaves them, or kept by int 0x80),
 * with the child's return value. */
static Thread *vfork_child_thread(Thread *parent, uint64_t flags, const uint64_t args[6])
{
    Thread *child = dispatch_thread_new(parent->process);
    if (!child)
        return NULL;
    child->ctx = parent->ctx;
    memcpy(child->xsave, parent->xsave, sizeof(child->xsave));
    child->signals = parent->signals; /* the mask and the alternate stack */
    child->signals.holding = false;
    child->signals.queued_count = 0;
    child->ctx.rax = 0;
    clone_child(child, flags, args[1], args[4]);
    return child;
}

/*
 * vfork and CLONE_VM|CLONE_VFORK (posix_spawn): a real vfork. The child
 * shares the memory, so what it writes before its exec or exit is the
 * parent's (glibc's posix_spawn reports a failed exec through it); it runs
 * Shunt on a Thread of its own and on the runtime stack below the
 * suspended parent's frames. It may translate into the shared cache (the
 * parent waits, so nothing races) and change the shared guest memory map,
 * as natively; what is per-process natively (signal actions, the persona,
 * the hidden exe fd's number in a file table the child does not share) is
 * given back to the parent as it was.
 */
static int64_t vfork_emulated(Thread *thread, uint64_t flags, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    GuestSigaction *actions = malloc(sizeof(os->sigactions));
    Thread *child = actions ? vfork_child_thread(thread, flags, args) : NULL;
    if (!child) {
        free(actions);
        return -ENOMEM;
    }
    memcpy(actions, os->sigactions, sizeof(os->sigactions));
    uint32_t personality = os->personality;
    int exe_fd = os->exe_fd;
    uintptr_t stack_top = ((uintptr_t)__builtin_frame_address(0) - VFORK_STACK_GAP) & ~15ULL;
    uint64_t host_flags = flags & ~(uint64_t)CLONE_SETTLS;
    int64_t r = host_vfork(host_flags, stack_top, args, child);
    unpoison_child_stack(stack_top);
    memcpy(os->sigactions, actions, sizeof(os->sigactions));
    os->personality = personality;
    os->exe_fd = exe_fd;
    free(actions);
    if (child->host_altstack)
        munmap(child->host_altstack, DISPATCH_ALTSTACK_SIZE);
    munmap(child, sizeof(Thread));
    return r;
}

int64_t os_sys_clone(Thread *thread, const uint64_t args[6])
{
    uint64_t flags = args[0];
    if (flags & (CLONE_THREAD | CLONE_SIGHAND))
        return -ENOSYS; /* threads: a later issue */
    if ((flags & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK))
        return vfork_emulated(thread, flags, args);
    /* CLONE_VM alone would run two Shunts on one memory at once: a fork. */
    uint64_t host_flags = flags & ~(uint64_t)(CLONE_VM | CLONE_VFORK | CLONE_SETTLS);
    int64_t r = raw_syscall6(SYS_clone, host_flags, 0, args[2], args[3], 0, 0);
    if (r == 0)
        clone_child(thread, flags, args[1], args[4]);
    return r;
}

int64_t os_sys_fork(Thread *thread, const uint64_t args[6])
{
    (void)thread;
    (void)args;
    return raw_syscall(SYS_fork, 0, 0, 0);
}

int64_t os_sys_vfork(Thread *thread, const uint64_t args[6])
{
    (void)args;
    const uint64_t clone_args[6] = {CLONE_VM | CLONE_VFORK | SIGCHLD, 0, 0, 0, 0, 0};
    return vfork_emulated(thread, clone_args[0], clone_args);
}

int64_t os_sys_personality(Thread *thread, const uint64_t args[6])
{
    uint32_t persona = (uint32_t)args[0];
    int64_t r = raw_syscall(SYS_personality, persona, 0, 0);
    if (r >= 0 && persona != 0xffffffffu) /* all ones only queries */
        thread->process->os.personality = persona;
    return r;
}

int os_effective_prot(const OsState *os, int prot, int fd)
{
    if (!(os->personality & READ_IMPLIES_EXEC) || !(prot & PROT_READ))
        return prot;
    struct statfs fs;
    if (fd >= 0 && raw_syscall(SYS_fstatfs, (uint64_t)fd, (uint64_t)(uintptr_t)&fs, 0) == 0 &&
        (fs.f_flags & ST_NOEXEC))
        return prot;
    return prot | PROT_EXEC;
}
