/* Jumping to an unmapped address (and to a garbage, non-canonical one in a
 * child first): SIGSEGV. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void)
{
    printf("about to jump to a non-canonical address in a child\n");
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        void (*volatile g)(void) = (void (*)(void))0x8000000000001234ull;
        g();
        _exit(0);
    }
    int st;
    waitpid(p, &st, 0);
    printf("child: signaled %d sig %d\n", WIFSIGNALED(st), WIFSIGNALED(st) ? WTERMSIG(st) : -1);
    printf("about to jump to unmapped page\n");
    fflush(stdout);
    void (*volatile f)(void) = (void (*)(void))0x10000;
    f();
    printf("survived\n");
    return 0;
}
