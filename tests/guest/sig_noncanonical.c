/* A near ret, ret imm16, indirect call and indirect jmp to a non-canonical
 * address: natively the branch itself raises #GP (SIGSEGV, SI_KERNEL,
 * trapno 13) before it pops, pushes or jumps, so the context's rip is the
 * branch and rsp is unchanged. Under Shunt the branch's translation has
 * already popped or pushed when the target turns out unreachable: it must
 * be undone. Each is run three times (first run, then predicted and
 * table-lookup paths). */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <ucontext.h>

static sigjmp_buf env;
static uintptr_t rsp_before;
extern char nc_ret[], nc_call[], nc_jmp[], nc_ret16[];

static const char *label(uintptr_t rip)
{
    if (rip == (uintptr_t)nc_ret)
        return "ret";
    if (rip == (uintptr_t)nc_call)
        return "call";
    if (rip == (uintptr_t)nc_jmp)
        return "jmp";
    if (rip == (uintptr_t)nc_ret16)
        return "ret $16";
    return "elsewhere";
}

static void on_segv(int sig, siginfo_t *si, void *ucp)
{
    ucontext_t *uc = ucp;
    greg_t *g = uc->uc_mcontext.gregs;
    printf("sig %d code %d addr %p at %s, rsp moved %ld, trapno %lld\n", sig, si->si_code,
           si->si_addr, label((uintptr_t)g[REG_RIP]), (long)(g[REG_RSP] - rsp_before),
           (long long)g[REG_TRAPNO]);
    siglongjmp(env, 1);
}

int main(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    uint64_t bad = 0x8000000000001234ULL;
    for (int round = 0; round < 3; round++) {
        if (!sigsetjmp(env, 1))
            asm volatile("mov %%rsp, %0\n push %1\n nc_ret: ret" : "=m"(rsp_before) : "r"(bad) : "memory");
        if (!sigsetjmp(env, 1))
            asm volatile("mov %%rsp, %0\n nc_call: call *%1" : "=m"(rsp_before) : "r"(bad) : "memory");
        if (!sigsetjmp(env, 1))
            asm volatile("mov %%rsp, %0\n nc_jmp: jmp *%1" : "=m"(rsp_before) : "r"(bad) : "memory");
        if (!sigsetjmp(env, 1))
            asm volatile("mov %%rsp, %0\n push %1\n nc_ret16: ret $16" : "=m"(rsp_before) : "r"(bad) : "memory");
    }
    printf("done\n");
    return 0;
}
