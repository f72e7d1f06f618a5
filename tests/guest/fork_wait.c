/* fork + waitpid: exit statuses and a signal death of children, the child's
 * getppid, and that memory is copied (not shared) after fork. */
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

static int global = 1;

int main(void)
{
    int codes[] = {0, 1, 42, 255};
    for (int i = 0; i < 4; i++) {
        fflush(stdout);
        pid_t parent = getpid();
        pid_t p = fork();
        if (p == 0) {
            global = 100 + i;
            if (getppid() != parent) _exit(99);
            printf("child %d running, global %d\n", i, global);
            exit(codes[i]);
        }
        int st;
        pid_t w = waitpid(p, &st, 0);
        printf("child %d: waited right pid %s, exited %d status %d, parent global %d\n", i, w == p ? "yes" : "no",
               WIFEXITED(st), WEXITSTATUS(st), global);
    }
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) { raise(SIGTERM); _exit(0); }
    int st;
    waitpid(p, &st, 0);
    printf("child killed by signal %d\n", WIFSIGNALED(st) ? WTERMSIG(st) : 0);
    /* many children in flight */
    int sum = 0;
    pid_t kids[20];
    for (int i = 0; i < 20; i++) { kids[i] = fork(); if (kids[i] == 0) _exit(i); }
    for (int i = 0; i < 20; i++) { waitpid(kids[i], &st, 0); sum += WEXITSTATUS(st); }
    printf("20 children exit sum %d\n", sum);
    printf("no more children: %s\n", wait(NULL) == -1 ? "yes" : "no");
    return 0;
}
