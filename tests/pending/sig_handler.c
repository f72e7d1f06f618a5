/* Signal delivery: a SIGSEGV handler sees si_addr and the faulting rip (the
 * guest's, at a known label) and skips the instruction by editing the
 * context; SIGILL from ud2 reports rip at the ud2; raise/kill of SIGUSR1;
 * a SIGALRM interrupting a loop; sigaltstack. */
#define _GNU_SOURCE
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ucontext.h>
#include <stdint.h>
#include <stdlib.h>

extern char fault_insn[], fault_after[], ud2_insn[];
static volatile uintptr_t seen_addr, seen_rip;
static volatile int usr1_count, alarm_hit;
static volatile uintptr_t handler_sp;

static void on_segv(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    seen_addr = (uintptr_t)si->si_addr;
    seen_rip = uc->uc_mcontext.gregs[REG_RIP];
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)fault_after; /* skip the faulting store */
    uc->uc_mcontext.gregs[REG_RAX] = 1234;
    handler_sp = (uintptr_t)&sig;
}
static void on_ill(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    seen_rip = uc->uc_mcontext.gregs[REG_RIP];
    seen_addr = (uintptr_t)si->si_addr;
    uc->uc_mcontext.gregs[REG_RIP] += 2;
    (void)sig;
}
static void on_usr1(int sig) { usr1_count++; (void)sig; }
static void on_alrm(int sig) { alarm_hit = 1; (void)sig; }

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGSEGV, &sa, NULL);
    static char altstack[65536];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    sigaltstack(&ss, NULL);
    long rax;
    asm volatile("mov $0, %%eax\n"
                 ".globl fault_insn\nfault_insn: movl $1, 0x88(%%rax)\n"
                 "mov $5, %%eax\n"
                 ".globl fault_after\nfault_after: nop\n"
                 : "=a"(rax) : : "memory");
    printf("SIGSEGV: si_addr %#lx, rip at faulting insn %s, rax set by handler %ld, on altstack %s\n",
           (unsigned long)seen_addr, seen_rip == (uintptr_t)fault_insn ? "yes" : "no", rax,
           handler_sp >= (uintptr_t)altstack && handler_sp < (uintptr_t)altstack + sizeof altstack ? "yes" : "no");

    sa.sa_sigaction = on_ill;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    asm volatile(".globl ud2_insn\nud2_insn: ud2\n");
    printf("SIGILL: rip at ud2 %s, si_addr at ud2 %s\n", seen_rip == (uintptr_t)ud2_insn ? "yes" : "no",
           seen_addr == (uintptr_t)ud2_insn ? "yes" : "no");

    signal(SIGUSR1, on_usr1);
    for (int i = 0; i < 1000; i++) raise(SIGUSR1);
    kill(getpid(), SIGUSR1);
    printf("SIGUSR1 delivered %d times\n", usr1_count);

    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    int before = usr1_count;
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("blocked signal delivered on unblock: %s\n", usr1_count == before + 1 ? "yes" : "no");

    signal(SIGALRM, on_alrm);
    alarm(1);
    unsigned long spins = 0;
    while (!alarm_hit) spins++;
    printf("SIGALRM interrupted a tight loop: %s\n", spins > 0 ? "yes" : "no");
    return 0;
}
