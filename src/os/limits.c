/*
 * os/limits.c: RLIMIT_STACK, as the guest must see and feel it.
 *
 * The guest's stack is the process's own [stack] (loader/stack.c), but the
 * top of that vma holds Shunt's part: the kernel's strings of Shunt's own
 * command line, Shunt's frames and the room they run in. The kernel counts
 * all of it against RLIMIT_STACK, so the guest would overflow about 1 MiB
 * earlier than natively. Shunt raises the soft limit by the size of its
 * part (as far as the hard limit allows) and shows the guest the limit it
 * set: getrlimit, setrlimit and prlimit64 on this process translate, and
 * around an execve the kernel gets the guest's value back (the new program
 * starts with the limit it would have natively, and its Shunt raises it
 * again). /proc/self/limits shows the raised value.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef struct Rlimit64 {
    uint64_t cur, max;
} Rlimit64;

/* The soft limit the host needs for the guest's `soft` (hard: the cap). */
static uint64_t host_soft(const OsState *os, uint64_t soft, uint64_t hard)
{
    if (soft == RLIM_INFINITY)
        return soft;
    uint64_t raised = soft + os->stack_extra;
    return raised < soft || raised > hard ? hard : raised;
}

static int64_t host_stack_limit(Rlimit64 *limit)
{
    return raw_syscall6(SYS_prlimit64, 0, RLIMIT_STACK, 0, (uint64_t)(uintptr_t)limit, 0, 0);
}

/* Sets the host's stack limit for the guest's (`soft`, `hard`). */
static int64_t set_stack_limit(OsState *os, Rlimit64 guest)
{
    if (guest.cur != RLIM_INFINITY && guest.max != RLIM_INFINITY && guest.cur > guest.max)
        return -EINVAL;
    Rlimit64 host = {host_soft(os, guest.cur, guest.max), guest.max};
    int64_t r = raw_syscall6(SYS_prlimit64, 0, RLIMIT_STACK, (uint64_t)(uintptr_t)&host, 0, 0, 0);
    if (r == 0)
        os->guest_stack_soft = guest.cur;
    return r;
}

void os_limits_init(OsState *os, uint64_t shunt_above)
{
    Rlimit64 limit;
    if (host_stack_limit(&limit) != 0)
        return;
    os->guest_stack_soft = limit.cur;
    os->stack_extra = shunt_above;
    if (limit.cur != RLIM_INFINITY && shunt_above)
        set_stack_limit(os, limit);
}

void os_limits_exec(Thread *thread, bool before)
{
    OsState *os = &thread->process->os;
    Rlimit64 limit;
    if (!os->stack_extra || host_stack_limit(&limit) != 0)
        return;
    Rlimit64 host = {before ? os->guest_stack_soft : host_soft(os, os->guest_stack_soft, limit.max),
                     limit.max};
    raw_syscall6(SYS_prlimit64, 0, RLIMIT_STACK, (uint64_t)(uintptr_t)&host, 0, 0, 0);
}

static bool is_self(int64_t pid)
{
    return pid == 0 || pid == getpid() || pid == gettid(); /* a tid names its process here */
}

/* prlimit64 in the kernel's order: read the new limit, then the old one
 * out after the change. */
int64_t os_sys_prlimit64(Thread *thread, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    if ((uint32_t)args[1] != RLIMIT_STACK || !is_self((int32_t)args[0]) || !os->stack_extra)
        return dispatch_safe_syscall(SYS_prlimit64, args[0], args[1], args[2], args[3], 0, 0);
    Rlimit64 new_limit, old;
    if (args[2] && os_guest_read(&new_limit, args[2], sizeof(new_limit)) != 0)
        return -EFAULT;
    int64_t r = host_stack_limit(&old);
    if (r != 0)
        return r;
    old.cur = os->guest_stack_soft;
    if (args[2] && (r = set_stack_limit(os, new_limit)) != 0)
        return r;
    if (args[3] && os_guest_write(args[3], &old, sizeof(old)) != 0)
        return -EFAULT;
    return 0;
}

int64_t os_sys_getrlimit(Thread *thread, const uint64_t args[6])
{
    const uint64_t prlimit_args[6] = {0, args[0], 0, args[1], 0, 0};
    return os_sys_prlimit64(thread, prlimit_args);
}

int64_t os_sys_setrlimit(Thread *thread, const uint64_t args[6])
{
    const uint64_t prlimit_args[6] = {0, args[0], args[1], 0, 0, 0};
    return os_sys_prlimit64(thread, prlimit_args);
}
