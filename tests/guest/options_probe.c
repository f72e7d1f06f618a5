/*
 * options_probe: what tests/options/run looks at under -strace, -E, -U and
 * -L; as a guest test it just runs the same natively and under Shunt.
 *
 * Prints its environment (the OPT_ variables), a file at an absolute path
 * that exists only under a -L prefix, makes a few calls whose -strace
 * lines the script checks (writes, an open of a missing file, two bad
 * pointers, a signal action, an mmap), and with the argument "reexec" changes OPT_A and executes
 * itself, so that the script sees -E is not applied again to the child.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;

static void print_env(const char *who)
{
    for (char **e = environ; *e; e++)
        if (strncmp(*e, "OPT_", 4) == 0)
            printf("%s env %s\n", who, *e);
}

static void print_prefixed_file(void)
{
    char buf[64] = "";
    struct stat st;
    int fd = open("/shunt-options-probe/data.txt", O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
    printf("data: %s\n", n >= 0 ? buf : "(missing)\n");
    printf("stat: %s\n", stat("/shunt-options-probe/data.txt", &st) == 0 ? "found" : "missing");
    if (fd >= 0)
        close(fd);
}

static void traced_calls(void)
{
    fflush(stdout);
    write(1, "probe: hello\n", 13);
    write(1, "probe: a line longer than thirty-two bytes\n", 43);
    signal(SIGUSR1, SIG_IGN);
    void *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap: %s\n", p != MAP_FAILED ? "ok" : "failed");
    int fd = open("/nonexistent/strace-probe", O_RDONLY);
    printf("missing: %s\n", fd < 0 && errno == ENOENT ? "ENOENT" : "?");
    long r = syscall(SYS_write, 1, (void *)1, 5);
    printf("bad write: %ld %s\n", r, r < 0 && errno == EFAULT ? "EFAULT" : "?");
    r = syscall(SYS_openat, AT_FDCWD, (void *)1, O_RDONLY);
    printf("bad open: %ld %s\n", r, r < 0 && errno == EFAULT ? "EFAULT" : "?");
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    print_env(strcmp(mode, "child") == 0 ? "child" : "parent");
    if (strcmp(mode, "child") == 0)
        return 0;
    print_prefixed_file();
    traced_calls();
    if (strcmp(mode, "reexec") == 0) {
        setenv("OPT_A", "changed-by-guest", 1);
        fflush(stdout);
        execl("/proc/self/exe", "options_probe", "child", (char *)NULL);
        perror("execl");
        return 1;
    }
    return 0;
}
