/*
 * os/files.c: file-system calls whose answer would reveal Shunt.
 *
 * Opening or reading the link of one of the process's own /proc files
 * goes to procfs.c (exe names and opens the guest program, not Shunt;
 * cmdline, auxv and stat are the guest's). Opening the guest's program
 * for writing, or with O_TRUNC, by any path, is ETXTBSY as natively (the
 * kernel denies writes to a running executable; Shunt only mapped the
 * guest's). The fd Shunt keeps of the program is not there for the guest:
 * close, close_range and dup2/dup3 behave as if it were free.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/close_range.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static int64_t copy_link(const char *target, uint64_t buf, int size)
{
    size_t len = strlen(target);
    if (len > (size_t)size)
        len = (size_t)size;
    int64_t r = os_guest_write(buf, target, len); /* no NUL, as the kernel */
    return r < 0 ? r : (int64_t)len;
}

/* readlinkat; AT_FDCWD for readlink. The kernel refuses a size <= 0
 * before it reads the path. */
static int64_t readlink_guest_view(Thread *thread, int dirfd, uint64_t addr, uint64_t buf, int size)
{
    char path[PATH_MAX];
    if (size <= 0)
        return -EINVAL;
    int64_t r = os_guest_string(addr, path, sizeof(path));
    if (r < 0)
        return r;
    if (os_proc_file(dirfd, path) == PROC_EXE) {
        char target[PATH_MAX];
        r = os_proc_exe_link(&thread->process->os, target, sizeof(target));
        return r < 0 ? r : copy_link(target, buf, size);
    }
    return raw_syscall6(SYS_readlinkat, (uint64_t)dirfd, (uint64_t)(uintptr_t)path, buf,
                        (uint64_t)size, 0, 0);
}

int64_t os_sys_readlink(Thread *thread, const uint64_t args[6])
{
    return readlink_guest_view(thread, AT_FDCWD, args[0], args[1], (int)args[2]);
}

int64_t os_sys_readlinkat(Thread *thread, const uint64_t args[6])
{
    return readlink_guest_view(thread, (int)args[0], args[1], args[2], (int)args[3]);
}

static bool opens_for_writing(int flags)
{
    int access = flags & O_ACCMODE;
    if (flags & O_PATH)
        return false;
    if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
        return false; /* an existing file is EEXIST first */
    return access == O_WRONLY || access == O_RDWR || (flags & O_TRUNC);
}

/* ETXTBSY if `path` is the guest's program, checked before the open so
 * that O_TRUNC never truncates it. Permission errors come first, as in
 * the kernel's may_open. */
static int64_t deny_write_to_program(const OsState *os, int dirfd, const char *path, int flags)
{
    struct stat st;
    int nofollow = (flags & O_NOFOLLOW) ? AT_SYMLINK_NOFOLLOW : 0;
    if (os->exe_fd < 0 || !opens_for_writing(flags) ||
        raw_syscall6(SYS_newfstatat, (uint64_t)dirfd, (uint64_t)(uintptr_t)path,
                     (uint64_t)(uintptr_t)&st, (uint64_t)nofollow, 0, 0) != 0 ||
        st.st_dev != os->exe_dev || st.st_ino != os->exe_ino)
        return 0;
    int64_t r = raw_syscall6(SYS_faccessat2, (uint64_t)dirfd, (uint64_t)(uintptr_t)path, W_OK,
                             AT_EACCESS | (uint64_t)nofollow, 0, 0);
    return r < 0 ? r : -ETXTBSY;
}

/* What an open of the guest's `path` becomes: 1 with *fd set when Shunt
 * serves the file itself, 0 to open *path (the program's fd for its
 * /proc/self/exe), or -errno. */
static int64_t open_redirect(Thread *thread, int dirfd, const char **path, int flags, char exe[64],
                             int64_t *fd)
{
    const OsState *os = &thread->process->os;
    ProcFile file = os_proc_file(dirfd, *path);
    if (file == PROC_EXE && !(flags & O_NOFOLLOW)) { /* the magic link opens the program */
        *path = os_proc_exe_path(os, exe, 64);
    } else if (file != PROC_NONE && file != PROC_EXE) {
        *fd = os_proc_open(thread, file, flags);
        return 1;
    }
    int64_t r = deny_write_to_program(os, dirfd, *path, flags);
    return r < 0 ? r : 0;
}

/* Opens what the guest would see at the path at `addr`. */
static int64_t open_guest_view(Thread *thread, int dirfd, uint64_t addr, int flags, uint64_t mode)
{
    char copy[PATH_MAX], exe[64];
    int64_t fd, r = os_guest_string(addr, copy, sizeof(copy));
    const char *path = copy;
    if (r == 0)
        r = open_redirect(thread, dirfd, &path, flags, exe, &fd);
    if (r != 0)
        return r < 0 ? r : fd;
    /* A safe call: opening a FIFO blocks until its other end opens. */
    return dispatch_safe_syscall(SYS_openat, (uint64_t)dirfd, (uint64_t)(uintptr_t)path,
                                 (uint64_t)flags, mode, 0, 0);
}

int64_t os_sys_open(Thread *thread, const uint64_t args[6])
{
    return open_guest_view(thread, AT_FDCWD, args[0], (int)args[1], args[2]);
}

int64_t os_sys_openat(Thread *thread, const uint64_t args[6])
{
    return open_guest_view(thread, (int)args[0], args[1], (int)args[2], args[3]);
}

/* openat2: what Shunt cannot read or judge (a bad pointer, a short
 * struct, unknown flags) goes to the kernel, which answers with its errno. */
int64_t os_sys_openat2(Thread *thread, const uint64_t args[6])
{
    struct open_how how;
    char copy[PATH_MAX], exe[64];
    const char *path = copy;
    int64_t fd;
    if (args[3] < sizeof(how) || os_guest_read(&how, args[2], sizeof(how)) != 0 ||
        how.flags > UINT32_MAX || os_guest_string(args[1], copy, sizeof(copy)) != 0)
        return dispatch_safe_syscall(SYS_openat2, args[0], args[1], args[2], args[3], 0, 0);
    int64_t r = open_redirect(thread, (int)args[0], &path, (int)how.flags, exe, &fd);
    if (r != 0)
        return r < 0 ? r : fd;
    return dispatch_safe_syscall(SYS_openat2, args[0], (uint64_t)(uintptr_t)path, args[2], args[3],
                                 0, 0);
}

int64_t os_sys_creat(Thread *thread, const uint64_t args[6])
{
    return open_guest_view(thread, AT_FDCWD, args[0], O_CREAT | O_WRONLY | O_TRUNC, args[1]);
}

int64_t os_sys_close(Thread *thread, const uint64_t args[6])
{
    if ((int)args[0] == thread->process->os.exe_fd)
        return -EBADF;
    return dispatch_safe_syscall(SYS_close, args[0], 0, 0, 0, 0, 0); /* may block (SO_LINGER) */
}

/* close_range over the exe fd: the ranges on either side of it. */
int64_t os_sys_close_range(Thread *thread, const uint64_t args[6])
{
    unsigned first = (unsigned)args[0], last = (unsigned)args[1], flags = (unsigned)args[2];
    int exe = thread->process->os.exe_fd;
    if (exe < 0 || (unsigned)exe < first || (unsigned)exe > last)
        return raw_syscall(SYS_close_range, first, last, flags);
    if (flags & ~(unsigned)(CLOSE_RANGE_UNSHARE | CLOSE_RANGE_CLOEXEC))
        return -EINVAL;
    int64_t r = 0;
    if ((unsigned)exe > first)
        r = raw_syscall(SYS_close_range, first, (unsigned)exe - 1, flags);
    if (r == 0 && (unsigned)exe < last)
        r = raw_syscall(SYS_close_range, (unsigned)exe + 1, last, flags);
    return r;
}

/* Moves the exe fd out of the way of a dup2/dup3 onto its number. */
static void move_exe_fd(OsState *os)
{
    int64_t fd =
        raw_syscall(SYS_fcntl, (uint64_t)os->exe_fd, F_DUPFD_CLOEXEC, (uint64_t)os_exe_fd_base());
    if (fd < 0)
        fd = raw_syscall(SYS_fcntl, (uint64_t)os->exe_fd, F_DUPFD_CLOEXEC, 3);
    os->exe_fd = fd >= 0 ? (int)fd : -1; /* -1: the guest takes the number over */
}

/* dup2 and dup3 (flags < 0: dup2) as if the exe fd were not open. */
static int64_t dup_guest_view(OsState *os, int oldfd, int newfd, int flags)
{
    bool dup3 = flags >= 0;
    if (dup3 && ((flags & ~O_CLOEXEC) || oldfd == newfd))
        return -EINVAL;
    if (oldfd == os->exe_fd)
        return -EBADF;
    int exe = os->exe_fd;
    if (exe >= 0 && newfd == exe)
        move_exe_fd(os);
    int64_t r = dup3 ? raw_syscall(SYS_dup3, (uint64_t)oldfd, (uint64_t)newfd, (uint64_t)flags)
                     : raw_syscall(SYS_dup2, (uint64_t)oldfd, (uint64_t)newfd, 0);
    if (r < 0 && exe >= 0 && newfd == exe && os->exe_fd >= 0)
        raw_syscall(SYS_close, (uint64_t)exe, 0, 0); /* the guest's newfd stays closed */
    return r;
}

int64_t os_sys_dup2(Thread *thread, const uint64_t args[6])
{
    return dup_guest_view(&thread->process->os, (int)args[0], (int)args[1], -1);
}

int64_t os_sys_dup3(Thread *thread, const uint64_t args[6])
{
    return dup_guest_view(&thread->process->os, (int)args[0], (int)args[1], (int)args[2]);
}
