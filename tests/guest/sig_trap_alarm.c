/* The trap flag with a 300 us SIGALRM timer: a counted loop stepped one
 * instruction at a time while timer signals interrupt the stepping, the
 * traps and the handlers. Every instruction must trap exactly once, in
 * order (an alarm that lands between an instruction and its trap must not
 * take the trap's place), and the loop's result must be exact. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/time.h>
#include <ucontext.h>

#define ROUNDS 5000
static volatile long traps, alarms;
static volatile int stop;
static uintptr_t rips[3 * ROUNDS + 16];
extern char loop_inc[], loop_cmp[], loop_jne[];

static void on_trap(int sig, siginfo_t *si, void *ucp)
{
    (void)sig, (void)si;
    ucontext_t *uc = ucp;
    if (traps < (long)(sizeof(rips) / sizeof(rips[0])))
        rips[traps] = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    traps++;
    if (stop)
        uc->uc_mcontext.gregs[REG_EFL] &= ~0x100L;
}

static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
}

int main(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    signal(SIGALRM, on_alarm);
    struct itimerval every = {{0, 300}, {0, 300}};
    setitimer(ITIMER_REAL, &every, NULL);
    long n;
    asm volatile("pushf\n orl $0x100, (%%rsp)\n popf\n xor %%ecx, %%ecx\n"
                 "loop_inc: inc %%rcx\n loop_cmp: cmp %1, %%rcx\n loop_jne: jne loop_inc\n"
                 "mov %%rcx, %0"
                 : "=r"(n)
                 : "i"(ROUNDS)
                 : "rcx", "cc");
    stop = 1;
    asm volatile("nop");
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    /* Traps: after xor, then (inc, cmp, jne) per round: at cmp, jne, inc. */
    long out_of_order = 0;
    const uintptr_t expect[3] = {(uintptr_t)loop_cmp, (uintptr_t)loop_jne, (uintptr_t)loop_inc};
    for (long i = 1; i <= 3L * ROUNDS - 1 && i < traps; i++)
        out_of_order += rips[i] != expect[(i - 1) % 3];
    printf("n %ld, traps %ld (instructions stepped: %ld), out of order %ld\n", n, traps,
           2 + 3L * ROUNDS + 1, out_of_order);
    return 0;
}
