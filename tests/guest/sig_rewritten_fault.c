/* Faults on instructions that a translator rewrites rather than copies
 * reach the handler exactly as natively: REG_RIP, REG_RSP (printed relative
 * to the rsp recorded just before), si_addr, si_code and REG_ERR.
 * rip-relative operands on a page of a static array made PROT_READ or
 * PROT_NONE by mprotect: a 32-bit store with an immediate, a byte store, an
 * add to memory, a load, a cmp with an immediate (each needs its displacement
 * re-encoded; an immediate after the displacement moves the end of the
 * instruction). Indirect branches: `call *%rax` and `jmp *%rax` to 0x10 (the
 * fault comes at the target: rip 0x10, and for the call rsp - 8 with the
 * return address pushed), `call *(%rax)` through an unmapped pointer (the
 * fault comes at the call: rip at it, rsp unchanged), `call *%rax` to a
 * readable but not executable page (err has the fetch bit), `ret` and
 * `ret $16` to 0x20. The handler resumes each at its label with the rsp
 * recorded before, and a value kept in rbx is checked after resuming. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

__attribute__((used, aligned(4096))) static char pages[3 * 4096];
/* The rsp a case records just before its faulting instruction (global and
 * volatile: only assembly writes it, so the compiler must not assume 0). */
volatile uintptr_t rsp_before;

#define L(n) ".globl " #n "\n" #n ": "
/* CASE(name, setup, insn): rdi = an argument; rbx is kept; rsp is recorded
 * before setup (the handler resumes with it); returns rbx + rax where the
 * handler sets rax to 1. */
#define CASE(name, setup, insn)                                              \
    asm(".text\n.globl " #name "\n" #name ":\n push %rbx\n mov $0x5eed, %ebx\n" \
        "mov %rsp, rsp_before(%rip)\n" setup "\n" L(name##_insn) insn "\n"     \
        L(name##_after) "lea (%rbx,%rax), %rax\n pop %rbx\n ret\n");         \
    extern char name##_insn[], name##_after[];                               \
    long name(long);

CASE(c_store_imm, "", "movl $0x12345678, pages+4096+0x10(%rip)")
CASE(c_store_byte, "", "movb $0x7f, pages+4096+0xfff(%rip)")
CASE(c_add_mem, "", "addl $5, pages+4096+0x30(%rip)")
CASE(c_load, "", "mov pages+8192+0x20(%rip), %ecx")
CASE(c_cmp_imm, "", "cmpl $0x11223344, pages+8192+0x40(%rip)")
CASE(c_call_reg, "mov %rdi, %rax", "call *%rax")
CASE(c_jmp_reg, "mov %rdi, %rax", "jmp *%rax")
CASE(c_call_mem, "mov %rdi, %rax", "call *(%rax)")
CASE(c_call_nx, "mov %rdi, %rax", "call *%rax")
CASE(c_ret, "push %rdi", "ret")
CASE(c_ret_imm, "sub $16, %rsp\n push %rdi", "ret $16")

static struct {
    int count, signo, code;
    uintptr_t addr, rip, rsp, top, rbx;
    long err;
} seen;
static char *resume_at;

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    seen.count++;
    seen.signo = sig;
    seen.code = si->si_code;
    seen.addr = (uintptr_t)si->si_addr;
    seen.rip = uc->uc_mcontext.gregs[REG_RIP];
    seen.rsp = uc->uc_mcontext.gregs[REG_RSP];
    seen.top = *(uintptr_t *)seen.rsp;
    seen.rbx = uc->uc_mcontext.gregs[REG_RBX];
    seen.err = uc->uc_mcontext.gregs[REG_ERR];
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)resume_at;
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)rsp_before;
    uc->uc_mcontext.gregs[REG_RAX] = 1;
}

/* Names for the addresses a case may report. */
static const char *name_of(uintptr_t a, char *insn, char *after, uintptr_t arg)
{
    static char buf[64];
    if (a == (uintptr_t)insn) return "insn";
    if (a == (uintptr_t)after) return "after";
    if (a == arg) return "arg";
    if (a >= (uintptr_t)pages && a < (uintptr_t)pages + sizeof pages) {
        snprintf(buf, sizeof buf, "pages+%#lx", (unsigned long)(a - (uintptr_t)pages));
        return buf;
    }
    if (a < 0x1000) {
        snprintf(buf, sizeof buf, "%#lx", (unsigned long)a);
        return buf;
    }
    return "BAD";
}

static void run(const char *name, long (*fn)(long), char *insn, char *after, uintptr_t arg)
{
    memset(&seen, 0, sizeof seen);
    resume_at = after;
    long r = fn(arg);
    printf("%s: count %d sig %d code %d err %#lx addr %s", name, seen.count, seen.signo,
           seen.code, seen.err, name_of(seen.addr, insn, after, arg));
    printf(" rip %s", name_of(seen.rip, insn, after, arg));
    printf(" rsp %+ld top %s rbx %s result %s\n", (long)(seen.rsp - rsp_before),
           seen.rsp < rsp_before ? name_of(seen.top, insn, after, arg) : "-",
           seen.rbx == 0x5eed ? "ok" : "BAD", r == 0x5eee ? "ok" : "BAD");
}
#define RUN(n, arg) run(#n + 2, n, n##_insn, n##_after, (uintptr_t)(arg))

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    pages[4096] = 1;
    mprotect(pages + 4096, 4096, PROT_READ);
    mprotect(pages + 8192, 4096, PROT_NONE);

    RUN(c_store_imm, 0);
    RUN(c_store_byte, 0);
    RUN(c_add_mem, 0);
    RUN(c_load, 0);
    RUN(c_cmp_imm, 0);
    RUN(c_call_reg, 0x10);
    RUN(c_jmp_reg, 0x10);
    RUN(c_call_mem, 0x18);
    RUN(c_call_nx, pages + 4096 + 0x100);
    RUN(c_ret, 0x20);
    RUN(c_ret_imm, 0x20);
    printf("read-only page still %d\n", pages[4096]);
    return 0;
}
