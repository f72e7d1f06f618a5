/* Signals sent by a parent to its children, and what the parent then sees.
 * Each child tells the parent through a pipe when it is ready (its action
 * set), then waits in pause(). SIGTERM to a child with a handler: the
 * handler prints and exits 7 (WIFEXITED, status 7). SIGTERM to a child with
 * the default action: WIFSIGNALED, WTERMSIG 15, WCOREDUMP as natively.
 * SIGTERM to a child ignoring it, then SIGKILL: killed by 9. SIGSTOP and
 * SIGCONT: waitpid with WUNTRACED/WCONTINUED reports stopped by 19, then
 * continued. The parent's SA_SIGINFO SIGCHLD handler sees each state change
 * (si_code CLD_EXITED/CLD_KILLED/CLD_STOPPED/CLD_CONTINUED, si_status, si_pid
 * the child's), recorded in order and printed at the end; the parent waits
 * for each SIGCHLD before the next state change, since two pending at once
 * would be delivered once. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t current_child;
static char chld_log[1024];
static volatile int chld_count;
static void on_chld(int sig, siginfo_t *si, void *uc)
{
    char b[96];
    chld_count++;
    static const char *const codes[] = {"?", "EXITED", "KILLED", "DUMPED", "TRAPPED", "STOPPED",
                                        "CONTINUED"};
    snprintf(b, sizeof b, " [%s status %d pid %s]",
             si->si_code >= 1 && si->si_code <= 6 ? codes[si->si_code] : "?", si->si_status,
             si->si_pid == current_child ? "child" : "other");
    strncat(chld_log, b, sizeof chld_log - strlen(chld_log) - 1);
    (void)sig, (void)uc;
}

static void on_term(int sig)
{
    static const char msg[] = "child: got SIGTERM, exiting 7\n";
    write(1, msg, sizeof msg - 1);
    _exit(7);
    (void)sig;
}

/* Forks a child that sets SIGTERM's action to ACTION, says it is ready and
 * pauses; returns once it is ready. */
static pid_t child(void (*action)(int))
{
    int p[2];
    pipe(p);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGTERM, action);
        write(p[1], "r", 1);
        for (;;) pause();
    }
    char c;
    read(p[0], &c, 1);
    close(p[0]);
    close(p[1]);
    current_child = pid;
    return pid;
}

static void print_status(const char *name, int st)
{
    printf("%s: ", name);
    if (WIFEXITED(st)) printf("exited %d\n", WEXITSTATUS(st));
    else if (WIFSIGNALED(st))
        printf("signaled %d, core %d\n", WTERMSIG(st), WCOREDUMP(st) ? 1 : 0);
    else if (WIFSTOPPED(st)) printf("stopped by %d\n", WSTOPSIG(st));
    else if (WIFCONTINUED(st)) printf("continued\n");
    else printf("status %#x\n", st);
}

/* Waits for a state change of PID, then for the SIGCHLD it sent (the N-th):
 * two SIGCHLDs pending at once would be delivered once. */
static int wait_for(pid_t pid, int flags, int n)
{
    int st = 0;
    while (waitpid(pid, &st, flags) < 0) continue; /* EINTR from SIGCHLD */
    for (int i = 0; i < 2000 && chld_count < n; i++) usleep(1000);
    return st;
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_chld;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGCHLD, &sa, NULL);

    pid_t pid = child(on_term);
    kill(pid, SIGTERM);
    print_status("SIGTERM, handler", wait_for(pid, 0, 1));

    pid = child(SIG_DFL);
    kill(pid, SIGTERM);
    print_status("SIGTERM, default", wait_for(pid, 0, 2));

    pid = child(SIG_IGN);
    kill(pid, SIGTERM);
    usleep(10000);
    int st, r = waitpid(pid, &st, WNOHANG);
    printf("SIGTERM, ignored: still running %d\n", r == 0);
    kill(pid, SIGKILL);
    print_status("then SIGKILL", wait_for(pid, 0, 3));

    pid = child(SIG_DFL);
    kill(pid, SIGSTOP);
    print_status("SIGSTOP", wait_for(pid, WUNTRACED, 4));
    kill(pid, SIGCONT);
    print_status("SIGCONT", wait_for(pid, WCONTINUED, 5));
    kill(pid, SIGKILL);
    print_status("SIGKILL", wait_for(pid, 0, 6));

    printf("SIGCHLD:%s\n", chld_log);
    return 0;
}
