/* Deaths by signal give the parent the native wait status (WTERMSIG and the
 * core flag; tests/run sets `ulimit -c 0`, so WCOREDUMP is whatever the
 * kernel reports then). Each case runs in a forked child: abort(); abort()
 * with a SIGABRT handler that returns (abort still kills); an uncaught
 * SIGSEGV (a store to NULL); a SIGSEGV while SIGSEGV is blocked (the kernel
 * unblocks it and takes the default action); a second SIGSEGV inside the
 * SIGSEGV handler (the signal is blocked there, so it kills); a SIGSEGV whose
 * action is SIG_IGN (a fault cannot be ignored); SIGFPE and SIGILL uncaught;
 * raise of SIGQUIT (core action), SIGUSR1 (terminate), SIGWINCH (ignore: the
 * child exits 0), and SIGKILL. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void run(const char *name, void (*fn)(void))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        fn();
        printf("%s: child returned\n", name);
        fflush(stdout);
        _exit(0);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    if (WIFSIGNALED(st))
        printf("%s: signaled %d core %d\n", name, WTERMSIG(st), WCOREDUMP(st) ? 1 : 0);
    else
        printf("%s: exited %d\n", name, WEXITSTATUS(st));
}

static void c_abort(void) { abort(); }
static void returning(int sig)
{
    static const char msg[] = "  SIGABRT handler returns\n";
    write(1, msg, sizeof msg - 1);
    (void)sig;
}
static void c_abort_handled(void)
{
    signal(SIGABRT, returning);
    abort();
}
static void c_segv(void) { *(volatile int *)0 = 1; }
static void c_segv_blocked(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGSEGV);
    sigprocmask(SIG_BLOCK, &s, NULL);
    *(volatile int *)0 = 1;
}
static void faulting_handler(int sig)
{
    static const char msg[] = "  in SIGSEGV handler, faulting again\n";
    write(1, msg, sizeof msg - 1);
    *(volatile int *)8 = 1;
    (void)sig;
}
static void c_segv_in_handler(void)
{
    signal(SIGSEGV, faulting_handler);
    *(volatile int *)0 = 1;
}
static void c_segv_ignored(void)
{
    signal(SIGSEGV, SIG_IGN);
    *(volatile int *)0 = 1;
}
static void c_fpe(void)
{
    asm volatile("xor %%ecx, %%ecx\n\tmov $1, %%eax\n\tcltd\n\tidivl %%ecx" : : : "rax", "rcx", "rdx");
}
static void c_ill(void) { asm volatile("ud2"); }
static void c_quit(void) { raise(SIGQUIT); }
static void c_usr1(void) { raise(SIGUSR1); }
static void c_winch(void) { raise(SIGWINCH); }
static void c_kill(void) { raise(SIGKILL); }

int main(void)
{
    run("abort", c_abort);
    run("abort, handler returns", c_abort_handled);
    run("SIGSEGV uncaught", c_segv);
    run("SIGSEGV blocked", c_segv_blocked);
    run("SIGSEGV in its handler", c_segv_in_handler);
    run("SIGSEGV ignored", c_segv_ignored);
    run("SIGFPE uncaught", c_fpe);
    run("SIGILL uncaught", c_ill);
    run("raise SIGQUIT", c_quit);
    run("raise SIGUSR1", c_usr1);
    run("raise SIGWINCH", c_winch);
    run("raise SIGKILL", c_kill);
    return 0;
}
