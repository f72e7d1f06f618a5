/*
 * os/process.c: exit, arch_prctl, fork/clone and personality.
 *
 * The guest's FS and GS bases live in its context (the context switch
 * loads FS on entry to the cache), so arch_prctl must refuse what the
 * kernel refuses: a base Shunt loads with wrfsbase later must be
 * canonical. fork-like clones become host forks: the child is a copy of
 * Shunt with the same cache, which is exactly what it needs. vfork and
 * CLONE_VM|CLONE_VFORK (posix_spawn) become plain forks, as in QEMU: a
 * child sharing Shunt's memory would corrupt the parent's translator
 * state. Threads (CLONE_THREAD) are a later issue. The persona is tracked
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

int64_t os_sys_clone(Thread *thread, const uint64_t args[6])
{
    uint64_t flags = args[0];
    if (flags & (CLONE_THREAD | CLONE_SIGHAND))
        return -ENOSYS; /* threads: a later issue */
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
