/* Runs one test case in a forked child, so that a case that kills its process
 * (as an instruction does natively) still lets the next case run. The child
 * prints "name: ok NOTE" when the case returns (NOTE: what the case wrote
 * into case_note); the parent prints "name: signal N" or "name: exit N".
 * Included by several guest tests (only *.c and *.S files are tests). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static char case_note[512];

static void run_case(const char *name, void (*fn)(void))
{
    fflush(stdout); /* or the child would print the parent's buffer again */
    pid_t pid = fork();
    if (pid == 0) {
        case_note[0] = 0;
        fn();
        printf("%s: ok%s%s\n", name, case_note[0] ? " " : "", case_note);
        fflush(stdout);
        _exit(0);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    if (WIFSIGNALED(st))
        printf("%s: signal %d\n", name, WTERMSIG(st));
    else if (WEXITSTATUS(st) != 0)
        printf("%s: exit %d\n", name, WEXITSTATUS(st));
}

#define NOTE(...) snprintf(case_note, sizeof case_note, __VA_ARGS__)

/* Runs fn in a child; returns 0 if it returned, else the signal (or 1000 +
 * the exit status). For cases that only need a status. */
static int case_status(void (*fn)(void))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        fn();
        _exit(0);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    if (WIFSIGNALED(st)) return WTERMSIG(st);
    return WEXITSTATUS(st) ? 1000 + WEXITSTATUS(st) : 0;
}
