/* execveat: a file descriptor with AT_EMPTY_PATH (fexecve), a directory fd
 * with a relative path, AT_SYMLINK_NOFOLLOW on a symlink (ELOOP) and
 * through one without it, and the kernel's refusals (bad flags EINVAL, an
 * empty path without AT_EMPTY_PATH ENOENT, a file as dirfd ENOTDIR, a
 * closed fd EBADF, a directory EACCES), each in a child; the int 0x80
 * execve with 32-bit pointer arrays too. The exec'd program is this one;
 * it prints AT_EXECFN ("/dev/fd/N" or "/dev/fd/N/NAME" through an fd) and
 * its process name (the file's). */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static char self[4096];

static void report(const char *name, long r)
{
    printf("%s: %s\n", name, r < 0 ? strerror(errno) : "returned");
    fflush(stdout);
    _exit(127);
}

/* Runs `fn` in a child and prints how the child ended. */
static void run(const char *name, void (*fn)(const char *))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0)
        fn(name);
    int status;
    waitpid(pid, &status, 0);
    printf("%s: status %d\n", name, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

static long exec_at(int dirfd, const char *path, char **argv, int flags)
{
    return syscall(SYS_execveat, dirfd, path, argv, environ, flags);
}

static char *child_argv[] = {"child-argv0", "child", "one", NULL};

static void by_fd(const char *name)
{
    int fd = open(self, O_RDONLY);
    report(name, exec_at(fd, "", child_argv, AT_EMPTY_PATH));
}

static void by_cloexec_fd(const char *name)
{
    int fd = open(self, O_RDONLY | O_CLOEXEC);
    report(name, exec_at(fd, "", child_argv, AT_EMPTY_PATH));
}

static void by_dirfd(const char *name)
{
    char copy[4096];
    strcpy(copy, self);
    int dirfd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    strcpy(copy, self);
    report(name, exec_at(dirfd, basename(copy), child_argv, 0));
}

static void through_symlink(const char *name)
{
    report(name, exec_at(AT_FDCWD, "link", child_argv, 0));
}

static void nofollow_symlink(const char *name)
{
    report(name, exec_at(AT_FDCWD, "link", child_argv, AT_SYMLINK_NOFOLLOW));
}

static void nofollow_dirfd(const char *name)
{
    int dirfd = open(".", O_RDONLY | O_DIRECTORY);
    report(name, exec_at(dirfd, "link", child_argv, AT_SYMLINK_NOFOLLOW));
}

static void bad_flags(const char *name)
{
    report(name, exec_at(AT_FDCWD, self, child_argv, 0x4));
}

static void empty_path(const char *name)
{
    int fd = open(self, O_RDONLY);
    report(name, exec_at(fd, "", child_argv, 0));
}

static void file_as_dirfd(const char *name)
{
    int fd = open(self, O_RDONLY);
    report(name, exec_at(fd, "x", child_argv, 0));
}

static void closed_fd(const char *name)
{
    report(name, exec_at(99, "x", child_argv, 0));
}

static void directory_fd(const char *name)
{
    int fd = open(".", O_RDONLY | O_DIRECTORY);
    report(name, exec_at(fd, "", child_argv, AT_EMPTY_PATH));
}

/* int 0x80 execve(11): path, argv and envp below 4 GiB, 32-bit pointers. */
static void ia32_execve(const char *name)
{
    char *low = mmap((void *)0x10000000, 65536, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    unsigned *argv = (unsigned *)low, *envp = argv + 8;
    char *strings = low + 256;
    strcpy(strings, self);
    strcpy(strings + 4096, "ia32-argv0");
    strcpy(strings + 4200, "child");
    strcpy(strings + 4300, "ia32");
    argv[0] = (unsigned)(unsigned long)(strings + 4096);
    argv[1] = (unsigned)(unsigned long)(strings + 4200);
    argv[2] = (unsigned)(unsigned long)(strings + 4300);
    argv[3] = 0;
    envp[0] = 0;
    long r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(11L), "b"(strings), "c"(argv), "d"(envp) : "memory");
    errno = (int)-r;
    report(name, -1);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "child") == 0) {
        printf("  child:");
        for (int i = 0; i < argc; i++)
            printf(" [%s]", argv[i]);
        char name[17] = {0};
        prctl(PR_GET_NAME, name);
        printf("\n  AT_EXECFN %s, name %s\n", (char *)getauxval(AT_EXECFN), name);
        return 3;
    }
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    self[n > 0 ? n : 0] = 0;
    char dir[] = "/tmp/execveat.XXXXXX";
    if (!mkdtemp(dir) || chdir(dir) != 0 || symlink(self, "link") != 0)
        return 1;
    run("by_fd", by_fd);
    run("by_cloexec_fd", by_cloexec_fd);
    run("by_dirfd", by_dirfd);
    run("through_symlink", through_symlink);
    run("nofollow_symlink", nofollow_symlink);
    run("nofollow_dirfd", nofollow_dirfd);
    run("bad_flags", bad_flags);
    run("empty_path", empty_path);
    run("file_as_dirfd", file_as_dirfd);
    run("closed_fd", closed_fd);
    run("directory_fd", directory_fd);
    run("ia32_execve", ia32_execve);
    unlink("link");
    chdir("/");
    rmdir(dir);
    return 0;
}
