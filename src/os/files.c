/*
 * os/files.c: file-system calls whose answer would reveal Shunt.
 *
 * readlink("/proc/self/exe") names the guest program, not Shunt.
 */
#include "os/os_internal.h"

#include <string.h>
#include <sys/syscall.h>

static int64_t copy_link(const char *target, uint64_t buf, uint64_t size)
{
    size_t len = strlen(target);
    if ((int64_t)size <= 0)
        return -22; /* EINVAL */
    if (len > size)
        len = size;
    /* The kernel writes without a terminating NUL; so do we. The buffer is
     * the guest's: a bad one faults in the guest's own terms later. */
    memcpy((void *)(uintptr_t)buf, target, len);
    return (int64_t)len;
}

int64_t os_sys_readlink(Thread *thread, const uint64_t args[6])
{
    const char *alias = os_exe_alias(thread, (const char *)(uintptr_t)args[0]);
    if (alias)
        return copy_link(alias, args[1], args[2]);
    return raw_syscall(SYS_readlink, args[0], args[1], args[2]);
}

int64_t os_sys_readlinkat(Thread *thread, const uint64_t args[6])
{
    const char *path = (const char *)(uintptr_t)args[1];
    const char *alias = path[0] == '/' ? os_exe_alias(thread, path) : NULL;
    if (alias)
        return copy_link(alias, args[2], args[3]);
    return raw_syscall6(SYS_readlinkat, args[0], args[1], args[2], args[3], 0, 0);
}
