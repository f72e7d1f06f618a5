/* Instructions that cannot run in user mode reach a handler with the
 * signal, si_code, si_addr, REG_TRAPNO and REG_ERR the CPU and kernel give,
 * and REG_RIP at the instruction; the handler skips it by setting REG_RIP to
 * a label after it, and a value computed after the label proves execution
 * went on there. SIGILL (ILL_ILLOPN, trap 6): ud2, ud1, ud0, bytes invalid in
 * 64-bit mode (push %es 0x06, salc 0xd6), a lock prefix on a register
 * operand. SIGSEGV (SI_KERNEL, si_addr 0, trap 13 #GP): an instruction of 16
 * bytes (over the 15-byte limit: Zydis cannot decode it either), hlt, cli,
 * mov from %cr0. Each case also keeps a value in rbx across the fault, so the
 * resumed state is checked too. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

/* CASE(name, bytes): a function that loads rbx, runs BYTES at name_insn, and
 * at name_after returns rbx + 1 (the handler leaves rbx alone). */
#define CASE(name, bytes)                                                   \
    asm(".text\n.globl " #name "\n" #name ":\n"                             \
        "push %rbx\n mov $0x5eed, %ebx\n"                                   \
        ".globl " #name "_insn\n" #name "_insn: " bytes "\n"                \
        ".globl " #name "_after\n" #name "_after: lea 1(%rbx), %rax\n"      \
        "pop %rbx\n ret\n");                                                \
    extern char name##_insn[], name##_after[];                              \
    long name(void);

CASE(c_ud2, "ud2")
CASE(c_ud1, ".byte 0x0f, 0xb9, 0xc0")
CASE(c_ud0, ".byte 0x0f, 0xff, 0xc0")
CASE(c_push_es, ".byte 0x06")
CASE(c_salc, ".byte 0xd6")
CASE(c_lock_reg, ".byte 0xf0, 0x01, 0xc0")
CASE(c_too_long, ".byte 0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x90")
CASE(c_hlt, "hlt")
CASE(c_cli, "cli")
CASE(c_mov_cr0, "mov %cr0, %rax")

static struct {
    int count, signo, code;
    uintptr_t addr, rip;
    long trapno, err, rbx;
} seen;
static char *resume_at;

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    seen.count++;
    seen.signo = sig;
    seen.code = si->si_code;
    seen.addr = (uintptr_t)si->si_addr;
    seen.rip = uc->uc_mcontext.gregs[REG_RIP];
    seen.trapno = uc->uc_mcontext.gregs[REG_TRAPNO];
    seen.err = uc->uc_mcontext.gregs[REG_ERR];
    seen.rbx = uc->uc_mcontext.gregs[REG_RBX];
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)resume_at;
}

static const char *where(uintptr_t a, char *insn, char *after)
{
    if (a == 0) return "0";
    if (a == (uintptr_t)insn) return "insn";
    if (a == (uintptr_t)after) return "after";
    return "BAD";
}

static void run(const char *name, long (*fn)(void), char *insn, char *after)
{
    memset(&seen, 0, sizeof seen);
    resume_at = after;
    long r = fn();
    printf("%-9s count %d sig %d code %d addr %s rip %s trapno %ld err %ld rbx %s result %s\n",
           name, seen.count, seen.signo, seen.code, where(seen.addr, insn, after),
           where(seen.rip, insn, after), seen.trapno, seen.err, seen.rbx == 0x5eed ? "ok" : "BAD",
           r == 0x5eee ? "ok" : "BAD");
}
#define RUN(n) run(#n + 2, n, n##_insn, n##_after)

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    RUN(c_ud2);
    RUN(c_ud1);
    RUN(c_ud0);
    RUN(c_push_es);
    RUN(c_salc);
    RUN(c_lock_reg);
    RUN(c_too_long);
    RUN(c_hlt);
    RUN(c_cli);
    RUN(c_mov_cr0);
    return 0;
}
