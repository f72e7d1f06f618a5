/* The process's own /proc files by every spelling: /proc/thread-self,
 * /proc/<pid>, /proc/<pid>/task/<tid>, "." and ".." components, relative
 * to a directory fd of /proc/self (or of /proc), or to a cwd there. exe
 * names the program, cmdline holds its argv, auxv is the auxv on its
 * initial stack (not the translator's), maps opens. */
#include <elf.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;
static const char *exe_base;
static char *initial_auxv;
static size_t initial_auxv_bytes;

static void check_exe_link(const char *what, int dirfd, const char *path)
{
    char buf[4096];
    ssize_t n = readlinkat(dirfd, path, buf, sizeof(buf) - 1);
    buf[n > 0 ? n : 0] = '\0';
    const char *b = strrchr(buf, '/');
    printf("%-30s readlink names the program: %s\n", what,
           n > 0 && b && strcmp(b + 1, exe_base) == 0 ? "yes" : "no");
}

static ssize_t slurp(int dirfd, const char *path, char *buf, size_t size)
{
    int fd = openat(dirfd, path, O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t total = 0, n;
    while ((n = read(fd, buf + total, size - total)) > 0)
        total += n;
    close(fd);
    return total;
}

static void check_files(const char *what, int dirfd, const char *prefix)
{
    char path[256], buf[8192];
    snprintf(path, sizeof(path), "%sexe", prefix);
    check_exe_link(what, dirfd, path);
    ssize_t n = slurp(dirfd, path, buf, sizeof(buf));
    printf("%-30s exe opens as ELF: %s\n", what, n > 4 && memcmp(buf, "\177ELF", 4) == 0 ? "yes" : "no");
    snprintf(path, sizeof(path), "%scmdline", prefix);
    n = slurp(dirfd, path, buf, sizeof(buf));
    int args = 0;
    const char *last = "";
    for (ssize_t i = 0; i < n; i++) {
        if (buf[i] == '\0') {
            args++;
            if (i + 1 < n)
                last = buf + i + 1;
        }
    }
    printf("%-30s cmdline: %d args, last \"%s\"\n", what, args, last);
    snprintf(path, sizeof(path), "%sauxv", prefix);
    n = slurp(dirfd, path, buf, sizeof(buf));
    printf("%-30s auxv is the initial stack's: %s\n", what,
           n == (ssize_t)initial_auxv_bytes && memcmp(buf, initial_auxv, n) == 0 ? "yes" : "no");
    snprintf(path, sizeof(path), "%smaps", prefix);
    n = slurp(dirfd, path, buf, sizeof(buf));
    printf("%-30s maps opens: %s\n", what, n > 0 ? "yes" : "no");
}

int main(int argc, char **argv)
{
    char **p = environ;
    while (*p)
        p++;
    initial_auxv = (char *)(p + 1);
    Elf64_auxv_t *a = (Elf64_auxv_t *)initial_auxv;
    while (a->a_type != AT_NULL)
        a++;
    initial_auxv_bytes = (char *)(a + 1) - initial_auxv;
    const char *b = strrchr(argv[0], '/');
    exe_base = b ? b + 1 : argv[0];

    char path[256];
    int pid = getpid(), tid = (int)syscall(SYS_gettid);
    check_files("/proc/self/", AT_FDCWD, "/proc/self/");
    check_files("/proc/thread-self/", AT_FDCWD, "/proc/thread-self/");
    snprintf(path, sizeof(path), "/proc/%d/task/%d/", pid, tid);
    check_files("/proc/<pid>/task/<tid>/", AT_FDCWD, path);
    check_files("/proc/self/task/<tid>/", AT_FDCWD,
                (snprintf(path, sizeof(path), "/proc/self/task/%d/", tid), path));
    check_files("//proc/./self/../self//", AT_FDCWD, "//proc/./self/../self//");
    check_files("/proc/thread-self/../../", AT_FDCWD, "/proc/thread-self/../../");
    int self = open("/proc/self", O_RDONLY | O_DIRECTORY);
    check_files("dirfd /proc/self", self, "");
    check_files("dirfd /proc/self, ./", self, "./");
    int proc = open("/proc", O_RDONLY | O_DIRECTORY);
    check_files("dirfd /proc, self/", proc, "self/");
    snprintf(path, sizeof(path), "%d/", pid);
    check_files("dirfd /proc, <pid>/", proc, path);
    int thread = open("/proc/thread-self", O_RDONLY | O_DIRECTORY);
    check_files("dirfd /proc/thread-self", thread, "");
    char cwd[4096];
    getcwd(cwd, sizeof(cwd));
    chdir("/proc/self");
    check_files("cwd /proc/self", AT_FDCWD, "");
    chdir("task");
    snprintf(path, sizeof(path), "%d/", tid);
    check_files("cwd /proc/self/task", AT_FDCWD, path);
    chdir(cwd);
    /* Another process's files are not ours. */
    snprintf(path, sizeof(path), "/proc/%d/", getppid());
    char buf[4096];
    ssize_t n = readlink(strcat(path, "exe"), buf, sizeof(buf));
    printf("parent's exe readable: %s\n", n > 0 ? "yes" : "no");
    printf("AT_ENTRY from auxv file matches getauxval: ");
    n = slurp(AT_FDCWD, "/proc/self/auxv", buf, sizeof(buf));
    int found = 0;
    for (Elf64_auxv_t *e = (Elf64_auxv_t *)buf; (char *)e < buf + n; e++)
        if (e->a_type == AT_ENTRY)
            found = e->a_un.a_val == getauxval(AT_ENTRY);
    printf("%s\n", found ? "yes" : "no");
    struct open_how how = {.flags = O_RDONLY};
    int fd = syscall(SYS_openat2, AT_FDCWD, "/proc/thread-self/auxv", &how, sizeof(how));
    n = fd >= 0 ? read(fd, buf, sizeof(buf)) : -1;
    printf("openat2 auxv is the initial stack's: %s\n",
           n == (ssize_t)initial_auxv_bytes && memcmp(buf, initial_auxv, n) == 0 ? "yes" : "no");
    /* cmdline is read from the argv strings in memory, as the kernel does;
     * with the NUL after the last one overwritten (setproctitle), it is the
     * text up to the first NUL. */
    argv[argc - 1][0] = 'A';
    n = slurp(AT_FDCWD, "/proc/self/cmdline", buf, sizeof(buf));
    const char *lastarg = buf;
    for (ssize_t i = 0; i + 1 < n; i++)
        if (buf[i] == '\0')
            lastarg = buf + i + 1;
    printf("cmdline's last argument after editing argv: %s\n", n > 0 ? lastarg : "-");
    char *end = argv[argc - 1] + strlen(argv[argc - 1]);
    *end = '!';
    n = slurp(AT_FDCWD, "/proc/self/cmdline", buf, sizeof(buf));
    *end = '\0';
    printf("cmdline with its last NUL overwritten: %zd bytes, %s\n", n,
           n > 0 && (size_t)n == strlen(argv[0]) + 1 ? "argv[0] only" : "other");
    return 0;
}
