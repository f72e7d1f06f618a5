/*
 * os/procfs.c: the process's own /proc files, as the guest must see them.
 *
 * The kernel's /proc/self describes Shunt: exe is Shunt's binary, cmdline
 * and auxv are Shunt's, stat's memory-layout fields are Shunt's. Every
 * open and readlink whose last path component is one of these names comes
 * here once (os_proc_file), whatever the spelling: /proc/self,
 * /proc/thread-self, /proc/<pid>, /proc/<pid>/task/<tid>, relative to a
 * directory fd (resolved through /proc/self/fd/N) or to the cwd, with "."
 * and ".." components. The answers: exe is the guest's program (through
 * the exe fd, so it still opens once deleted); cmdline is read from the
 * guest's stack as the kernel reads it; auxv is the guest's; stat is the
 * kernel's line with the guest's layout fields; maps and smaps list the
 * guest's mappings only (maps.c).
 */
#include "os/os_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_COMPONENTS 64

static const struct {
    const char *name;
    ProcFile file;
} proc_names[] = {
    {"exe", PROC_EXE},   {"cmdline", PROC_CMDLINE}, {"auxv", PROC_AUXV},       {"maps", PROC_MAPS},
    {"stat", PROC_STAT}, {"smaps", PROC_SMAPS},     {"environ", PROC_ENVIRON},
};

static ProcFile file_named(const char *name)
{
    for (size_t i = 0; i < ARRAY_LEN(proc_names); i++)
        if (strcmp(name, proc_names[i].name) == 0)
            return proc_names[i].file;
    return PROC_NONE;
}

/* Where a relative path starts: the directory of `dirfd`, or the cwd. */
static bool base_dir(int dirfd, char *buf, size_t size)
{
    char link[64];
    if (dirfd == AT_FDCWD)
        snprintf(link, sizeof(link), "/proc/self/cwd");
    else
        snprintf(link, sizeof(link), "/proc/self/fd/%d", dirfd);
    int64_t n =
        raw_syscall(SYS_readlink, (uint64_t)(uintptr_t)link, (uint64_t)(uintptr_t)buf, size - 1);
    if (n <= 0 || buf[0] != '/')
        return false;
    buf[n] = '\0';
    return true;
}

/* Pushes one component of a path being normalized: "." is nothing, ".."
 * goes up, and /proc/self and /proc/thread-self are the links they are. */
static bool push_component(const char **stack, int *depth, const char *comp, const char *ids[2])
{
    if (strcmp(comp, ".") == 0)
        return true;
    if (strcmp(comp, "..") == 0) {
        *depth -= *depth > 0;
        return true;
    }
    bool in_proc = *depth == 1 && strcmp(stack[0], "proc") == 0;
    if (*depth + 3 > MAX_COMPONENTS)
        return false;
    if (in_proc && strcmp(comp, "self") == 0) {
        stack[(*depth)++] = ids[0];
    } else if (in_proc && strcmp(comp, "thread-self") == 0) {
        stack[(*depth)++] = ids[0];
        stack[(*depth)++] = "task";
        stack[(*depth)++] = ids[1];
    } else {
        stack[(*depth)++] = comp;
    }
    return true;
}

/* True if the directory `dir` (absolute, modified) is /proc/<pid> or
 * /proc/<pid>/task/<tid> of this process. */
static bool is_own_proc_dir(char *dir)
{
    char pid[24], tid[24];
    snprintf(pid, sizeof(pid), "%d", (int)raw_syscall(SYS_getpid, 0, 0, 0));
    snprintf(tid, sizeof(tid), "%d", (int)raw_syscall(SYS_gettid, 0, 0, 0));
    const char *ids[2] = {pid, tid}, *stack[MAX_COMPONENTS];
    int depth = 0;
    char *save = NULL;
    for (char *comp = strtok_r(dir, "/", &save); comp; comp = strtok_r(NULL, "/", &save))
        if (!push_component(stack, &depth, comp, ids))
            return false;
    if (depth < 2 || strcmp(stack[0], "proc") != 0 || strcmp(stack[1], pid) != 0)
        return false;
    return depth == 2 ||
           (depth == 4 && strcmp(stack[2], "task") == 0 && strcmp(stack[3], tid) == 0);
}

ProcFile os_proc_file(int dirfd, const char *path)
{
    const char *slash = strrchr(path, '/');
    ProcFile file = file_named(slash ? slash + 1 : path);
    if (file == PROC_NONE)
        return PROC_NONE; /* the common case: no system call */
    char dir[2 * PATH_MAX];
    size_t len = 0;
    if (path[0] != '/') {
        if (!base_dir(dirfd, dir, PATH_MAX))
            return PROC_NONE;
        len = strlen(dir);
        dir[len++] = '/';
    }
    size_t dir_len = slash ? (size_t)(slash - path) : 0;
    memcpy(dir + len, path, dir_len);
    dir[len + dir_len] = '\0';
    return is_own_proc_dir(dir) ? file : PROC_NONE;
}

const char *os_proc_exe_path(const OsState *os, char *buf, size_t size)
{
    if (os->exe_fd < 0)
        return os->guest_path;
    snprintf(buf, size, "/proc/self/fd/%d", os->exe_fd);
    return buf;
}

int64_t os_proc_exe_link(const OsState *os, char *buf, size_t size)
{
    char link[64];
    const char *path = os_proc_exe_path(os, link, sizeof(link));
    if (path == os->guest_path) {
        snprintf(buf, size, "%s", path);
        return (int64_t)strlen(buf);
    }
    int64_t n =
        raw_syscall(SYS_readlink, (uint64_t)(uintptr_t)path, (uint64_t)(uintptr_t)buf, size - 1);
    if (n >= 0)
        buf[n] = '\0';
    return n;
}

int64_t os_proc_memfd(const char *name, const void *data, size_t len, int flags)
{
    int64_t fd = raw_syscall(SYS_memfd_create, (uint64_t)(uintptr_t)name,
                             (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0, 0);
    if (fd < 0)
        return fd;
    for (size_t done = 0; done < len;) {
        int64_t n =
            raw_syscall(SYS_write, (uint64_t)fd, (uint64_t)(uintptr_t)data + done, len - done);
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    raw_syscall(SYS_lseek, (uint64_t)fd, 0, SEEK_SET);
    return fd;
}

/* get_mm_cmdline: the argv strings; if the byte before arg_end is not NUL
 * (setproctitle overwrote it), the text from arg_start up to its first NUL,
 * within a page (get_mm_proctitle). */
static int64_t open_cmdline(const OsState *os, int flags)
{
    const GuestLayout *l = &os->layout;
    size_t len = l->env_end > l->arg_start ? l->env_end - l->arg_start : 0;
    char *text = malloc(len + 1);
    if (!text)
        return -ENOMEM;
    if (os_guest_read(text, l->arg_start, len) != 0)
        len = 0;
    size_t args = l->arg_end - l->arg_start;
    if (len >= args && args > 0 && text[args - 1] != '\0') {
        size_t limit = len < PAGE_SIZE ? len : PAGE_SIZE;
        size_t title = strnlen(text, limit);
        len = title < limit ? title + 1 : limit;
    } else if (len >= args) {
        len = args;
    }
    int64_t fd = os_proc_memfd("cmdline", text, len, flags);
    free(text);
    return fd;
}

/* environ_read: the bytes between env_start and env_end as they are now.
 * The kernel's would be Shunt's environment, whose LD_* variables an
 * execve escaped (os.h). */
static int64_t open_environ(const OsState *os, int flags)
{
    const GuestLayout *l = &os->layout;
    size_t len = l->env_end > l->env_start ? l->env_end - l->env_start : 0;
    char *text = malloc(len + 1);
    if (!text)
        return -ENOMEM;
    if (os_guest_read(text, l->env_start, len) != 0)
        len = 0;
    int64_t fd = os_proc_memfd("environ", text, len, flags);
    free(text);
    return fd;
}

/* Replaces the layout fields of a /proc/<pid>/stat line; `in` is the
 * kernel's line, whose field 2 (the name, in parentheses) may hold spaces. */
static size_t rewrite_stat(const GuestLayout *l, const char *in, char *out, size_t size)
{
    const struct {
        int field;
        GuestAddr value;
    } fields[] = {
        {26, l->start_code}, {27, l->end_code},  {28, l->start_stack}, {45, l->start_data},
        {46, l->end_data},   {47, l->start_brk}, {48, l->arg_start},   {49, l->arg_end},
        {50, l->env_start},  {51, l->env_end},
    };
    const char *p = strrchr(in, ')');
    if (!p)
        return (size_t)snprintf(out, size, "%s", in);
    size_t n = (size_t)(++p - in);
    memcpy(out, in, n);
    for (int field = 3; *p == ' ' && n < size; field++) {
        size_t token = strcspn(p + 1, " \n");
        int w = -1;
        for (size_t i = 0; i < ARRAY_LEN(fields); i++)
            if (fields[i].field == field)
                w = snprintf(out + n, size - n, " %llu", (unsigned long long)fields[i].value);
        if (w < 0)
            w = snprintf(out + n, size - n, " %.*s", (int)token, p + 1);
        n += (size_t)w;
        p += 1 + token;
    }
    n += (size_t)snprintf(out + n, n < size ? size - n : 0, "%s", p);
    return n < size ? n : size - 1;
}

static int64_t open_stat(const OsState *os, int flags)
{
    char in[1024], out[1280];
    int64_t fd = raw_syscall(SYS_open, (uint64_t)(uintptr_t) "/proc/self/stat", O_RDONLY, 0);
    if (fd < 0)
        return fd;
    int64_t n = raw_syscall(SYS_read, (uint64_t)fd, (uint64_t)(uintptr_t)in, sizeof(in) - 1);
    raw_syscall(SYS_close, (uint64_t)fd, 0, 0);
    if (n < 0)
        return n;
    in[n] = '\0';
    size_t len = rewrite_stat(&os->layout, in, out, sizeof(out));
    return os_proc_memfd("stat", out, len, flags);
}

int64_t os_proc_open(Thread *thread, ProcFile file, int flags)
{
    const OsState *os = &thread->process->os;
    switch (file) {
    case PROC_CMDLINE:
        return open_cmdline(os, flags);
    case PROC_AUXV:
        return os_proc_memfd("auxv", os->auxv, os->auxv ? os->auxv_bytes : 0, flags);
    case PROC_STAT:
        return open_stat(os, flags);
    case PROC_ENVIRON:
        return open_environ(os, flags);
    case PROC_MAPS:
        return os_proc_open_maps(thread, "/proc/thread-self/maps", flags);
    case PROC_SMAPS:
        return os_proc_open_maps(thread, "/proc/thread-self/smaps", flags);
    default:
        return -ENOENT;
    }
}
