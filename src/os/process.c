/*
 * os/process.c: exit, arch_prctl, fork/clone and personality.
 *
 * The guest's FS and GS bases live in its context (the context switch
 * loads FS on entry to the cache), so arch_prctl must refuse what the
 * kernel refuses: a base Shunt loads with wrfsbase later must be
 * canonical. fork-like clones become host forks: the child is a copy of
 * Shunt with a copy of the cache, which is exactly what it needs (the
 * cache is shared memory, so the copy is made on purpose: cache.h). vfork and
 * CLONE_VM|CLONE_VFORK (posix_spawn) are real vforks (see vfork_emulated):
 * the parent is suspended while the child runs, so the child may use
 * Shunt's state, and its writes reach the parent as natively (QEMU turns
 * them into forks, and loses them). Threads (CLONE_THREAD) are a later
 * issue. The persona is tracked
 * because READ_IMPLIES_EXEC changes what mmap makes executable.
 */
#include "os/os_internal.h"

#include <asm/prctl.h>
#include <linux/seccomp.h>
#include <linux/futex.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/prctl.h>
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
static void flush_logs(Thread *thread)
{
    Process *process = thread->process;
    if (process->options.stats) {
        process->stats.fork_copies = cache_fork_segments_copied(process->cache);
        log_stats(stderr, &process->stats);
    }
    log_flush(process->log);
    fflush(stderr);
}

void os_exit_process(Thread *thread, int status, bool group)
{
    flush_logs(thread);
    for (;;)
        raw_syscall(group ? SYS_exit_group : SYS_exit, (uint64_t)status, 0, 0);
}

/* Ends the calling task alone with SIGKILL, as the kernel ends a task that
 * breaks seccomp's strict mode (do_exit(SIGKILL)): by breaking it on the
 * host. Only where the kernel has no seccomp (the guest could not have
 * entered the mode then) does the whole process get the SIGKILL. */
__attribute__((noreturn)) static void exit_killed(void)
{
    raw_syscall(SYS_prctl, PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0);
    raw_syscall(SYS_getpid, 0, 0, 0);
    for (;;)
        raw_syscall(SYS_kill, (uint64_t)raw_syscall(SYS_getpid, 0, 0, 0), SIGKILL, 0);
}

/*
 * exit ends the calling thread. The last one to go ends the process (its
 * wait status is the first task's, as the kernel makes it); one that
 * leaves others running zeroes its CLONE_CHILD_CLEARTID word and wakes a
 * waiter on it (pthread_join), as the kernel's mm_release does, then
 * leaves: the first task with a raw exit (the kernel keeps it as the
 * group's leader), any other through dispatch_thread_leave. `killed_by`:
 * seccomp ends the thread with that signal instead, which only the first
 * task's or the last one's shows (a wait status). Every
 * signal is blocked from here on: none may find the Thread block once it
 * is reused. Not instrumented by AddressSanitizer, which calls
 * sigaltstack before a noreturn call.
 */
__attribute__((no_sanitize_address)) void os_thread_exit(Thread *thread, int status, int killed_by)
{
    /* Holding no record of a block from here on, for good (dispatch.c,
     * "Reclaiming"): a leader that exits first stays in the list. */
    __atomic_store_n(&thread->gone, true, __ATOMIC_RELEASE);
    bool last = thread->vfork_child || /* a process of its own, with one thread */
                __atomic_sub_fetch(&thread->process->live_threads, 1, __ATOMIC_ACQ_REL) == 0;
    if (last) { /* nothing else first: seccomp's strict mode allows exit only */
        if (killed_by) {
            flush_logs(thread);
            os_die_of(thread, killed_by);
        }
        os_exit_process(thread, status, false);
    }
    dispatch_signal_set_mask(~0ULL);
    os_signals_thread_exit(thread);
    if (thread->clear_tid) {
        const uint32_t zero = 0;
        os_guest_write(thread->clear_tid, &zero, sizeof(zero));
        raw_syscall6(SYS_futex, thread->clear_tid, FUTEX_WAKE, 1, 0, 0, 0);
    }
    if (thread->leader && killed_by)
        exit_killed(); /* SIGKILL for SIGSYS too: only a wait status could tell */
    if (thread->seccomp_strict) {
        /* The host thread goes on in Shunt's code and the C library's,
         * which may read the clock through the vDSO's rdtsc. */
        raw_syscall(SYS_prctl, PR_SET_TSC, PR_TSC_ENABLE, 0);
        thread->seccomp_strict = false;
    }
    if (thread->leader)
        for (;;)
            raw_syscall(SYS_exit, (uint64_t)status, 0, 0);
    dispatch_thread_leave(thread);
}

int64_t os_sys_exit(Thread *thread, const uint64_t args[6])
{
    os_thread_exit(thread, (int)args[0], 0);
}

int64_t os_sys_exit_group(Thread *thread, const uint64_t args[6])
{
    os_exit_process(thread, (int)args[0], true);
}

/* set_tid_address: the word exit zeroes (see os_sys_exit); the caller's tid. */
int64_t os_sys_set_tid_address(Thread *thread, const uint64_t args[6])
{
    thread->clear_tid = args[0];
    return raw_syscall(SYS_gettid, 0, 0, 0);
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

/* clone's and clone3's arguments, in clone3's terms. */
typedef struct CloneArgs {
    uint64_t flags;       /* without the exit signal */
    uint64_t exit_signal; /* SIGCHLD for fork */
    GuestAddr stack;      /* where the child's rsp starts, 0: the caller's */
    GuestAddr parent_tid, pidfd, child_tid, tls;
    const void *clone3; /* clone3's struct as the guest gave it, or NULL */
    size_t clone3_size;
} CloneArgs;

/* The host's clone of a fork-like guest clone: the child goes on here, on
 * Shunt's stack, with Shunt's TLS (the guest's stack and TLS are set in
 * its context by clone_child). */
static int64_t host_clone_process(uint64_t flags, const CloneArgs *ca)
{
    uint64_t host_flags = flags & ~(uint64_t)CLONE_SETTLS;
    if (!ca->clone3)
        return raw_syscall6(SYS_clone, host_flags | ca->exit_signal, 0, ca->parent_tid,
                            ca->child_tid, 0, 0);
    uint8_t copy[4096];
    memcpy(copy, ca->clone3, ca->clone3_size < 88 ? ca->clone3_size : 88);
    if (ca->clone3_size > 88)
        memset(copy + 88, 0, ca->clone3_size - 88);
    uint64_t *words = (uint64_t *)(void *)copy;
    words[0] = host_flags;
    words[5] = 0; /* stack, stack_size */
    words[6] = 0;
    words[7] = 0; /* tls */
    return raw_syscall(SYS_clone3, (uint64_t)(uintptr_t)copy, ca->clone3_size, 0);
}

/* The child side of a fork-like clone: its own stack and TLS if asked. */
static void clone_child(Thread *thread, uint64_t flags, uint64_t stack, uint64_t tls)
{
    if (stack)
        thread->ctx.rsp = stack;
    if (flags & CLONE_SETTLS)
        thread->ctx.fsbase = tls;
}

/* A child on a Thread block of its own (a vfork's, a thread): the parent's
 * registers after the system call instruction and its extended state, rax
 * 0 (clone's return in the child), the trap flag the parent's stepping set
 * aside, then its own stack and TLS if asked. */
static void child_state(Thread *child, const Thread *parent, uint64_t flags, uint64_t stack,
                        uint64_t tls)
{
    child->ctx = parent->ctx;
    child->ctx.rax = 0;
    if (parent->stepping)
        child->ctx.rflags |= 0x100;
    memcpy(child->xsave, parent->xsave, sizeof(child->xsave));
    clone_child(child, flags, stack, tls);
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
    child_state(child, parent, flags, args[1], args[4]);
    child->signals = parent->signals; /* the mask and the alternate stack */
    child->signals.holding = false;
    child->signals.queued_count = 0;
    child->vfork_child = true;
    child->leader = true;
    child->seccomp_filters = parent->seccomp_filters;
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
    dispatch_thread_list(child);
    int64_t r = host_vfork(host_flags, stack_top, args, child);
    unpoison_child_stack(stack_top);
    dispatch_thread_unlist(child);
    memcpy(os->sigactions, actions, sizeof(os->sigactions));
    os->personality = personality;
    os->exe_fd = exe_fd;
    free(actions);
    if (child->host_altstack)
        munmap(child->host_altstack, DISPATCH_ALTSTACK_SIZE);
    munmap(child, sizeof(Thread));
    return r;
}

/*
 * A new guest thread (CLONE_THREAD), after the kernel's checks of the
 * flags: it starts as the kernel starts it, with the caller's registers
 * and extended state (rax 0, the new stack and TLS if given), the
 * caller's signal mask, no alternate signal stack and nothing pending.
 */
static int64_t clone_thread(Thread *thread, uint64_t flags, const CloneArgs *ca)
{
    if (!(flags & CLONE_SIGHAND) || !(flags & CLONE_VM))
        return -EINVAL;
    if ((flags & CLONE_SETTLS) && ca->tls >= thread->process->os.task_size_max)
        return -EPERM;
    Thread *child = dispatch_thread_alloc(thread->process);
    if (!child)
        return -ENOMEM;
    child_state(child, thread, flags, ca->stack, ca->tls);
    child->signals.blocked = thread->signals.blocked;
    child->seccomp_filters = thread->seccomp_filters; /* shared, as the kernel shares them */
    int64_t tid = dispatch_thread_spawn(thread, child, flags, ca->parent_tid, ca->child_tid);
    if (tid > 0 && (flags & CLONE_PIDFD)) {
        int64_t fd = raw_syscall(SYS_pidfd_open, (uint64_t)tid, O_EXCL /* PIDFD_THREAD */, 0);
        if (fd >= 0)
            os_guest_write(ca->pidfd, &(int32_t){(int32_t)fd}, sizeof(int32_t));
    }
    return tid;
}

/*
 * A fork-like clone. With one guest thread the host's clone does it with
 * the guest's flags (the child is a copy of Shunt, which is exactly what
 * it needs). With several, another thread may be inside malloc or stdio
 * (a translation, a -strace line), and a child forked under it would wait
 * for a lock nobody will release: glibc's fork() takes those locks first,
 * and the process lock keeps Shunt's own state still; the guest's tid
 * words are then written here, as the kernel would have. Flags fork()
 * cannot give (another exit signal, namespaces...) still go to the kernel.
 */
static int64_t clone_process(Thread *thread, uint64_t flags, const CloneArgs *ca)
{
    const uint64_t tid_flags = CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | CLONE_PARENT_SETTID;
    Cache *cache = thread->process->cache;
    bool threaded = dispatch_thread_count(thread->process) > 1;
    bool plain =
        (flags & ~(tid_flags | CLONE_SETTLS | CLONE_VM)) == 0 && ca->exit_signal == SIGCHLD;
    if (threaded)
        dispatch_lock(thread);
    /* The cache becomes copy-on-write for both, marked now, while the
     * lock (or the one thread) keeps it still (cache_fork_prepare). */
    if (!cache_fork_prepare(cache)) {
        if (threaded)
            dispatch_unlock(thread);
        return -ENOMEM;
    }
    int64_t r;
    if (threaded && plain) {
        r = fork();
        if (r < 0)
            r = -errno;
        else if (r == 0 && (flags & CLONE_CHILD_SETTID))
            os_guest_write(ca->child_tid, &(int32_t){(int32_t)raw_syscall(SYS_getpid, 0, 0, 0)},
                           sizeof(int32_t));
        else if (r > 0 && (flags & CLONE_PARENT_SETTID))
            os_guest_write(ca->parent_tid, &(int32_t){(int32_t)r}, sizeof(int32_t));
    } else {
        r = host_clone_process(flags, ca);
    }
    if (r == 0) {
        if (threaded)
            dispatch_thread_forked(thread);
        thread->clear_tid = (flags & CLONE_CHILD_CLEARTID) ? ca->child_tid : 0;
        clone_child(thread, flags, ca->stack, ca->tls);
    } else if (threaded) {
        dispatch_unlock(thread);
    }
    return r;
}

static int64_t clone_any(Thread *thread, const CloneArgs *ca, const uint64_t args[6])
{
    uint64_t flags = ca->flags;
    if (flags & CLONE_THREAD)
        return clone_thread(thread, flags, ca);
    if (flags & CLONE_SIGHAND)
        return (flags & CLONE_VM) ? -ENOSYS /* a task sharing memory and actions: not yet */
                                  : -EINVAL;
    if ((flags & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK))
        return vfork_emulated(thread, flags | ca->exit_signal, args);
    /* CLONE_VM alone would run two Shunts on one memory at once: a fork. */
    return clone_process(thread, flags & ~(uint64_t)(CLONE_VM | CLONE_VFORK), ca);
}

int64_t os_sys_clone(Thread *thread, const uint64_t args[6])
{
    /* clone's order: flags (exit signal in the low byte), stack,
     * parent_tid, child_tid, tls. */
    CloneArgs ca = {.flags = args[0] & ~0xFFULL,
                    .exit_signal = args[0] & 0xFF,
                    .stack = args[1],
                    .parent_tid = args[2],
                    .pidfd = args[2],
                    .child_tid = args[3],
                    .tls = args[4]};
    return clone_any(thread, &ca, args);
}

/*
 * clone3: its struct read as the kernel reads it (a size it knows, bytes
 * past what it knows all zero), then as clone. The stack is given as a
 * range: the child starts at its top. set_tid and cgroup are left to the
 * kernel in a fork-like clone.
 */
int64_t os_sys_clone3(Thread *thread, const uint64_t args[6])
{
    struct clone_args_v2 {
        uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
        uint64_t set_tid, set_tid_size, cgroup;
    } raw = {0};
    size_t size = args[1];
    if (size < 64 || size > 4096)
        return size < 64 ? -EINVAL : -E2BIG;
    uint8_t buf[4096];
    if (os_guest_read(buf, args[0], size) != 0)
        return -EFAULT;
    for (size_t i = sizeof(raw); i < size; i++)
        if (buf[i])
            return -E2BIG;
    memcpy(&raw, buf, size < sizeof(raw) ? size : sizeof(raw));
    if ((raw.exit_signal & ~0xFFULL) || raw.exit_signal > 64 || (!raw.stack != !raw.stack_size))
        return -EINVAL;
    /* The low byte is clone's exit signal, but for CLONE_NEWTIME (0x80);
     * a thread or CLONE_PARENT sends none. */
    if ((raw.flags & (CLONE_DETACHED | 0x7F)) ||
        ((raw.flags & (CLONE_THREAD | CLONE_PARENT)) && raw.exit_signal))
        return -EINVAL;
    CloneArgs ca = {.flags = raw.flags,
                    .exit_signal = raw.exit_signal,
                    .stack = raw.stack ? raw.stack + raw.stack_size : 0,
                    .parent_tid = raw.parent_tid,
                    .pidfd = raw.pidfd,
                    .child_tid = raw.child_tid,
                    .tls = raw.tls,
                    .clone3 = &raw,
                    .clone3_size = size};
    const uint64_t vfork_args[6] = {
        raw.flags | raw.exit_signal, ca.stack, raw.parent_tid, raw.child_tid, raw.tls, 0};
    return clone_any(thread, &ca, vfork_args);
}

int64_t os_sys_fork(Thread *thread, const uint64_t args[6])
{
    (void)args;
    CloneArgs ca = {.exit_signal = SIGCHLD};
    return clone_process(thread, 0, &ca);
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
