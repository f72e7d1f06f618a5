/* A signal interrupting a blocking system call: restarted or EINTR, as the
 * kernel decides. A child waits until the parent is blocked in the call
 * (its /proc/PPID/syscall names that call), sends a signal, and for the pipe
 * cases writes data 20 ms later. read from a pipe: with SA_RESTART the read
 * is restarted and returns the data written later; without, it returns -1
 * EINTR, and the next read gets the data. nanosleep and poll are not
 * restarted even with SA_RESTART (-1 EINTR); nanosleep leaves the remaining
 * time (> 0 and < the request) in its second argument. A signal whose action
 * is SIG_IGN does not interrupt the read at all. Each case prints how many
 * times the handler ran. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int handled;
static void on_usr1(int sig) { handled++; (void)sig; }

static void act(void (*h)(int), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    sigaction(SIGUSR1, &sa, NULL);
}

/* The first field of /proc/PID/syscall: the number of the call it is
 * blocked in, or -1 ("running"). */
static long blocked_in(pid_t pid)
{
    char path[64], buf[128] = "";
    snprintf(path, sizeof path, "/proc/%d/syscall", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f) return -2;
    if (!fgets(buf, sizeof buf, f)) buf[0] = 0;
    fclose(f);
    return buf[0] >= '0' && buf[0] <= '9' ? strtol(buf, NULL, 10) : -1;
}

/* Forks a child that waits until this process blocks in syscall NR (or
 * ALT), sends SIGUSR1, and then, if wfd >= 0, writes "data" to it 20 ms
 * later. */
static pid_t signal_when_blocked(long nr, long alt, int wfd)
{
    fflush(stdout);
    pid_t parent = getpid(), pid = fork();
    if (pid) return pid;
    for (int i = 0; i < 5000; i++) {
        long in = blocked_in(parent);
        if (in == nr || in == alt) break;
        usleep(1000);
    }
    usleep(5000);
    kill(parent, SIGUSR1);
    if (wfd >= 0) {
        usleep(20000);
        write(wfd, "data", 4);
    }
    _exit(0);
}

static void read_case(const char *name, void (*h)(int), int flags)
{
    int p[2];
    pipe(p);
    act(h, flags);
    handled = 0;
    pid_t pid = signal_when_blocked(SYS_read, SYS_read, p[1]);
    char buf[16] = "";
    ssize_t n = read(p[0], buf, sizeof buf - 1);
    int e = errno;
    printf("%s: read %zd %s", name, n, n < 0 ? strerror(e) : buf);
    if (n < 0) {
        n = read(p[0], buf, sizeof buf - 1);
        printf(", read again %zd %s", n, n < 0 ? strerror(errno) : buf);
    }
    waitpid(pid, NULL, 0);
    printf(", handler ran %d\n", handled);
    close(p[0]);
    close(p[1]);
}

static void nanosleep_case(const char *name, int flags)
{
    act(on_usr1, flags);
    handled = 0;
    pid_t pid = signal_when_blocked(SYS_clock_nanosleep, SYS_nanosleep, -1);
    struct timespec req = {2, 0}, rem = {-1, -1};
    int r = nanosleep(&req, &rem);
    int e = errno;
    waitpid(pid, NULL, 0);
    printf("%s: nanosleep %d %s, remaining > 0: %d, < request: %d, handler ran %d\n", name, r,
           r ? strerror(e) : "", rem.tv_sec > 0 || rem.tv_nsec > 0,
           rem.tv_sec < 2 && rem.tv_sec >= 0, handled);
}

static void poll_case(const char *name, int flags)
{
    int p[2];
    pipe(p);
    act(on_usr1, flags);
    handled = 0;
    pid_t pid = signal_when_blocked(SYS_poll, SYS_ppoll, p[1]);
    struct pollfd pfd = {p[0], POLLIN, 0};
    int r = poll(&pfd, 1, 5000);
    int e = errno;
    waitpid(pid, NULL, 0);
    printf("%s: poll %d %s, handler ran %d\n", name, r, r < 0 ? strerror(e) : "", handled);
    close(p[0]);
    close(p[1]);
}

int main(void)
{
    read_case("read, SA_RESTART", on_usr1, SA_RESTART);
    read_case("read, no SA_RESTART", on_usr1, 0);
    read_case("read, SIG_IGN", SIG_IGN, 0);
    nanosleep_case("nanosleep, SA_RESTART", SA_RESTART);
    nanosleep_case("nanosleep, no SA_RESTART", 0);
    poll_case("poll, SA_RESTART", SA_RESTART);
    return 0;
}
