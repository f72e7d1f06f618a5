/*
 * os/exec.c: execve, and "#!" scripts as the kernel's binfmt_script runs
 * them.
 *
 * execve runs the new program under Shunt: Shunt re-executes itself with
 * its options, "-0 ARGV0" and "--" before the program path (so a path that
 * begins with '-' is never read as an option). The exec can no longer fail
 * once Shunt has replaced itself, so the kernel's own refusals are checked
 * before, with the kernel's errno: each file of the "#!" chain must exist,
 * be a regular file, executable and not on a noexec mount; the last must
 * start with the ELF magic (anything else is ENOEXEC); the chain has at
 * most BINPRM_MAX_RECURSION levels (ELOOP beyond). The same walk gives
 * main.c the program and argv a script runs with at start-up. The guest's
 * LD_* variables are passed escaped, so that Shunt's own ld.so ignores
 * them (os.h).
 *
 * execveat names its file relative to a directory fd, or (AT_EMPTY_PATH)
 * by the fd itself: Shunt loads it through the fd's /proc link, which
 * still opens after the exec when the fd is close-on-exec. The 32-bit
 * execve and execveat of int 0x80 arrive here too, with arrays of 32-bit
 * pointers, converted. With --no-follow-exec the call goes to the kernel
 * as it is, and the new program runs natively. The exec itself is a safe
 * system call (dispatch.h): a signal held before it goes to the guest
 * first, which then execs again, so the new program never inherits the
 * mask Shunt holds signals back with.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The kernel's exec_binprm loop gives up past depth 5 (measured: five
 * nested scripts run, six give ELOOP). */
#define BINPRM_MAX_RECURSION 5

static bool spacetab(char c)
{
    return c == ' ' || c == '\t';
}

static char *next_non_spacetab(char *first, char *last)
{
    for (; first <= last; first++)
        if (!spacetab(*first))
            return first;
    return NULL;
}

static char *next_terminator(char *first, char *last)
{
    for (; first <= last; first++)
        if (spacetab(*first) || !*first)
            return first;
    return NULL;
}

/* The interpreter line of `buf` (the file's first OS_BINPRM_BUF bytes,
 * zero-filled), parsed as load_script does: the interpreter name, an
 * optional argument (the rest of the line, trailing blanks removed), and
 * ENOEXEC for a line that is empty or may have been truncated. */
static int64_t parse_script(char *buf, char **interp, char **arg)
{
    char *buf_end = buf + OS_BINPRM_BUF - 1;
    char *i_end = memchr(buf, '\n', OS_BINPRM_BUF);
    if (!i_end) {
        i_end = next_non_spacetab(buf + 2, buf_end);
        if (!i_end || !next_terminator(i_end, buf_end))
            return -ENOEXEC; /* all blanks, or the name may go on */
        i_end = buf_end;
    }
    while (spacetab(i_end[-1]))
        i_end--;
    char *i_name = next_non_spacetab(buf + 2, i_end);
    if (!i_name || i_name == i_end)
        return -ENOEXEC;
    char *i_sep = next_terminator(i_name, i_end);
    *arg = i_sep && *i_sep ? next_non_spacetab(i_sep, i_end) : NULL;
    *i_end = '\0';
    if (i_sep)
        *i_sep = '\0';
    *interp = i_name;
    return 0;
}

/* open_exec's refusals for one file of the chain. */
static int64_t check_executable(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -errno;
    if (!S_ISREG(st.st_mode))
        return -EACCES;
    struct statvfs fs;
    if (statvfs(path, &fs) == 0 && (fs.f_flag & ST_NOEXEC))
        return -EACCES;
    if (faccessat(AT_FDCWD, path, X_OK, AT_EACCESS) != 0)
        return -errno;
    return 0;
}

/* The first bytes of the file, zero-filled as the kernel's bprm->buf. */
static int64_t read_header(const char *path, char buf[OS_BINPRM_BUF])
{
    memset(buf, 0, OS_BINPRM_BUF);
    /* Non-blocking: a FIFO must not hang us here (the loader reports it). */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    struct stat st;
    ssize_t got = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? read(fd, buf, OS_BINPRM_BUF) : 0;
    close(fd);
    return got < 0 ? -EIO : 0;
}

/* binfmt_script's argv: interpreter, its argument, the script's path,
 * then the script's arguments without argv[0]. */
static void push_interpreter(OsProgram *program, char *interp, char *arg)
{
    int shift = arg ? 2 : 1;
    char **argv = program->argv;
    memmove(argv + shift + 1, argv + 1, (size_t)program->argc * sizeof(char *));
    argv[shift] = (char *)program->path;
    argv[0] = interp;
    if (arg)
        argv[1] = arg;
    program->argc += shift;
}

/* One step of the walk at `depth`: 1 if program->path is the program to
 * load, 0 if it was a script (path is now its interpreter), or -errno. */
static int64_t exec_step(OsProgram *program, int depth, bool strict)
{
    int64_t r = strict ? check_executable(program->path) : 0;
    if (r < 0)
        return r;
    if (depth > BINPRM_MAX_RECURSION)
        return -ELOOP;
    char *buf = program->lines[depth];
    if ((r = read_header(program->path, buf)) < 0)
        return strict ? r : 1;
    if (memcmp(buf, "\177ELF", 4) == 0)
        return 1;
    char *interp, *arg;
    if (buf[0] != '#' || buf[1] != '!' || (r = parse_script(buf, &interp, &arg)) < 0)
        return strict ? -ENOEXEC : 1;
    if (program->argv)
        push_interpreter(program, interp, arg);
    program->path = interp;
    return 0;
}

int64_t os_exec_resolve(const char *path, char *const *argv, int argc, bool strict,
                        OsProgram *program)
{
    program->path = path;
    program->argc = argc > 0 ? argc : 0;
    program->argv = NULL;
    if (argv) {
        size_t slots = (size_t)program->argc + 2 * (BINPRM_MAX_RECURSION + 1) + 1;
        if (!(program->argv = calloc(slots, sizeof(char *))))
            return -ENOMEM;
        memcpy(program->argv, argv, (size_t)program->argc * sizeof(char *));
    }
    for (int depth = 0;; depth++) {
        int64_t r = exec_step(program, depth, strict);
        if (r != 0) {
            if (r < 0) {
                free(program->argv);
                program->argv = NULL;
            }
            return r < 0 ? r : 0;
        }
    }
}

/* What an execve or execveat asked for. */
typedef struct ExecCall {
    GuestAddr path, argv, envp;
    int dirfd, flags;
    unsigned width; /* bytes of each pointer in argv and envp: 8, or 4 from int 0x80 */
} ExecCall;

/* The guest's pointer array at `list` (argv or envp; the strings the
 * kernel reads itself) of `width`-byte pointers, NULL-terminated, into
 * *out (malloc'd, 64-bit) if `out` is not NULL: its length, or -EFAULT as
 * execve. A NULL list is empty. */
static int64_t read_guest_pointers(GuestAddr list, unsigned width, uint64_t **out)
{
    size_t n = 0, cap = 16;
    uint64_t *ptrs = malloc(cap * sizeof(uint64_t));
    while (ptrs) {
        ptrs[n] = 0;
        if (list && os_guest_read(&ptrs[n], list + n * width, width) != 0) {
            free(ptrs);
            return -EFAULT;
        }
        if (ptrs[n] == 0)
            break;
        if (++n == cap) {
            uint64_t *grown = reallocarray(ptrs, cap *= 2, sizeof(uint64_t));
            if (!grown)
                free(ptrs);
            ptrs = grown;
        }
    }
    if (!ptrs)
        return -ENOMEM;
    if (out)
        *out = ptrs;
    else
        free(ptrs);
    return (int64_t)n;
}

static size_t count_strings(char *const *list)
{
    size_t n = 0;
    while (list && list[n])
        n++;
    return n;
}

/* The file an exec runs: Shunt's path to it, and the AT_EXECFN the kernel
 * would give it if not the path ("": none). */
typedef struct ExecFile {
    char path[PATH_MAX + 64];
    char execfn[PATH_MAX + 64];
} ExecFile;

/* Shunt's own command line running the file with the guest's argv: since
 * Linux 5.18 an empty argv gets "" as argv[0] (measured: argc 1). */
static char **shunt_argv(Process *process, const ExecFile *file, char **argv, int64_t nargs,
                         char *filters)
{
    size_t nopts = count_strings(process->shunt_options);
    char **new_argv = calloc(nopts + (size_t)nargs + 10, sizeof(char *));
    if (!new_argv)
        return NULL;
    size_t n = 0;
    new_argv[n++] = process->shunt_path;
    for (size_t i = 0; i < nopts; i++)
        new_argv[n++] = process->shunt_options[i];
    if (filters) {
        new_argv[n++] = "--seccomp-filters";
        new_argv[n++] = filters;
    }
    new_argv[n++] = "-0";
    new_argv[n++] = nargs ? argv[0] : "";
    if (file->execfn[0]) {
        new_argv[n++] = "--execfn";
        new_argv[n++] = (char *)file->execfn;
    }
    new_argv[n++] = "--";
    new_argv[n++] = (char *)file->path;
    for (int64_t i = 1; i < nargs; i++)
        new_argv[n++] = argv[i];
    return new_argv;
}

/* The guest's argv and envp as 64-bit arrays: argc or -EFAULT. */
static int64_t read_arrays(const ExecCall *call, uint64_t **argv, uint64_t **envp)
{
    int64_t nargs = read_guest_pointers(call->argv, call->width, argv);
    if (nargs < 0)
        return nargs;
    int64_t r = read_guest_pointers(call->envp, call->width, envp);
    if (r < 0) {
        free(*argv);
        return r;
    }
    return nargs;
}

/* The longest string execve takes (MAX_ARG_STRLEN). */
#define ARG_STRLEN_MAX (32 * PAGE_SIZE)

static bool needs_escape(GuestAddr s)
{
    char head[sizeof OS_ENV_ESCAPE];
    if (os_guest_string(s, head, sizeof head) == -EFAULT)
        return false; /* the kernel gives EFAULT */
    return strncmp(head, "LD_", 3) == 0 ||
           strncmp(head, OS_ENV_ESCAPE, sizeof OS_ENV_ESCAPE - 1) == 0;
}

/* The escaped copy of the guest string at `s`, or NULL (then the kernel
 * gets the guest's string: it refuses one too long itself). */
static char *escaped(GuestAddr s)
{
    size_t prefix = sizeof OS_ENV_ESCAPE - 1;
    char *copy = malloc(prefix + ARG_STRLEN_MAX);
    if (copy && os_guest_string(s, copy + prefix, ARG_STRLEN_MAX) == 0) {
        memcpy(copy, OS_ENV_ESCAPE, prefix);
        return copy;
    }
    free(copy);
    return NULL;
}

/* envp for Shunt's execve: the guest's `n` pointers and NULL, with
 * escaped copies where needed (see os.h); NULL without memory. */
static uint64_t *escape_env(const uint64_t *guest, size_t n)
{
    uint64_t *env = malloc((n + 1) * sizeof(uint64_t));
    if (!env)
        return NULL;
    for (size_t i = 0; i <= n; i++) {
        char *copy = i < n && needs_escape(guest[i]) ? escaped(guest[i]) : NULL;
        env[i] = copy ? (uint64_t)(uintptr_t)copy : guest[i];
    }
    return env;
}

/* Frees escape_env's array and its copies. */
static void free_env(uint64_t *env, const uint64_t *guest, size_t n)
{
    for (size_t i = 0; env && i < n; i++)
        if (env[i] != guest[i])
            free((void *)(uintptr_t)env[i]);
    free(env);
}

void os_env_unescape(char **envp)
{
    for (size_t i = 0; envp[i]; i++)
        if (strncmp(envp[i], OS_ENV_ESCAPE, sizeof OS_ENV_ESCAPE - 1) == 0)
            envp[i] += sizeof OS_ENV_ESCAPE - 1;
}

/* The kernel's order: the path, opening the file, counting argv and envp
 * (EFAULT), then the binary handlers (ENOEXEC, scripts, ELOOP). */
static int64_t exec_checks(const char *path, const ExecCall *call, uint64_t **argv, uint64_t **envp)
{
    int64_t r = check_executable(path);
    if (r < 0)
        return r;
    int64_t nargs = read_arrays(call, argv, envp);
    if (nargs < 0)
        return nargs;
    OsProgram chain;
    if ((r = os_exec_resolve(path, NULL, 0, true, &chain)) < 0) {
        free(*argv);
        free(*envp);
        return r;
    }
    return nargs;
}

/* The directory (or file) an fd names, for a path Shunt can still open
 * after the exec (the fd may be close-on-exec): its /proc link, or
 * /dev/fd/N when the file has no name any more. */
static int64_t fd_path(int fd, char *buf, size_t size)
{
    char link[64];
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, buf, size - 1);
    if (n < 0)
        return errno == ENOENT ? -EBADF : -errno;
    buf[n] = '\0';
    if (buf[0] != '/' || (n > 10 && strcmp(buf + n - 10, " (deleted)") == 0))
        snprintf(buf, size, "/dev/fd/%d", fd);
    return 0;
}

/* The file relative to an fd: Shunt's path to it, and the kernel's name for
 * AT_EXECFN ("/dev/fd/N", or "/dev/fd/N/NAME"). */
static int64_t fd_relative(const ExecCall *call, const char *name, ExecFile *file)
{
    int64_t r = call->dirfd == AT_FDCWD ? (snprintf(file->path, sizeof(file->path), "."), 0)
                                        : fd_path(call->dirfd, file->path, sizeof(file->path));
    if (r < 0)
        return r;
    int n = snprintf(file->execfn, sizeof(file->execfn), "/dev/fd/%d%s%s", call->dirfd,
                     name[0] ? "/" : "", name);
    size_t len = strlen(file->path);
    if (name[0] && snprintf(file->path + len, sizeof(file->path) - len, "/%s", name) >=
                       (int)(sizeof(file->path) - len))
        return -ENAMETOOLONG;
    return n < (int)sizeof(file->execfn) ? 0 : -ENAMETOOLONG;
}

/* execveat's file: `name` relative to call->dirfd, with AT_EMPTY_PATH the
 * dirfd itself, and with AT_SYMLINK_NOFOLLOW a symlink refused (ELOOP, as
 * the kernel's open without LOOKUP_FOLLOW). */
static int64_t exec_path(const ExecCall *call, const char *name, ExecFile *file)
{
    if (call->flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
        return -EINVAL;
    if (!name[0] && !(call->flags & AT_EMPTY_PATH))
        return -ENOENT;
    struct stat st;
    int at_flags = (call->flags & AT_SYMLINK_NOFOLLOW ? AT_SYMLINK_NOFOLLOW : 0) |
                   (name[0] ? 0 : AT_EMPTY_PATH);
    if (fstatat(call->dirfd, name, &st, at_flags) != 0)
        return -errno;
    if (S_ISLNK(st.st_mode))
        return -ELOOP;
    file->execfn[0] = '\0';
    if (name[0] == '/' || (name[0] && call->dirfd == AT_FDCWD)) {
        snprintf(file->path, sizeof(file->path), "%s", name);
        return 0;
    }
    return fd_relative(call, name, file);
}

/* --no-follow-exec: the kernel runs the new program itself, natively
 * (/proc/self/exe still names the guest's program, not Shunt). Shunt's
 * own fds are all close-on-exec. */
static int64_t exec_native(Thread *thread, const ExecCall *call, const char *name)
{
    Process *process = thread->process;
    GuestAddr path = call->path;
    if (os_proc_file(call->dirfd, name) == PROC_EXE)
        path = (uint64_t)(uintptr_t)process->os.guest_path;
    uint64_t *argv = NULL, *envp = NULL;
    GuestAddr argv_addr = call->argv, envp_addr = call->envp;
    if (call->width != 8) {
        int64_t r = read_arrays(call, &argv, &envp);
        if (r < 0)
            return r;
        argv_addr = (uint64_t)(uintptr_t)argv;
        envp_addr = (uint64_t)(uintptr_t)envp;
    }
    log_flush(process->log);
    os_seccomp_exec(thread);
    int64_t r = dispatch_safe_syscall(SYS_execveat, (uint64_t)(int64_t)call->dirfd, path, argv_addr,
                                      envp_addr, (uint64_t)call->flags, 0);
    free(argv);
    free(envp);
    return r;
}

/* Re-executes Shunt on the file with the guest's arrays. */
static int64_t exec_shunt(Thread *thread, const ExecFile *file, const ExecCall *call)
{
    Process *process = thread->process;
    uint64_t *argv = NULL, *envp = NULL;
    int64_t nargs = exec_checks(file->path, call, &argv, &envp);
    if (nargs < 0)
        return nargs;
    /* The guest's filters go to the new Shunt, which keeps them (they
     * would bind it too on the host); too many for a string, to the host. */
    char *filters = os_seccomp_encode(thread);
    char **new_argv = shunt_argv(process, file, (char **)argv, nargs, filters);
    size_t nenv = 0;
    while (envp[nenv])
        nenv++;
    uint64_t *env = escape_env(envp, nenv);
    log_flush(process->log);
    if (new_argv && env && !filters)
        os_seccomp_exec(thread);
    int64_t r = new_argv && env
                    ? dispatch_safe_syscall(SYS_execve, (uint64_t)(uintptr_t)process->shunt_path,
                                            (uint64_t)(uintptr_t)new_argv, (uint64_t)(uintptr_t)env,
                                            0, 0, 0)
                    : -ENOMEM;
    free_env(env, envp, nenv);
    free(filters);
    free(new_argv);
    free(argv);
    free(envp);
    return r;
}

static int64_t exec_file(Thread *thread, const ExecCall *call, const char *name)
{
    Process *process = thread->process;
    if (process->options.no_follow_exec)
        return exec_native(thread, call, name);
    ExecFile file;
    int64_t r = exec_path(call, name, &file);
    if (r < 0)
        return r;
    if (os_proc_file(AT_FDCWD, file.path) == PROC_EXE)
        snprintf(file.path, sizeof(file.path), "%s", process->os.guest_path);
    return exec_shunt(thread, &file, call);
}

/* The exec keeps the guest's ignored signals ignored (os_signals_exec)
 * and gets the guest's stack limit (os_limits_exec). */
static int64_t exec_call(Thread *thread, const ExecCall *call)
{
    char name[PATH_MAX];
    int64_t r = os_guest_string(call->path, name, sizeof(name));
    if (r < 0)
        return r;
    os_signals_exec(thread, true);
    os_limits_exec(thread, true);
    r = exec_file(thread, call, name);
    os_limits_exec(thread, false);
    os_signals_exec(thread, false);
    return r;
}

int64_t os_sys_execve(Thread *thread, const uint64_t args[6])
{
    const ExecCall call = {args[0], args[1], args[2], AT_FDCWD, 0, 8};
    return exec_call(thread, &call);
}

int64_t os_sys_execveat(Thread *thread, const uint64_t args[6])
{
    const ExecCall call = {args[1], args[2], args[3], (int)args[0], (int)args[4], 8};
    return exec_call(thread, &call);
}

int64_t os_sys_execve_ia32(Thread *thread, const uint64_t args[6])
{
    const ExecCall call = {args[0], args[1], args[2], AT_FDCWD, 0, 4};
    return exec_call(thread, &call);
}

int64_t os_sys_execveat_ia32(Thread *thread, const uint64_t args[6])
{
    const ExecCall call = {args[1], args[2], args[3], (int)args[0], (int)args[4], 4};
    return exec_call(thread, &call);
}
