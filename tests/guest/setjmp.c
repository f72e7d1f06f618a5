/* setjmp/longjmp: nested, from deep recursion, repeated many times, and
 * sigsetjmp/siglongjmp with a signal mask. */
#include <stdio.h>
#include <setjmp.h>
#include <signal.h>

static jmp_buf env, env2;
static int depth_reached;

__attribute__((noinline)) static void dive(int n)
{
    if (n == 0) longjmp(env, 42);
    depth_reached++;
    dive(n - 1);
    printf("never\n");
}

__attribute__((noinline)) static int inner(int v)
{
    if (setjmp(env2) == 0) {
        if (v & 1) longjmp(env2, v);
        return v * 2;
    }
    return -v;
}

int main(void)
{
    int r = setjmp(env);
    if (r == 0) {
        dive(5000);
    }
    printf("longjmp value %d after depth %d\n", r, depth_reached);

    long sum = 0;
    for (int i = 0; i < 100000; i++) sum += inner(i);
    printf("inner sum %ld\n", sum);

    sigjmp_buf senv;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    volatile int round = 0;
    if (sigsetjmp(senv, 1) == 0) {
        sigprocmask(SIG_BLOCK, &set, NULL);
        round = 1;
        siglongjmp(senv, 1);
    }
    sigprocmask(SIG_SETMASK, NULL, &set);
    printf("round %d, SIGUSR1 blocked after siglongjmp: %s\n", round, sigismember(&set, SIGUSR1) ? "yes" : "no");
    return 0;
}
