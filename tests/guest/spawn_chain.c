/* fork, vfork, posix_spawn and exec chains with their exit statuses, and
 * wait4/waitid statuses: exits, deaths by signal, a stop and a continue.
 * posix_spawn of a missing program returns ENOENT to the parent (glibc's
 * child reports the failed exec through memory it shares with the parent,
 * CLONE_VM|CLONE_VFORK); a vfork child's writes are the parent's. */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static char self[4096];

static void print_status(const char *name, int status)
{
    if (WIFEXITED(status))
        printf("%s: exit %d\n", name, WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        printf("%s: signal %d\n", name, WTERMSIG(status));
    else if (WIFSTOPPED(status))
        printf("%s: stopped %d\n", name, WSTOPSIG(status));
    else
        printf("%s: status %#x\n", name, status);
    fflush(stdout);
}

static void spawn(const char *name, const char *path, const char *arg)
{
    pid_t pid;
    char *argv[] = {"spawned", (char *)arg, NULL};
    int r = posix_spawn(&pid, path, NULL, NULL, argv, environ);
    printf("%s: posix_spawn %s\n", name, r ? strerror(r) : "ok");
    if (r == 0) {
        int status;
        waitpid(pid, &status, 0);
        print_status(name, status);
    }
}

static void spawnp_missing(void)
{
    pid_t pid;
    char *argv[] = {"nope", NULL};
    int r = posix_spawnp(&pid, "no-such-program-anywhere", NULL, NULL, argv, environ);
    printf("spawnp missing: %s\n", r ? strerror(r) : "ok");
}

static void vfork_cases(void)
{
    static volatile int shared;
    fflush(stdout);
    pid_t pid = vfork();
    if (pid == 0) {
        shared = 42;
        _exit(9);
    }
    int status;
    waitpid(pid, &status, 0);
    print_status("vfork exit", status);
    printf("vfork child's write: %d\n", shared);
    pid = vfork();
    if (pid == 0) {
        char *argv[] = {"vforked", "exit", "17", NULL};
        execv(self, argv);
        _exit(127);
    }
    waitpid(pid, &status, 0);
    print_status("vfork exec", status);
    pid = vfork();
    if (pid == 0) {
        char *argv[] = {"x", NULL};
        execv("/no/such/file", argv);
        shared = errno;
        _exit(127);
    }
    waitpid(pid, &status, 0);
    print_status("vfork failed exec", status);
    printf("errno seen by the parent: %s\n", strerror(shared));
}

/* A chain: fork, the child execs itself, which spawns the next. */
static void chain(int depth)
{
    char arg[16];
    snprintf(arg, sizeof(arg), "%d", depth);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {"chained", "chain", arg, NULL};
        execv(self, argv);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    print_status("chain", status);
}

static void wait_statuses(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        raise(SIGSTOP);
        for (;;)
            pause(); /* so that the continue is reported before any exit */
    }
    int status;
    waitpid(pid, &status, WUNTRACED);
    print_status("stop", status);
    kill(pid, SIGCONT);
    siginfo_t info;
    waitid(P_PID, pid, &info, WCONTINUED);
    printf("waitid continued: code %d status %d\n", info.si_code, info.si_status);
    kill(pid, SIGKILL);
    waitid(P_PID, pid, &info, WEXITED);
    printf("waitid killed: code %d status %d\n", info.si_code, info.si_status);
    pid = fork();
    if (pid == 0) {
        pause();
        _exit(0);
    }
    kill(pid, SIGTERM);
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    print_status("wait4 killed", status);
    pid = fork();
    if (pid == 0)
        _exit(200);
    waitid(P_PID, pid, &info, WEXITED | WNOWAIT);
    printf("waitid nowait: code %d status %d\n", info.si_code, info.si_status);
    waitpid(pid, &status, 0);
    print_status("after nowait", status);
}

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "exit") == 0)
        return atoi(argv[2]);
    if (argc > 2 && strcmp(argv[1], "chain") == 0) {
        int depth = atoi(argv[2]);
        if (depth > 0) {
            char arg[16];
            snprintf(arg, sizeof(arg), "%d", depth - 1);
            char *args[] = {"spawned", "chain", arg, NULL};
            pid_t pid;
            if (posix_spawn(&pid, "/proc/self/exe", NULL, NULL, args, environ) != 0)
                return 99;
            int status;
            waitpid(pid, &status, 0);
            return WIFEXITED(status) ? WEXITSTATUS(status) + 1 : 98;
        }
        return 10;
    }
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    self[n > 0 ? n : 0] = 0;
    spawn("spawn missing", "/no/such/program", NULL);
    spawn("spawn not executable", "/etc/passwd", NULL);
    char *argv2[] = {"spawned", "exit", "33", NULL};
    pid_t pid;
    int status;
    fflush(stdout);
    if (posix_spawn(&pid, self, NULL, NULL, argv2, environ) == 0) {
        waitpid(pid, &status, 0);
        print_status("spawn self", status);
    }
    spawnp_missing();
    vfork_cases();
    chain(4);
    wait_statuses();
    return 0;
}
