/* System calls that Shunt emulates, given bad pointers, must answer EFAULT
 * (or the kernel's other errors) as natively, never crash the translator. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void show(const char *what, long r)
{
    printf("%-28s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(void)
{
    char buf[64];
    void *bad = (void *)16;
    show("open(bad)", syscall(SYS_open, bad, O_RDONLY));
    show("openat(bad)", syscall(SYS_openat, AT_FDCWD, bad, O_RDONLY));
    show("readlink(bad path)", syscall(SYS_readlink, bad, buf, sizeof(buf)));
    show("readlink(exe, bad buf)", syscall(SYS_readlink, "/proc/self/exe", bad, 64));
    show("readlinkat(bad path)", syscall(SYS_readlinkat, AT_FDCWD, bad, buf, 64));
    show("rt_sigaction(bad act)", syscall(SYS_rt_sigaction, SIGUSR1, bad, 0, 8));
    show("rt_sigaction(bad old)", syscall(SYS_rt_sigaction, SIGUSR1, 0, bad, 8));
    show("arch_prctl(GET_FS, bad)", syscall(SYS_arch_prctl, 0x1003, bad));
    show("execve(bad path)", syscall(SYS_execve, bad, 0, 0));
    char *argv_bad[] = {"x", bad, NULL};
    show("execve(missing, argv)", syscall(SYS_execve, "/nonexistent", argv_bad, 0));
    show("execve(ok path, bad argv)", syscall(SYS_execve, "/bin/true", bad, 0));
    char longpath[8192];
    memset(longpath, 'a', sizeof(longpath) - 1);
    longpath[sizeof(longpath) - 1] = '\0';
    show("open(too long)", syscall(SYS_open, longpath, O_RDONLY));
    return 0;
}
