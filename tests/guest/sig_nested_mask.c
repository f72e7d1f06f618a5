/* Signal masks and nesting, as a log of events in order. A SIGUSR1 handler
 * that raises SIGUSR2: with SIGUSR2 in its sa_mask the SIGUSR2 handler runs
 * after SIGUSR1's returns; without, it nests inside. A handler raising its
 * own signal: deferred until it returns, or nested with SA_NODEFER.
 * SA_RESETHAND: the first delivery resets the action to SIG_DFL (read back
 * with sigaction), so in a child the second raise kills it. The mask inside a
 * handler (read with sigprocmask: the signal itself plus sa_mask), the
 * uc_sigmask of its context (the mask it interrupted), and the mask after
 * return (restored; a handler that adds SIGTERM to uc_sigmask leaves SIGTERM
 * blocked). A blocked signal stays pending (sigpending) and is delivered
 * before sigprocmask's unblock returns; standard signals raised three times
 * while blocked are delivered once, real-time ones three times. On unblock
 * the kernel sets up one frame per pending signal, lowest number first, each
 * on top of the last (no handler here masks the others), before returning
 * to user mode: so the handlers run highest number first. SIGKILL and
 * SIGSTOP cannot be blocked. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

static char log_[1024];
static void note(const char *s)
{
    strncat(log_, s, sizeof log_ - strlen(log_) - 1);
}
static void show(const char *title)
{
    printf("%s:%s\n", title, log_);
    log_[0] = 0;
}

static const int watched[] = {SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM, SIGURG};
static const char *const watched_name[] = {"INT", "USR1", "USR2", "ALRM", "TERM", "URG"};
/* The members of SET among the watched signals, as " {USR1 USR2}". */
static void note_set(const sigset_t *set)
{
    note(" {");
    int first = 1;
    for (unsigned i = 0; i < sizeof watched / sizeof watched[0]; i++)
        if (sigismember(set, watched[i])) {
            if (!first) note(" ");
            note(watched_name[i]);
            first = 0;
        }
    note("}");
}
static void note_mask(void)
{
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    note_set(&cur);
}

static int depth, raise_self;
static void on_usr1(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    depth++;
    note(depth > 1 ? " usr1-nested(" : " usr1(");
    note_mask();
    note(" uc");
    note_set(&uc->uc_sigmask);
    if (raise_self == 1) {
        raise_self = 2; /* once: a deferred delivery must not raise again */
        note(" raise-usr1");
        raise(SIGUSR1);
    } else if (!raise_self) {
        note(" raise-usr2");
        raise(SIGUSR2);
    }
    note(" )");
    depth--;
    (void)sig, (void)si;
}
static void on_usr2(int sig) { note(" usr2"); (void)sig; }
static void on_term_mask(int sig, siginfo_t *si, void *ucv)
{
    note(" alrm");
    sigaddset(&((ucontext_t *)ucv)->uc_sigmask, SIGTERM);
    (void)sig, (void)si;
}
static int rt_count[4];
static void on_any(int sig)
{
    char b[32];
    if (sig >= SIGRTMIN && sig < SIGRTMIN + 4) {
        rt_count[sig - SIGRTMIN]++;
        snprintf(b, sizeof b, " RTMIN+%d", sig - SIGRTMIN);
    } else {
        snprintf(b, sizeof b, " %s", sig == SIGUSR1 ? "USR1" : sig == SIGUSR2 ? "USR2" : "other");
    }
    note(b);
}

static void set_action(int sig, void (*h)(int), void (*sh)(int, siginfo_t *, void *), int flags,
                       int masked)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    if (sh) {
        sa.sa_sigaction = sh;
        flags |= SA_SIGINFO;
    } else {
        sa.sa_handler = h;
    }
    sa.sa_flags = flags;
    if (masked) sigaddset(&sa.sa_mask, masked);
    sigaction(sig, &sa, NULL);
}

int main(void)
{
    set_action(SIGUSR2, on_usr2, NULL, 0, 0);

    set_action(SIGUSR1, NULL, on_usr1, 0, SIGUSR2);
    raise_self = 0;
    raise(SIGUSR1);
    note(" after");
    note_mask();
    show("sa_mask has USR2");

    set_action(SIGUSR1, NULL, on_usr1, 0, 0);
    raise(SIGUSR1);
    show("no sa_mask");

    raise_self = 1;
    raise(SIGUSR1);
    show("raise self");
    set_action(SIGUSR1, NULL, on_usr1, SA_NODEFER, 0);
    raise_self = 1;
    raise(SIGUSR1);
    show("raise self, SA_NODEFER");

    /* The handler's uc_sigmask is the interrupted mask: SIGINT blocked here. */
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigprocmask(SIG_BLOCK, &s, NULL);
    set_action(SIGUSR1, NULL, on_usr1, 0, SIGALRM);
    raise_self = 1;
    raise(SIGUSR1);
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    show("interrupted mask has INT");

    set_action(SIGALRM, NULL, on_term_mask, 0, 0);
    raise(SIGALRM);
    note_mask();
    show("handler adds TERM to uc_sigmask");
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigprocmask(SIG_UNBLOCK, &s, NULL);

    /* SA_RESETHAND */
    set_action(SIGUSR2, on_usr2, NULL, SA_RESETHAND, 0);
    raise(SIGUSR2);
    struct sigaction old;
    sigaction(SIGUSR2, NULL, &old);
    printf("SA_RESETHAND: action after one delivery is %s, flags keep SA_RESETHAND: %d\n",
           old.sa_handler == SIG_DFL ? "SIG_DFL" : "still the handler",
           !!(old.sa_flags & SA_RESETHAND));
    show("SA_RESETHAND log");
    set_action(SIGUSR2, on_usr2, NULL, SA_RESETHAND, 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        raise(SIGUSR2);
        printf("child: first raise handled\n");
        fflush(stdout);
        raise(SIGUSR2);
        printf("child: survived the second\n");
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    printf("SA_RESETHAND child: signaled %d sig %d\n", WIFSIGNALED(st),
           WIFSIGNALED(st) ? WTERMSIG(st) : -1);

    /* Blocked, pending, delivered on unblock, in order, standard coalesced. */
    set_action(SIGUSR1, on_any, NULL, 0, 0);
    set_action(SIGUSR2, on_any, NULL, 0, 0);
    for (int i = 0; i < 4; i++) set_action(SIGRTMIN + i, on_any, NULL, 0, 0);
    sigset_t block, pend;
    sigfillset(&block);
    sigprocmask(SIG_BLOCK, &block, NULL);
    for (int i = 0; i < 3; i++) {
        raise(SIGRTMIN + 1);
        raise(SIGUSR2);
        raise(SIGRTMIN);
        raise(SIGUSR1);
    }
    note(" raised");
    sigpending(&pend);
    note_set(&pend);
    printf("pending RTMIN %d RTMIN+1 %d RTMIN+2 %d\n", sigismember(&pend, SIGRTMIN),
           sigismember(&pend, SIGRTMIN + 1), sigismember(&pend, SIGRTMIN + 2));
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    note(" unblocked");
    sigpending(&pend);
    note_set(&pend);
    show("blocked then unblocked");
    printf("RT deliveries: %d %d %d\n", rt_count[0], rt_count[1], rt_count[2]);

    /* SIGKILL and SIGSTOP are silently left out of any mask. */
    sigemptyset(&s);
    sigaddset(&s, SIGKILL);
    sigaddset(&s, SIGSTOP);
    sigaddset(&s, SIGUSR1);
    int r = sigprocmask(SIG_SETMASK, &s, NULL);
    sigprocmask(SIG_BLOCK, NULL, &s);
    printf("block KILL STOP USR1: %d, now blocked: KILL %d STOP %d USR1 %d\n", r,
           sigismember(&s, SIGKILL), sigismember(&s, SIGSTOP), sigismember(&s, SIGUSR1));
    return 0;
}
