/* ppoll, pselect and epoll_pwait wait with a temporary signal mask: a
 * signal the normal mask blocks and the temporary one does not must run
 * its handler during the wait (the call fails with EINTR), the handler
 * runs with the temporary mask (plus its own signal), and the normal mask
 * is back once the call returns. The classic race-free wait for SIGCHLD. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int handled, usr2_blocked_in_handler, usr1_blocked_in_handler;

static void on_usr1(int sig)
{
    (void)sig;
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    handled++;
    usr1_blocked_in_handler = sigismember(&now, SIGUSR1);
    usr2_blocked_in_handler = sigismember(&now, SIGUSR2);
}

/* A child that sends SIGUSR1 to its parent, while the parent waits. */
static pid_t send_later(void)
{
    pid_t parent = getpid(), pid = fork();
    if (pid == 0) {
        usleep(50000);
        kill(parent, SIGUSR1);
        _exit(0);
    }
    return pid;
}

static void report(const char *name, int r, int err, pid_t child)
{
    waitpid(child, NULL, 0);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("%s: r %d %s, handled %d, in handler usr1 %d usr2 %d, after usr1 %d usr2 %d\n", name, r,
           r < 0 ? strerror(err) : "-", handled, usr1_blocked_in_handler, usr2_blocked_in_handler,
           sigismember(&now, SIGUSR1), sigismember(&now, SIGUSR2));
    handled = 0;
}

int main(void)
{
    signal(SIGUSR1, on_usr1);
    sigset_t normal, temporary;
    sigemptyset(&normal);
    sigaddset(&normal, SIGUSR1);
    sigaddset(&normal, SIGUSR2);
    sigprocmask(SIG_SETMASK, &normal, NULL);
    sigemptyset(&temporary);
    int fds[2];
    pipe(fds);

    pid_t child = send_later();
    struct pollfd pfd = {.fd = fds[0], .events = POLLIN};
    struct timespec five = {5, 0};
    int r = ppoll(&pfd, 1, &five, &temporary);
    report("ppoll", r, errno, child);

    child = send_later();
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fds[0], &set);
    r = pselect(fds[0] + 1, &set, NULL, NULL, &five, &temporary);
    report("pselect", r, errno, child);

    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = fds[0]};
    epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev);
    child = send_later();
    r = epoll_pwait(ep, &ev, 1, 5000, &temporary);
    report("epoll_pwait", r, errno, child);

    /* Data ready at once: no signal, the normal mask stays. */
    write(fds[1], "x", 1);
    r = ppoll(&pfd, 1, &five, &temporary);
    report("ppoll ready", r, errno, getpid());
    return 0;
}
