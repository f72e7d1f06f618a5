/* backtrace() inside a signal handler walks through the signal frame into
 * the interrupted code: the unwinder recognises the sigreturn trampoline the
 * frame returns to and reads the interrupted rip and rsp from the ucontext.
 * The handler and the functions main -> f1 -> f2 -> f3 live in a section of
 * their own, so each frame is named by the nearest function start below it
 * (the same in every build, with or without symbols); consecutive frames
 * outside the section (the trampoline, raise, libc's start code) print as
 * one "~". Cases: a SIGSEGV from a load in f3, and a SIGUSR1 raised in f3;
 * each prints the frame list, which must be "handler ~ f3 f2 f1 main ~". */
#include <execinfo.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define OWN __attribute__((noinline, section("bt_text")))
extern char __start_bt_text[], __stop_bt_text[];

static char frames_seen[256];
static volatile int *volatile bad_pointer = (int *)0x40;
static volatile int use_raise;

OWN static void handler(int sig, siginfo_t *si, void *ucv);
OWN static int f1(int), f2(int), f3(int);
OWN int main(void);

static const struct { const char *name; uintptr_t start; } funcs[] = {
    {"handler", (uintptr_t)handler}, {"f1", (uintptr_t)f1}, {"f2", (uintptr_t)f2},
    {"f3", (uintptr_t)f3},           {"main", (uintptr_t)main},
};

static const char *name_of(uintptr_t a)
{
    if (a < (uintptr_t)__start_bt_text || a >= (uintptr_t)__stop_bt_text) return "~";
    const char *best = "?";
    uintptr_t best_start = 0;
    for (unsigned i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (funcs[i].start <= a && funcs[i].start >= best_start) {
            best = funcs[i].name;
            best_start = funcs[i].start;
        }
    return best;
}

OWN static void handler(int sig, siginfo_t *si, void *ucv)
{
    void *pcs[64];
    int n = backtrace(pcs, 64);
    frames_seen[0] = 0;
    const char *last = "";
    for (int i = 0; i < n; i++) {
        const char *name = name_of((uintptr_t)pcs[i]);
        if (strcmp(name, "~") == 0 && strcmp(last, "~") == 0) continue;
        strncat(frames_seen, i ? " " : "", sizeof frames_seen - strlen(frames_seen) - 1);
        strncat(frames_seen, name, sizeof frames_seen - strlen(frames_seen) - 1);
        last = name;
    }
    if (sig == SIGSEGV) ((ucontext_t *)ucv)->uc_mcontext.gregs[REG_RIP] += 2; /* mov (%rax),%eax */
    (void)si;
}

OWN static int f3(int x)
{
    int r;
    if (use_raise) {
        raise(SIGUSR1);
        r = x;
    } else {
        asm volatile("mov (%1), %0" : "=a"(r) : "a"(bad_pointer) : "memory");
        r += x;
    }
    return r + 1;
}
OWN static int f2(int x) { return f3(x + 1) * 2; }
OWN static int f1(int x) { return f2(x + 1) + 3; }

OWN int main(void)
{
    void *warm[4];
    backtrace(warm, 4); /* loads the unwinder outside a handler */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    int r = f1(1);
    printf("SIGSEGV in f3: %s\n", frames_seen);
    use_raise = 1;
    r += f1(1);
    printf("SIGUSR1 raised in f3: %s\n", frames_seen);
    return r == 0;
}
