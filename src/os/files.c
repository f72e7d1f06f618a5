/*
 * os/files.c: file-system calls whose answer would reveal Shunt.
 *
 * /proc/self/exe names and opens the guest program, not Shunt;
 * /proc/self/cmdline holds the guest's arguments.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The guest's path at `addr`, copied (Shunt compares it before the kernel
 * sees it); -EFAULT or -ENAMETOOLONG as the kernel would answer. */
static int64_t guest_path(Thread *thread, uint64_t addr, char path[PATH_MAX])
{
    return os_guest_string(&thread->process->os.map, addr, path, PATH_MAX);
}

static int64_t copy_link(Thread *thread, const char *target, uint64_t buf, uint64_t size)
{
    size_t len = strlen(target);
    if ((int64_t)size <= 0)
        return -EINVAL;
    if (len > size)
        len = size;
    if (!os_guest_access_ok(&thread->process->os.map, buf, len, PROT_WRITE))
        return -EFAULT;
    memcpy((void *)(uintptr_t)buf, target, len); /* no NUL, as the kernel */
    return (int64_t)len;
}

int64_t os_sys_readlink(Thread *thread, const uint64_t args[6])
{
    char path[PATH_MAX];
    int64_t r = guest_path(thread, args[0], path);
    if (r < 0)
        return r;
    const char *alias = os_exe_alias(thread, path);
    if (alias)
        return copy_link(thread, alias, args[1], args[2]);
    return raw_syscall(SYS_readlink, (uint64_t)(uintptr_t)path, args[1], args[2]);
}

int64_t os_sys_readlinkat(Thread *thread, const uint64_t args[6])
{
    char path[PATH_MAX];
    int64_t r = guest_path(thread, args[1], path);
    if (r < 0)
        return r;
    const char *alias = path[0] == '/' ? os_exe_alias(thread, path) : NULL;
    if (alias)
        return copy_link(thread, alias, args[2], args[3]);
    return raw_syscall6(SYS_readlinkat, args[0], (uint64_t)(uintptr_t)path, args[2], args[3], 0, 0);
}

static bool is_own_proc_file(const char *path, const char *file)
{
    char own[64];
    snprintf(own, sizeof(own), "/proc/%d/%s", (int)getpid(), file);
    char self[64];
    snprintf(self, sizeof(self), "/proc/self/%s", file);
    return strcmp(path, own) == 0 || strcmp(path, self) == 0;
}

/* /proc/self/cmdline: the guest's argv, NUL-terminated strings, served
 * from a memfd (the kernel's would show Shunt's command line). */
static int64_t open_cmdline(Thread *thread, uint64_t flags)
{
    const OsState *os = &thread->process->os;
    int64_t fd = raw_syscall(SYS_memfd_create, (uint64_t)(uintptr_t) "cmdline",
                             (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0, 0);
    if (fd < 0)
        return fd;
    for (int i = 0; i < os->guest_argc; i++) {
        const char *arg = os->guest_argv[i];
        raw_syscall(SYS_write, (uint64_t)fd, (uint64_t)(uintptr_t)arg, strlen(arg) + 1);
    }
    raw_syscall(SYS_lseek, (uint64_t)fd, 0, SEEK_SET);
    return fd;
}

/* Opens what the guest would see at the path at `addr`. */
static int64_t open_guest_view(Thread *thread, uint64_t dirfd, uint64_t addr, uint64_t flags,
                               uint64_t mode)
{
    char copy[PATH_MAX];
    int64_t r = guest_path(thread, addr, copy);
    if (r < 0)
        return r;
    const char *path = copy;
    if (path[0] == '/') {
        const char *alias = os_exe_alias(thread, path);
        if (alias)
            path = alias;
        else if (is_own_proc_file(path, "cmdline"))
            return open_cmdline(thread, flags);
    }
    return raw_syscall6(SYS_openat, dirfd, (uint64_t)(uintptr_t)path, flags, mode, 0, 0);
}

int64_t os_sys_open(Thread *thread, const uint64_t args[6])
{
    return open_guest_view(thread, (uint64_t)AT_FDCWD, args[0], args[1], args[2]);
}

int64_t os_sys_openat(Thread *thread, const uint64_t args[6])
{
    return open_guest_view(thread, args[0], args[1], args[2], args[3]);
}
