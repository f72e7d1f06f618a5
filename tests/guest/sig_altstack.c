/* sigaltstack: a SIGSEGV handler with SA_ONSTACK catches a stack overflow
 * (unbounded recursion). It checks si_addr (just below the deepest frame
 * reached, and about RLIMIT_STACK below main's frame: the guard), si_code,
 * that it runs on the alternate stack (a local's address inside it), what
 * sigaltstack reports inside it (SS_ONSTACK) and the uc_stack the kernel put
 * in the frame (the registered ss_sp and ss_size, ss_flags 0), then leaves by
 * siglongjmp; the program then recurses again (the stack is usable) and
 * sigaltstack reports flags 0. Also: a raised SIGUSR1 with SA_ONSTACK runs on
 * the alternate stack and one without runs on the ordinary stack, a signal
 * raised inside an alternate-stack handler nests below it on the same
 * alternate stack, and sigaltstack's errors (EINVAL for a bad flag, ENOMEM
 * for a size under MINSIGSTKSZ, EPERM when changed while on it). */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <ucontext.h>

#define ALT_SIZE (64 * 1024)
static char altstack[ALT_SIZE] __attribute__((aligned(16)));
static sigjmp_buf env;
static volatile uintptr_t deepest, main_frame;
static struct {
    int code;
    uintptr_t addr, local, uc_sp;
    size_t uc_size;
    int uc_flags, cur_flags, eperm;
} seen;

static int on_alt(uintptr_t a) { return a >= (uintptr_t)altstack && a < (uintptr_t)altstack + ALT_SIZE; }

__attribute__((noinline)) static int recurse(int n)
{
    volatile char buf[200];
    buf[0] = (char)n;
    deepest = (uintptr_t)buf;
    return recurse(n + 1) + buf[0];
}

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    volatile int local;
    seen.code = si->si_code;
    seen.addr = (uintptr_t)si->si_addr;
    seen.local = (uintptr_t)&local;
    seen.uc_sp = (uintptr_t)uc->uc_stack.ss_sp;
    seen.uc_size = uc->uc_stack.ss_size;
    seen.uc_flags = uc->uc_stack.ss_flags;
    stack_t cur, other = {.ss_sp = altstack, .ss_size = ALT_SIZE};
    sigaltstack(NULL, &cur);
    seen.cur_flags = cur.ss_flags;
    seen.eperm = sigaltstack(&other, NULL) == -1 ? errno : 0;
    siglongjmp(env, 1);
    (void)sig;
}

static volatile uintptr_t usr1_local, usr2_local;
static void on_usr2(int sig) { volatile int l; usr2_local = (uintptr_t)&l; (void)sig; }
static void on_usr1(int sig)
{
    volatile int l;
    usr1_local = (uintptr_t)&l;
    raise(SIGUSR2);
    (void)sig;
}

static void set(int sig, void (*fn)(int), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

int main(void)
{
    volatile int top;
    main_frame = (uintptr_t)&top;
    stack_t ss = {.ss_sp = altstack, .ss_size = ALT_SIZE}, bad = ss;
    bad.ss_flags = 0x1234;
    int r = sigaltstack(&bad, NULL);
    printf("bad flags: %d errno %s\n", r, strerror(errno));
    bad.ss_flags = 0;
    bad.ss_size = 1024;
    r = sigaltstack(&bad, NULL);
    printf("too small: %d errno %s\n", r, strerror(errno));
    printf("register: %d\n", sigaltstack(&ss, NULL));

    set(SIGUSR1, on_usr1, SA_ONSTACK);
    set(SIGUSR2, on_usr2, SA_ONSTACK);
    raise(SIGUSR1);
    printf("SIGUSR1 with SA_ONSTACK on altstack: %d, nested SIGUSR2 on altstack: %d, "
           "below it: %d\n",
           on_alt(usr1_local), on_alt(usr2_local), usr2_local < usr1_local);
    set(SIGUSR1, on_usr1, 0);
    set(SIGUSR2, on_usr2, 0);
    raise(SIGUSR1);
    printf("without SA_ONSTACK on altstack: %d %d\n", on_alt(usr1_local), on_alt(usr2_local));

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    struct rlimit rl;
    getrlimit(RLIMIT_STACK, &rl);
    for (int round = 1; round <= 2; round++) {
        memset(&seen, 0, sizeof seen);
        if (sigsetjmp(env, 1) == 0) {
            recurse(0);
            printf("recursion returned?\n");
            continue;
        }
        uintptr_t below_main = main_frame - seen.addr;
        printf("round %d: overflow caught, code %d, si_addr below the deepest frame: %d, "
               "within 8 KiB of it: %d\n",
               round, seen.code, seen.addr < deepest, deepest - seen.addr < 8192);
        printf("round %d: si_addr about RLIMIT_STACK below main: %d\n", round,
               rl.rlim_cur == RLIM_INFINITY ||
                   (below_main > rl.rlim_cur - 65536 && below_main < rl.rlim_cur + 65536));
        printf("round %d: handler on altstack %d, uc_stack sp %s size %zu flags %d, "
               "sigaltstack flags in handler %d, change on it: %s\n",
               round, on_alt(seen.local), seen.uc_sp == (uintptr_t)altstack ? "altstack" : "BAD",
               seen.uc_size, seen.uc_flags, seen.cur_flags, strerror(seen.eperm));
        stack_t cur;
        sigaltstack(NULL, &cur);
        printf("round %d: after: flags %d size %zu\n", round, cur.ss_flags, cur.ss_size);
    }
    return 0;
}
