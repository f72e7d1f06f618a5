/* A program that deleted its own executable: readlink("/proc/self/exe")
 * ends in " (deleted)" and /proc/self/exe still opens. The translator's
 * hold on the file must not show: after close_range(3, ~0U) it still
 * opens, and every fd number up to the limit can be dup2'd onto and
 * closed (closing a free number is EBADF). The test runs a copy of itself
 * that deletes itself. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void show_exe(const char *when)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    buf[n > 0 ? n : 0] = '\0';
    const char *b = strrchr(buf, '/');
    int fd = open("/proc/self/exe", O_RDONLY);
    char magic[4] = {0};
    if (fd >= 0)
        read(fd, magic, 4);
    printf("%s: exe \"%s\", opens as ELF: %s\n", when, b ? b + 1 : buf,
           memcmp(magic, "\177ELF", 4) == 0 ? "yes" : "no");
    if (fd >= 0)
        close(fd);
}

static void child(void)
{
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    self[n > 0 ? n : 0] = '\0';
    show_exe("before unlink");
    printf("unlink: %d\n", unlink(self));
    show_exe("after unlink");
    printf("close_range(3, ~0U): %ld\n", syscall(SYS_close_range, 3, ~0U, 0));
    show_exe("after close_range");
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    int top = rl.rlim_cur < 65536 ? (int)rl.rlim_cur : 65536, dups = 0, closes = 0, ebadf = 0;
    for (int fd = top - 64; fd < top; fd++)
        dups += dup2(1, fd) == fd;
    show_exe("with the top fds taken");
    for (int fd = top - 64; fd < top; fd++)
        closes += close(fd) == 0;
    for (int fd = top - 64; fd < top; fd++)
        ebadf += close(fd) < 0 && errno == EBADF;
    printf("top 64 fds: %d dup2, %d closed, %d EBADF after\n", dups, closes, ebadf);
    show_exe("at the end");
}

int main(void)
{
    if (getenv("EXE_DELETED_CHILD")) {
        child();
        return 0;
    }
    int in = open("/proc/self/exe", O_RDONLY);
    int out = open("copy", O_WRONLY | O_CREAT | O_TRUNC, 0755);
    char buf[65536];
    ssize_t n;
    while ((n = read(in, buf, sizeof(buf))) > 0)
        write(out, buf, n);
    close(in);
    close(out);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {"copy", NULL}, *envp[] = {"EXE_DELETED_CHILD=1", NULL};
        execve("./copy", argv, envp);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    printf("child exit status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
