/*
 * os/process.c: exit, arch_prctl, fork/clone and execve.
 *
 * The guest's FS and GS bases live in its context (the context switch
 * loads FS on entry to the cache). fork-like clones become host forks: the
 * child is a copy of Shunt with the same cache, which is exactly what it
 * needs. vfork and CLONE_VM|CLONE_VFORK (posix_spawn) become plain forks,
 * as in QEMU: a child sharing Shunt's memory would corrupt the parent's
 * translator state. Threads (CLONE_THREAD) are a later issue. execve runs
 * the new program under Shunt, with the same options.
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
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

void os_exit_process(Thread *thread, int status)
{
    Process *process = thread->process;
    if (process->options.stats)
        log_stats(stderr, &process->stats);
    log_flush(process->log);
    fflush(stderr);
    for (;;)
        raw_syscall(SYS_exit_group, (uint64_t)status, 0, 0);
}

int64_t os_sys_exit_group(Thread *thread, const uint64_t args[6])
{
    os_exit_process(thread, (int)args[0]);
}

int64_t os_sys_arch_prctl(Thread *thread, const uint64_t args[6])
{
    GuestContext *ctx = &thread->ctx;
    switch (args[0]) {
    case ARCH_SET_FS:
        ctx->fsbase = args[1];
        return 0;
    case ARCH_SET_GS:
        ctx->gsbase = args[1];
        dispatch_clear_gs_selector(thread);
        return 0;
    case ARCH_GET_FS:
    case ARCH_GET_GS: {
        uint64_t value = args[0] == ARCH_GET_FS ? ctx->fsbase : ctx->gsbase;
        /* A bad guest pointer must give EFAULT, not crash Shunt. */
        if (!os_guest_access_ok(&thread->process->os.map, args[1], sizeof(value), PROT_WRITE))
            return -EFAULT;
        memcpy((void *)(uintptr_t)args[1], &value, sizeof(value));
        return 0;
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

const char *os_exe_alias(Thread *thread, const char *path)
{
    char own[64];
    snprintf(own, sizeof(own), "/proc/%d/exe", (int)getpid());
    if (strcmp(path, "/proc/self/exe") == 0 || strcmp(path, own) == 0)
        return thread->process->os.guest_path;
    return NULL;
}

/* What execve itself would refuse, checked before Shunt re-executes
 * itself: the caller must see the same errno it would see natively. */
static int64_t exec_precheck(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -errno;
    if (!S_ISREG(st.st_mode))
        return -EACCES;
    if (access(path, X_OK) != 0)
        return -errno;
    return 0;
}

/* Entries of a guest's NULL-terminated pointer array (the strings
 * themselves the kernel checks), or -EFAULT. A NULL array is empty. */
static int64_t count_guest_pointers(const GuestMap *map, GuestAddr list)
{
    int64_t n = 0;
    if (!list)
        return 0;
    for (;; n++) {
        GuestAddr slot = list + (uint64_t)n * 8;
        if (!os_guest_access_ok(map, slot, 8, PROT_READ))
            return -EFAULT;
        if (*(const uint64_t *)(uintptr_t)slot == 0)
            return n;
    }
}

static size_t count_strings(char *const *list)
{
    size_t n = 0;
    while (list && list[n])
        n++;
    return n;
}

int64_t os_sys_execve(Thread *thread, const uint64_t args[6])
{
    Process *process = thread->process;
    char copy[PATH_MAX];
    int64_t check = os_guest_string(&process->os.map, args[0], copy, sizeof(copy));
    if (check)
        return check;
    const char *alias = os_exe_alias(thread, copy);
    const char *path = alias ? alias : copy;
    char *const *argv = (char *const *)(uintptr_t)args[1];
    int64_t nargs = count_guest_pointers(&process->os.map, args[1]);
    if (nargs < 0)
        return nargs;
    if ((check = exec_precheck(path)) != 0)
        return check;
    size_t nopts = count_strings(process->shunt_options);
    char **new_argv = calloc(nopts + (size_t)nargs + 5, sizeof(char *));
    if (!new_argv)
        return -ENOMEM;
    size_t n = 0;
    new_argv[n++] = process->shunt_path;
    for (size_t i = 0; i < nopts; i++)
        new_argv[n++] = process->shunt_options[i];
    if (nargs) {
        new_argv[n++] = "-0";
        new_argv[n++] = argv[0];
    }
    new_argv[n++] = (char *)path;
    for (int64_t i = 1; i < nargs; i++)
        new_argv[n++] = argv[i];
    log_flush(process->log);
    int64_t r = raw_syscall(SYS_execve, (uint64_t)(uintptr_t)process->shunt_path,
                            (uint64_t)(uintptr_t)new_argv, args[2]);
    free(new_argv);
    return r;
}
