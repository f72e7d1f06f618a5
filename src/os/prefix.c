/*
 * os/prefix.c: -L PATH, a root for the guest's absolute paths, as
 * qemu-user's -L (its util/path.c): a path is taken under the prefix when
 * it exists there, else as it is (base_prefixed_path, which the loader
 * uses for PT_INTERP); the guest's lookups through open, openat, openat2,
 * creat, stat, lstat, newfstatat, statx, access, faccessat, faccessat2,
 * readlink and readlinkat go through os_prefix_arguments. The guest's
 * registers are untouched: only the copy of the arguments that the
 * handler or the kernel gets points at the prefixed path.
 */
#include "os/os_internal.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>

/* Which argument of call `nr` is a path it looks up, or -1. */
static int path_argument(uint32_t nr)
{
    switch (nr) {
    case SYS_open:
    case SYS_creat:
    case SYS_stat:
    case SYS_lstat:
    case SYS_access:
    case SYS_readlink:
        return 0;
    case SYS_openat:
    case SYS_openat2:
    case SYS_newfstatat:
    case SYS_statx:
    case SYS_faccessat:
    case SYS_faccessat2:
    case SYS_readlinkat:
        return 1;
    default:
        return -1;
    }
}

void os_prefix_arguments(const char *prefix, uint32_t nr, uint64_t args[6], char *buf, size_t size)
{
    int i = path_argument(nr);
    char path[PATH_MAX];
    if (i < 0 || os_guest_string(args[i], path, sizeof(path)) != 0)
        return; /* the handler or the kernel answers EFAULT or ENAMETOOLONG itself */
    if (base_prefixed_path(prefix, path, buf, size) == buf)
        args[i] = (uint64_t)(uintptr_t)buf;
}
