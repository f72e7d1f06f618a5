/*
 * os/strace_args.c: -strace's argument decoders, one per letter of
 * syscalls.inc:
 *
 *   d int/long   u unsigned   x hex      p pointer   f fd   D dirfd
 *   s string     b buffer in (length: the next argument)
 *   B buffer out (length: the result)    V argv      E envp
 *   O open flags m mode (octal)  P mmap/mprotect prot  M mmap flags
 *   C clone flags S signal   A sigaction in   a sigaction out
 *   k access mode n AT_* flags  W lseek whence  T struct stat out
 *   R arch_prctl code  F fcntl command  h sigprocmask how
 *   I ioctl request (the common tty ones)  Q prctl option
 *   G sigset in   g sigset out   w wait status out
 *
 * Strings are quoted with C escapes and cut at STRING_MAX bytes (paths at
 * PATH_SHOWN), with "..." after the quote, as strace shows them. Guest
 * memory is read through os_guest_read/os_guest_string only: what cannot
 * be read prints as the address.
 */
#include "os/strace_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define STRING_MAX 32  /* bytes of a data buffer shown */
#define PATH_SHOWN 256 /* bytes of a path or argv string shown */
#define ARGV_SHOWN 32  /* argv entries shown */

typedef struct FlagName {
    uint64_t bit;
    const char *name;
} FlagName;

#define FLAG(name)                                                                                 \
    {                                                                                              \
        name, #name                                                                                \
    }

/* Composite flags first: O_SYNC includes O_DSYNC, O_TMPFILE O_DIRECTORY. */
static const FlagName open_flags[] = {
    FLAG(O_SYNC),      FLAG(O_TMPFILE),  FLAG(O_CREAT),   FLAG(O_EXCL),
    FLAG(O_NOCTTY),    FLAG(O_TRUNC),    FLAG(O_APPEND),  FLAG(O_NONBLOCK),
    FLAG(O_DSYNC),     FLAG(O_ASYNC),    FLAG(O_DIRECT),  {0100000, "O_LARGEFILE"},
    FLAG(O_DIRECTORY), FLAG(O_NOFOLLOW), FLAG(O_NOATIME), FLAG(O_CLOEXEC),
    FLAG(O_PATH),
};

static const FlagName prot_flags[] = {
    FLAG(PROT_READ),      FLAG(PROT_WRITE),   FLAG(PROT_EXEC),
    FLAG(PROT_GROWSDOWN), FLAG(PROT_GROWSUP), {0x8, "PROT_SEM"},
};

static const FlagName map_flags[] = {
    FLAG(MAP_FIXED),     FLAG(MAP_ANONYMOUS),       FLAG(MAP_32BIT),
    FLAG(MAP_GROWSDOWN), FLAG(MAP_DENYWRITE),       FLAG(MAP_EXECUTABLE),
    FLAG(MAP_LOCKED),    FLAG(MAP_NORESERVE),       FLAG(MAP_POPULATE),
    FLAG(MAP_NONBLOCK),  FLAG(MAP_STACK),           FLAG(MAP_HUGETLB),
    FLAG(MAP_SYNC),      FLAG(MAP_FIXED_NOREPLACE), {0x4000000, "MAP_UNINITIALIZED"},
};

static const FlagName clone_flags[] = {
    FLAG(CLONE_VM),
    FLAG(CLONE_FS),
    FLAG(CLONE_FILES),
    FLAG(CLONE_SIGHAND),
    FLAG(CLONE_PIDFD),
    FLAG(CLONE_PTRACE),
    FLAG(CLONE_VFORK),
    FLAG(CLONE_PARENT),
    FLAG(CLONE_THREAD),
    FLAG(CLONE_NEWNS),
    FLAG(CLONE_SYSVSEM),
    FLAG(CLONE_SETTLS),
    FLAG(CLONE_PARENT_SETTID),
    FLAG(CLONE_CHILD_CLEARTID),
    FLAG(CLONE_DETACHED),
    FLAG(CLONE_UNTRACED),
    FLAG(CLONE_CHILD_SETTID),
    FLAG(CLONE_NEWCGROUP),
    FLAG(CLONE_NEWUTS),
    FLAG(CLONE_NEWIPC),
    FLAG(CLONE_NEWUSER),
    FLAG(CLONE_NEWPID),
    FLAG(CLONE_NEWNET),
    FLAG(CLONE_IO),
};

static const FlagName sa_flags[] = {
    FLAG(SA_NOCLDSTOP), FLAG(SA_NOCLDWAIT), FLAG(SA_SIGINFO), {0x04000000, "SA_RESTORER"},
    FLAG(SA_ONSTACK),   FLAG(SA_RESTART),   FLAG(SA_NODEFER), FLAG(SA_RESETHAND),
};

static const FlagName access_modes[] = {FLAG(R_OK), FLAG(W_OK), FLAG(X_OK)};

static const FlagName at_flags[] = {
    FLAG(AT_SYMLINK_NOFOLLOW),      FLAG(AT_REMOVEDIR),  FLAG(AT_SYMLINK_FOLLOW),
    FLAG(AT_NO_AUTOMOUNT),          FLAG(AT_EMPTY_PATH), {0x2000, "AT_STATX_FORCE_SYNC"},
    {0x4000, "AT_STATX_DONT_SYNC"},
};

/* The names of the bits of `value` joined by '|', what no name covers in
 * hex; `zero` when value is 0 (NULL: "0"). */
static void print_flags(TraceLine *line, const FlagName *names, size_t count, uint64_t value,
                        const char *zero)
{
    if (value == 0) {
        strace_printf(line, "%s", zero ? zero : "0");
        return;
    }
    const char *sep = "";
    for (size_t i = 0; i < count; i++) {
        if (names[i].bit && (value & names[i].bit) == names[i].bit) {
            strace_printf(line, "%s%s", sep, names[i].name);
            value &= ~names[i].bit;
            sep = "|";
        }
    }
    if (value)
        strace_printf(line, "%s%#llx", sep, (unsigned long long)value);
}

static void print_pointer(TraceLine *line, uint64_t addr)
{
    if (addr == 0)
        strace_printf(line, "NULL");
    else
        strace_printf(line, "%#llx", (unsigned long long)addr);
}

/* `len` bytes as a quoted C string; "..." after it when `more`. */
static void print_quoted(TraceLine *line, const unsigned char *bytes, size_t len, bool more)
{
    static const char escapes[] = "\a\b\t\n\v\f\r";
    static const char letters[] = "abtnvfr";
    strace_printf(line, "\"");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = bytes[i];
        const char *e = c ? strchr(escapes, c) : NULL;
        if (e)
            strace_printf(line, "\\%c", letters[e - escapes]);
        else if (c == '"' || c == '\\')
            strace_printf(line, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            strace_printf(line, "\\%o", c);
        else
            strace_printf(line, "%c", c);
    }
    strace_printf(line, more ? "\"..." : "\"");
}

/* A NUL-terminated guest string, cut at `shown` bytes. */
static void print_string(TraceLine *line, uint64_t addr, size_t shown)
{
    char buf[PATH_SHOWN + 1];
    if (addr == 0) {
        strace_printf(line, "NULL");
        return;
    }
    int64_t r = os_guest_string(addr, buf, shown + 1);
    if (r == -EFAULT) {
        print_pointer(line, addr);
        return;
    }
    print_quoted(line, (const unsigned char *)buf, strnlen(buf, shown), r == -ENAMETOOLONG);
}

/* `len` bytes of guest data at addr, cut at STRING_MAX. */
static void print_buffer(TraceLine *line, uint64_t addr, uint64_t len)
{
    unsigned char buf[STRING_MAX];
    size_t n = len < STRING_MAX ? (size_t)len : STRING_MAX;
    if (os_guest_read(buf, addr, n) != 0) {
        print_pointer(line, addr);
        return;
    }
    print_quoted(line, buf, n, len > n);
}

void strace_signal(TraceLine *line, int signo)
{
    const char *abbrev = signo > 0 && signo < SIGRTMIN ? sigabbrev_np(signo) : NULL;
    if (abbrev)
        strace_printf(line, "SIG%s", abbrev);
    else if (signo >= 32 && signo <= 64)
        strace_printf(line, "SIGRT_%d", signo - 32);
    else
        strace_printf(line, "%d", signo);
}

/* A kernel sigset (64 bits) as [SIGINT SIGTERM], or as the complement
 * ~[SIGKILL] when that is shorter, as strace does. */
static void print_sigset(TraceLine *line, uint64_t set)
{
    bool complement = __builtin_popcountll(set) > 32;
    if (complement)
        set = ~set;
    strace_printf(line, complement ? "~[" : "[");
    const char *sep = "";
    for (int signo = 1; signo <= 64; signo++) {
        if (set & (1ULL << (signo - 1))) {
            strace_printf(line, "%s", sep);
            strace_signal(line, signo);
            sep = " ";
        }
    }
    strace_printf(line, "]");
}

/* The kernel's struct sigaction: handler, flags, restorer, mask. */
static void print_sigaction(TraceLine *line, uint64_t addr)
{
    uint64_t act[4];
    if (addr == 0 || os_guest_read(act, addr, sizeof(act)) != 0) {
        print_pointer(line, addr);
        return;
    }
    strace_printf(line, "{sa_handler=");
    if (act[0] <= 1)
        strace_printf(line, act[0] ? "SIG_IGN" : "SIG_DFL");
    else
        print_pointer(line, act[0]);
    strace_printf(line, ", sa_mask=");
    print_sigset(line, act[3]);
    strace_printf(line, ", sa_flags=");
    print_flags(line, sa_flags, ARRAY_LEN(sa_flags), act[1], NULL);
    if (act[1] & 0x04000000) {
        strace_printf(line, ", sa_restorer=");
        print_pointer(line, act[2]);
    }
    strace_printf(line, "}");
}

/* execve's argv: ["ls", "-l"], cut at ARGV_SHOWN entries. */
static void print_argv(TraceLine *line, uint64_t addr)
{
    uint64_t ptr;
    if (addr == 0 || os_guest_read(&ptr, addr, sizeof(ptr)) != 0) {
        print_pointer(line, addr);
        return;
    }
    strace_printf(line, "[");
    size_t i = 0;
    for (; ptr && i < ARGV_SHOWN; i++) {
        strace_printf(line, i ? ", " : "");
        print_string(line, ptr, PATH_SHOWN);
        if (os_guest_read(&ptr, addr + 8 * (i + 1), sizeof(ptr)) != 0)
            break;
    }
    strace_printf(line, ptr && i == ARGV_SHOWN ? ", ...]" : "]");
}

/* execve's envp: its address and how many variables, as strace. */
static void print_envp(TraceLine *line, uint64_t addr)
{
    uint64_t ptr = 1;
    size_t n = 0;
    while (addr && os_guest_read(&ptr, addr + 8 * n, sizeof(ptr)) == 0 && ptr)
        n++;
    print_pointer(line, addr);
    if (addr && ptr == 0)
        strace_printf(line, " /* %zu var%s */", n, n == 1 ? "" : "s");
}

static void print_file_type(TraceLine *line, unsigned mode)
{
    static const struct {
        unsigned type;
        const char *name;
    } types[] = {{S_IFREG, "S_IFREG"},  {S_IFDIR, "S_IFDIR"}, {S_IFLNK, "S_IFLNK"},
                 {S_IFCHR, "S_IFCHR"},  {S_IFBLK, "S_IFBLK"}, {S_IFIFO, "S_IFIFO"},
                 {S_IFSOCK, "S_IFSOCK"}};
    for (size_t i = 0; i < ARRAY_LEN(types); i++)
        if ((mode & S_IFMT) == types[i].type)
            strace_printf(line, "%s|", types[i].name);
    strace_printf(line, "%#o", mode & ~S_IFMT);
}

/* The fields of a struct stat that matter most: type, mode and size. */
static void print_stat(TraceLine *line, uint64_t addr, int64_t result)
{
    struct stat st;
    if (result != 0 || os_guest_read(&st, addr, sizeof(st)) != 0) {
        print_pointer(line, addr);
        return;
    }
    strace_printf(line, "{st_mode=");
    print_file_type(line, st.st_mode);
    strace_printf(line, ", st_size=%lld, ...}", (long long)st.st_size);
}

/* open's flags: the access mode by name, then the other bits. */
static void print_open_flags(TraceLine *line, uint64_t flags)
{
    static const char *const modes[] = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};
    strace_printf(line, "%s", modes[flags & O_ACCMODE]);
    flags &= ~(uint64_t)O_ACCMODE;
    if (flags) {
        strace_printf(line, "|");
        print_flags(line, open_flags, ARRAY_LEN(open_flags), flags, NULL);
    }
}

static void print_map_flags(TraceLine *line, uint64_t flags)
{
    static const char *const types[] = {"0", "MAP_SHARED", "MAP_PRIVATE", "MAP_SHARED_VALIDATE"};
    strace_printf(line, "%s", types[flags & 3]);
    if (flags & ~3ULL) {
        strace_printf(line, "|");
        print_flags(line, map_flags, ARRAY_LEN(map_flags), flags & ~3ULL, NULL);
    }
}

/* clone's flags: the exit signal in the low byte, then CLONE_*. */
static void print_clone_flags(TraceLine *line, uint64_t flags)
{
    uint64_t rest = flags & ~(uint64_t)CSIGNAL;
    if (rest)
        print_flags(line, clone_flags, ARRAY_LEN(clone_flags), rest, NULL);
    if (flags & CSIGNAL) {
        strace_printf(line, rest ? "|" : "");
        strace_signal(line, (int)(flags & CSIGNAL));
    }
    if (flags == 0)
        strace_printf(line, "0");
}

static void print_whence(TraceLine *line, uint64_t whence)
{
    static const char *const names[] = {"SEEK_SET", "SEEK_CUR", "SEEK_END", "SEEK_DATA",
                                        "SEEK_HOLE"};
    if ((uint32_t)whence < ARRAY_LEN(names))
        strace_printf(line, "%s", names[(uint32_t)whence]);
    else
        strace_printf(line, "%u", (uint32_t)whence);
}

/* An int argument: the kernel reads the low 32 bits of most; a long that
 * does not fit them prints whole. */
static void print_int(TraceLine *line, uint64_t value)
{
    if (value <= UINT32_MAX)
        strace_printf(line, "%d", (int32_t)(uint32_t)value);
    else
        strace_printf(line, "%lld", (long long)value);
}

static void print_dirfd(TraceLine *line, uint64_t value)
{
    if ((int32_t)value == AT_FDCWD)
        strace_printf(line, "AT_FDCWD");
    else
        strace_printf(line, "%d", (int32_t)value);
}

/* One value of a small enumeration by name, else in decimal. */
static void print_named(TraceLine *line, const FlagName *names, size_t count, uint64_t value)
{
    for (size_t i = 0; i < count; i++) {
        if (names[i].bit == value) {
            strace_printf(line, "%s", names[i].name);
            return;
        }
    }
    strace_printf(line, "%#llx", (unsigned long long)value);
}

static const FlagName arch_prctl_codes[] = {
    {0x1001, "ARCH_SET_GS"}, {0x1002, "ARCH_SET_FS"},    {0x1003, "ARCH_GET_FS"},
    {0x1004, "ARCH_GET_GS"}, {0x1011, "ARCH_GET_CPUID"}, {0x1012, "ARCH_SET_CPUID"},
};

static const FlagName fcntl_commands[] = {
    FLAG(F_DUPFD),      FLAG(F_GETFD),      FLAG(F_SETFD),      FLAG(F_GETFL),
    FLAG(F_SETFL),      FLAG(F_GETLK),      FLAG(F_SETLK),      FLAG(F_SETLKW),
    FLAG(F_SETOWN),     FLAG(F_GETOWN),     FLAG(F_SETSIG),     FLAG(F_GETSIG),
    FLAG(F_SETLEASE),   FLAG(F_GETLEASE),   FLAG(F_NOTIFY),     FLAG(F_DUPFD_CLOEXEC),
    FLAG(F_SETPIPE_SZ), FLAG(F_GETPIPE_SZ), FLAG(F_ADD_SEALS),  FLAG(F_GET_SEALS),
    FLAG(F_OFD_GETLK),  FLAG(F_OFD_SETLK),  FLAG(F_OFD_SETLKW),
};

static const FlagName ioctl_requests[] = {
    FLAG(TCGETS),     FLAG(TCSETS),    FLAG(TCSETSW),   FLAG(TCSETSF),   FLAG(TIOCGWINSZ),
    FLAG(TIOCSWINSZ), FLAG(TIOCGPGRP), FLAG(TIOCSPGRP), FLAG(TIOCSCTTY), FLAG(FIONREAD),
    FLAG(FIONBIO),    FLAG(FIOCLEX),   FLAG(FIONCLEX),  FLAG(TIOCGPTN),  FLAG(TIOCSPTLCK),
};

static const FlagName prctl_options[] = {
    FLAG(PR_SET_PDEATHSIG),       FLAG(PR_GET_PDEATHSIG),    FLAG(PR_GET_DUMPABLE),
    FLAG(PR_SET_DUMPABLE),        FLAG(PR_SET_NAME),         FLAG(PR_GET_NAME),
    FLAG(PR_GET_SECCOMP),         FLAG(PR_SET_SECCOMP),      FLAG(PR_CAPBSET_READ),
    FLAG(PR_CAPBSET_DROP),        FLAG(PR_SET_NO_NEW_PRIVS), FLAG(PR_GET_NO_NEW_PRIVS),
    FLAG(PR_SET_CHILD_SUBREAPER), FLAG(PR_SET_MM),           FLAG(PR_SET_THP_DISABLE),
    FLAG(PR_GET_THP_DISABLE),     FLAG(PR_SET_VMA),          FLAG(PR_GET_TID_ADDRESS),
};

static const FlagName sigprocmask_hows[] = {FLAG(SIG_BLOCK), FLAG(SIG_UNBLOCK), FLAG(SIG_SETMASK)};

static void print_sigset_at(TraceLine *line, uint64_t addr)
{
    uint64_t set;
    if (addr == 0 || os_guest_read(&set, addr, sizeof(set)) != 0)
        print_pointer(line, addr);
    else
        print_sigset(line, set);
}

/* wait4's status as strace shows it: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]. */
static void print_wait_status(TraceLine *line, uint64_t addr, int64_t result)
{
    int status;
    if (addr == 0 || result <= 0 || os_guest_read(&status, addr, sizeof(status)) != 0) {
        print_pointer(line, addr);
        return;
    }
    if (WIFEXITED(status)) {
        strace_printf(line, "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}]", WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        strace_printf(line, "[{WIFSIGNALED(s) && WTERMSIG(s) == ");
        strace_signal(line, WTERMSIG(status));
        strace_printf(line, "%s}]", WCOREDUMP(status) ? " && WCOREDUMP(s)" : "");
    } else {
        strace_printf(line, "[%#x]", (unsigned)status);
    }
}

/* Arguments that take one value of a small enumeration (an int). */
static bool print_named_arg(TraceLine *line, char letter, uint64_t v)
{
    static const struct {
        char letter;
        const FlagName *names;
        size_t count;
    } enums[] = {
        {'R', arch_prctl_codes, ARRAY_LEN(arch_prctl_codes)},
        {'F', fcntl_commands, ARRAY_LEN(fcntl_commands)},
        {'h', sigprocmask_hows, ARRAY_LEN(sigprocmask_hows)},
        {'I', ioctl_requests, ARRAY_LEN(ioctl_requests)},
        {'Q', prctl_options, ARRAY_LEN(prctl_options)},
    };
    for (size_t i = 0; i < ARRAY_LEN(enums); i++) {
        if (enums[i].letter == letter) {
            print_named(line, enums[i].names, enums[i].count, (uint32_t)v);
            return true;
        }
    }
    return false;
}

/* The decoders that read guest memory. */
static bool print_memory_arg(TraceLine *line, char letter, size_t i, const uint64_t args[6],
                             int64_t result)
{
    uint64_t v = args[i];
    switch (letter) {
    case 's':
        print_string(line, v, PATH_SHOWN);
        return true;
    case 'b':
        print_buffer(line, v, i + 1 < 6 ? args[i + 1] : 0);
        return true;
    case 'B':
        if (SYSCALL_FAILED(result) || result < 0)
            print_pointer(line, v);
        else
            print_buffer(line, v, (uint64_t)result);
        return true;
    case 'V':
        print_argv(line, v);
        return true;
    case 'E':
        print_envp(line, v);
        return true;
    case 'A':
        print_sigaction(line, v);
        return true;
    case 'a':
        if (SYSCALL_FAILED(result))
            print_pointer(line, v);
        else
            print_sigaction(line, v);
        return true;
    case 'T':
        print_stat(line, v, result);
        return true;
    case 'G':
        print_sigset_at(line, v);
        return true;
    case 'g':
        if (SYSCALL_FAILED(result))
            print_pointer(line, v);
        else
            print_sigset_at(line, v);
        return true;
    case 'w':
        print_wait_status(line, v, result);
        return true;
    default:
        return false;
    }
}

/* The decoders of flags and numbers. */
static bool print_flag_arg(TraceLine *line, char letter, uint64_t v)
{
    switch (letter) {
    case 'O':
        print_open_flags(line, v);
        return true;
    case 'm':
        strace_printf(line, "%#llo", (unsigned long long)(uint32_t)v);
        return true;
    case 'P':
        print_flags(line, prot_flags, ARRAY_LEN(prot_flags), v, "PROT_NONE");
        return true;
    case 'M':
        print_map_flags(line, v);
        return true;
    case 'C':
        print_clone_flags(line, v);
        return true;
    case 'S':
        strace_signal(line, (int32_t)v);
        return true;
    case 'k':
        print_flags(line, access_modes, ARRAY_LEN(access_modes), (uint32_t)v, "F_OK");
        return true;
    case 'n':
        print_flags(line, at_flags, ARRAY_LEN(at_flags), (uint32_t)v, NULL);
        return true;
    case 'W':
        print_whence(line, v);
        return true;
    default:
        return false;
    }
}

void strace_arg(TraceLine *line, const char *letters, size_t i, const uint64_t args[6],
                int64_t result)
{
    char letter = letters[i];
    uint64_t v = args[i];
    if (print_memory_arg(line, letter, i, args, result) || print_flag_arg(line, letter, v) ||
        print_named_arg(line, letter, v))
        return;
    if (letter == 'd')
        print_int(line, v);
    else if (letter == 'f')
        strace_printf(line, "%d", (int32_t)v);
    else if (letter == 'D')
        print_dirfd(line, v);
    else if (letter == 'u')
        strace_printf(line, "%llu", (unsigned long long)v);
    else if (letter == 'p')
        print_pointer(line, v);
    else
        strace_printf(line, v ? "%#llx" : "%lld", (unsigned long long)v);
}

bool strace_arg_hidden(const char *letters, size_t i, const uint64_t args[6])
{
    if (letters[i] != 'm' || i == 0 || letters[i - 1] != 'O')
        return false;
    /* O_TMPFILE includes O_DIRECTORY: all of its bits must be there. */
    uint64_t flags = args[i - 1];
    return !(flags & O_CREAT) && (flags & O_TMPFILE) != O_TMPFILE;
}
