/* Waiting for and sending signals, with the siginfo each way gives.
 * sigsuspend: with the signal already pending (returns at once, EINTR) and
 * with it sent later by a child; inside the handler the mask is the
 * suspend mask plus the signal, and the old mask is back afterwards.
 * sigtimedwait: a timeout (EAGAIN) and a pending signal (returns it, with
 * raise's si_code and si_pid). signalfd: a blocked SIGUSR1 sent
 * with kill is read as a signalfd_siginfo (ssi_signo, ssi_code SI_USER,
 * ssi_pid, ssi_uid), poll sees it readable, and a nonblocking read with
 * nothing pending gives EAGAIN. sigqueue and rt_sigqueueinfo (a custom
 * negative si_code) deliver si_value to an SA_SIGINFO handler; two queued
 * values of one real-time signal arrive in order. pidfd_send_signal (SI_USER)
 * and tgkill (SI_TKILL) to ourselves. 1000 raises and a kill of SIGUSR1 run
 * its handler 1001 times. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int info_count;
static char info_log[512];
static void on_info(int sig, siginfo_t *si, void *uc)
{
    char b[128];
    info_count++;
    snprintf(b, sizeof b, " [sig %s code %d pid %s value %d]",
             sig == SIGUSR1 ? "USR1" : sig == SIGUSR2 ? "USR2" : sig == SIGRTMIN ? "RTMIN" : "?",
             si->si_code, si->si_pid == getpid() ? "self" : si->si_pid == 0 ? "0" : "other",
             si->si_code == SI_QUEUE || si->si_code < -6 ? si->si_value.sival_int : -1);
    strncat(info_log, b, sizeof info_log - strlen(info_log) - 1);
    (void)uc;
}
static void show(const char *title)
{
    printf("%s:%s\n", title, info_log);
    info_log[0] = 0;
}

static int in_handler_usr2_blocked = -1, in_handler_usr1_blocked = -1;
static void on_usr1_mask(int sig)
{
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    in_handler_usr1_blocked = sigismember(&cur, SIGUSR1);
    in_handler_usr2_blocked = sigismember(&cur, SIGUSR2);
    (void)sig;
}

static volatile int plain_count;
static void on_plain(int sig) { plain_count++; (void)sig; }

static void act(int sig, void (*h)(int), void (*sh)(int, siginfo_t *, void *))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    if (sh) {
        sa.sa_sigaction = sh;
        sa.sa_flags = SA_SIGINFO;
    } else {
        sa.sa_handler = h;
    }
    sigaction(sig, &sa, NULL);
}

static void block(int how, int sig)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(how, &s, NULL);
}
static int blocked(int sig)
{
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    return sigismember(&cur, sig);
}

static void suspend_cases(void)
{
    act(SIGUSR1, on_usr1_mask, NULL);
    block(SIG_BLOCK, SIGUSR1);
    raise(SIGUSR1);
    sigset_t wait_mask;
    sigemptyset(&wait_mask);
    sigaddset(&wait_mask, SIGUSR2);
    int r = sigsuspend(&wait_mask);
    int e = errno;
    printf("sigsuspend, pending: %d %s; in handler USR1 blocked %d USR2 blocked %d; after: USR1 "
           "blocked %d USR2 blocked %d\n",
           r, strerror(e), in_handler_usr1_blocked, in_handler_usr2_blocked, blocked(SIGUSR1),
           blocked(SIGUSR2));

    in_handler_usr1_blocked = in_handler_usr2_blocked = -1;
    fflush(stdout);
    pid_t parent = getpid(), pid = fork();
    if (pid == 0) {
        usleep(20000);
        kill(parent, SIGUSR1);
        _exit(0);
    }
    r = sigsuspend(&wait_mask);
    e = errno;
    waitpid(pid, NULL, 0);
    printf("sigsuspend, sent by a child: %d %s; in handler USR1 blocked %d USR2 blocked %d\n", r,
           strerror(e), in_handler_usr1_blocked, in_handler_usr2_blocked);
    block(SIG_UNBLOCK, SIGUSR1);
}

static void timedwait_cases(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    block(SIG_BLOCK, SIGUSR2);
    struct timespec ts = {0, 10 * 1000 * 1000};
    siginfo_t si;
    int r = sigtimedwait(&set, &si, &ts);
    printf("sigtimedwait, nothing pending: %d %s\n", r, strerror(errno));
    raise(SIGUSR2);
    memset(&si, 0, sizeof si);
    r = sigtimedwait(&set, &si, &ts);
    printf("sigtimedwait, pending: %s, si_signo %d si_code %d si_pid %s, still pending %d\n",
           r == SIGUSR2 ? "SIGUSR2" : "BAD", si.si_signo, si.si_code,
           si.si_pid == getpid() ? "self" : "BAD", ({
               sigset_t p;
               sigpending(&p);
               sigismember(&p, SIGUSR2);
           }));
    kill(getpid(), SIGUSR2);
    r = sigwaitinfo(&set, &si);
    printf("sigwaitinfo after kill: %s code %d\n", r == SIGUSR2 ? "SIGUSR2" : "BAD", si.si_code);
    block(SIG_UNBLOCK, SIGUSR2);
}

static void signalfd_cases(void)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    block(SIG_BLOCK, SIGUSR1);
    int fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    struct signalfd_siginfo ssi;
    ssize_t n = read(fd, &ssi, sizeof ssi);
    printf("signalfd, nothing pending: %zd %s\n", n, strerror(errno));
    kill(getpid(), SIGUSR1);
    struct pollfd pfd = {fd, POLLIN, 0};
    int pr = poll(&pfd, 1, 1000);
    memset(&ssi, 0, sizeof ssi);
    n = read(fd, &ssi, sizeof ssi);
    printf("signalfd: poll %d revents %#x, read %zd, ssi_signo %u ssi_code %d ssi_pid %s ssi_uid "
           "%s\n",
           pr, pfd.revents, n, ssi.ssi_signo, ssi.ssi_code,
           ssi.ssi_pid == (uint32_t)getpid() ? "self" : "BAD",
           ssi.ssi_uid == getuid() ? "ok" : "BAD");
    sigqueue(getpid(), SIGUSR1, (union sigval){.sival_int = 4242});
    memset(&ssi, 0, sizeof ssi);
    n = read(fd, &ssi, sizeof ssi);
    printf("signalfd after sigqueue: read %zd, ssi_code %d ssi_int %d\n", n, ssi.ssi_code,
           ssi.ssi_int);
    close(fd);
    block(SIG_UNBLOCK, SIGUSR1);
}

static void queue_cases(void)
{
    act(SIGUSR1, NULL, on_info);
    act(SIGUSR2, NULL, on_info);
    act(SIGRTMIN, NULL, on_info);
    sigqueue(getpid(), SIGUSR1, (union sigval){.sival_int = 17});
    show("sigqueue");

    siginfo_t si;
    memset(&si, 0, sizeof si);
    si.si_signo = SIGUSR2;
    si.si_code = -42;
    si.si_pid = getpid();
    si.si_uid = getuid();
    si.si_value.sival_int = 77;
    long r = syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR2, &si);
    printf("rt_sigqueueinfo: %ld\n", r);
    show("rt_sigqueueinfo, si_code -42");

    block(SIG_BLOCK, SIGRTMIN);
    sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = 1});
    sigqueue(getpid(), SIGRTMIN, (union sigval){.sival_int = 2});
    block(SIG_UNBLOCK, SIGRTMIN);
    show("two queued RTMIN");

    int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
    r = syscall(SYS_pidfd_send_signal, pidfd, SIGUSR2, NULL, 0);
    printf("pidfd_send_signal: %ld\n", r);
    show("pidfd_send_signal");
    close(pidfd);

    r = syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
    printf("tgkill: %ld\n", r);
    show("tgkill");
    r = syscall(SYS_tgkill, getpid(), getpid() + 1000000, SIGUSR1);
    printf("tgkill to no such thread: %ld %s\n", r, strerror(errno));
}

int main(void)
{
    suspend_cases();
    timedwait_cases();
    signalfd_cases();
    queue_cases();
    act(SIGUSR1, on_plain, NULL);
    for (int i = 0; i < 1000; i++) raise(SIGUSR1);
    kill(getpid(), SIGUSR1);
    printf("1000 raises and a kill: %d deliveries\n", plain_count);
    return 0;
}
