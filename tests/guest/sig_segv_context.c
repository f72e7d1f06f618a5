/* A SIGSEGV handler sees the precise guest state of a faulting data access
 * and resumes past it. Each case is an assembly function that loads every
 * general register with a known value, sets the arithmetic flags and DF with
 * popf, records its rsp, then faults: a store and a load to an unmapped page
 * (SEGV_MAPERR), a store to a PROT_READ page and a load from a PROT_NONE page
 * (SEGV_ACCERR), and a store to a non-canonical address (#GP: SI_KERNEL,
 * si_addr 0). The handler checks si_signo/si_code/si_addr, REG_RIP against
 * the label of the faulting instruction, REG_ERR, REG_TRAPNO, REG_CR2 (not
 * for #GP: the kernel leaves the last page fault's address there), all
 * fifteen other registers, REG_RSP and REG_EFL, then sets REG_RIP to the label
 * after the instruction and changes rax; the function then stores every
 * register, so main checks that the resumed state is exactly the context the
 * handler left (callee-saved rbx, rbp, r12-r15 included). */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/* Values loaded into the registers before the fault, by register number
 * (REG_* order is not the encoding order: out[] below uses its own). */
#define V_RAX 0x1111111111111111
#define V_RBX 0x2222222222222222
#define V_RCX 0x3333333333333333
#define V_RDX 0x4444444444444444
#define V_RBP 0x5555555555555555
#define V_R8 0x0808080808080808
#define V_R9 0x0909090909090909
#define V_R10 0x1010101010101010
#define V_R11 0x7111111111111111
#define V_R12 0x1212121212121212
#define V_R13 0x1313131313131313
#define V_R14 0x1414141414141414
#define V_R15 0x1515151515151515
#define V_NEWRAX 0x0abcdef012345678
#define STR_(x) #x
#define STR(x) STR_(x)

/* The flags popf sets: CF PF AF ZF SF OF and DF (0xcd5) plus reserved bit 1. */
#define FLAGS_SET 0xcd7

/* Each case: rdi = the address to fault on, rsi = out[20]. out[] after it:
 * 0 rax 1 rbx 2 rcx 3 rdx 4 rbp (5-7 unused) 8-15 r8-r15 as resumed, 16 rsp
 * at the fault, 17 flags after resuming, 18 rdi, 19 rsi. */
#define CASE(name, insn)                                                      \
    ".globl " #name "\n" #name ":\n"                                          \
    "push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n" \
    "mov %rsp, 16*8(%rsi)\n"                                                  \
    "mov $" STR(V_RAX) ", %rax\n mov $" STR(V_RBX) ", %rbx\n"                 \
    "mov $" STR(V_RCX) ", %rcx\n mov $" STR(V_RDX) ", %rdx\n"                 \
    "mov $" STR(V_RBP) ", %rbp\n mov $" STR(V_R8) ", %r8\n"                   \
    "mov $" STR(V_R9) ", %r9\n mov $" STR(V_R10) ", %r10\n"                   \
    "mov $" STR(V_R11) ", %r11\n mov $" STR(V_R12) ", %r12\n"                 \
    "mov $" STR(V_R13) ", %r13\n mov $" STR(V_R14) ", %r14\n"                 \
    "mov $" STR(V_R15) ", %r15\n"                                             \
    "pushq $" STR(FLAGS_SET) "\n popfq\n"                                     \
    ".globl " #name "_insn\n" #name "_insn: " insn "\n"                       \
    ".globl " #name "_after\n" #name "_after:\n"                              \
    "pushfq\n pop 17*8(%rsi)\n cld\n"                                         \
    "mov %rax, 0*8(%rsi)\n mov %rbx, 1*8(%rsi)\n mov %rcx, 2*8(%rsi)\n"       \
    "mov %rdx, 3*8(%rsi)\n mov %rbp, 4*8(%rsi)\n mov %r8, 8*8(%rsi)\n"        \
    "mov %r9, 9*8(%rsi)\n mov %r10, 10*8(%rsi)\n mov %r11, 11*8(%rsi)\n"      \
    "mov %r12, 12*8(%rsi)\n mov %r13, 13*8(%rsi)\n mov %r14, 14*8(%rsi)\n"    \
    "mov %r15, 15*8(%rsi)\n mov %rdi, 18*8(%rsi)\n mov %rsi, 19*8(%rsi)\n"    \
    "pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n ret\n"

asm(".text\n" CASE(store32, "movl $1, (%rdi)") CASE(load64, "mov (%rdi), %rax")
        CASE(store8, "movb $7, 0x10(%rdi)"));

typedef void CaseFn(void *addr, uint64_t *out);
extern CaseFn store32, load64, store8;
extern char store32_insn[], store32_after[], load64_insn[], load64_after[];
extern char store8_insn[], store8_after[];

static struct {
    int signo, code, count;
    uintptr_t addr, rip, cr2;
    long err, trapno, efl;
    uint64_t regs[NGREG];
} seen;
static char *resume_at;

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    seen.count++;
    seen.signo = si->si_signo;
    seen.code = si->si_code;
    seen.addr = (uintptr_t)si->si_addr;
    memcpy(seen.regs, uc->uc_mcontext.gregs, sizeof seen.regs);
    seen.rip = uc->uc_mcontext.gregs[REG_RIP];
    seen.err = uc->uc_mcontext.gregs[REG_ERR];
    seen.trapno = uc->uc_mcontext.gregs[REG_TRAPNO];
    seen.cr2 = uc->uc_mcontext.gregs[REG_CR2];
    seen.efl = uc->uc_mcontext.gregs[REG_EFL];
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)resume_at;
    uc->uc_mcontext.gregs[REG_RAX] = (greg_t)V_NEWRAX;
    (void)sig;
}

/* Which registers of the context differ from the values the case loaded. */
static void check_context(char *bad, void *addr, uint64_t *out)
{
    static const struct { int reg; uint64_t v; const char *name; } want[] = {
        {REG_RAX, V_RAX, "rax"}, {REG_RBX, V_RBX, "rbx"}, {REG_RCX, V_RCX, "rcx"},
        {REG_RDX, V_RDX, "rdx"}, {REG_RBP, V_RBP, "rbp"}, {REG_R8, V_R8, "r8"},
        {REG_R9, V_R9, "r9"},    {REG_R10, V_R10, "r10"}, {REG_R11, V_R11, "r11"},
        {REG_R12, V_R12, "r12"}, {REG_R13, V_R13, "r13"}, {REG_R14, V_R14, "r14"},
        {REG_R15, V_R15, "r15"},
    };
    bad[0] = 0;
    for (unsigned i = 0; i < sizeof want / sizeof want[0]; i++)
        if (seen.regs[want[i].reg] != want[i].v) strcat(strcat(bad, " "), want[i].name);
    if (seen.regs[REG_RDI] != (uint64_t)addr) strcat(bad, " rdi");
    if (seen.regs[REG_RSI] != (uint64_t)out) strcat(bad, " rsi");
    if (seen.regs[REG_RSP] != out[16]) strcat(bad, " rsp");
}

/* Which registers differ after resuming (rax is the handler's value). */
static void check_resumed(char *bad, void *addr, uint64_t *out)
{
    static const uint64_t want[16] = {V_NEWRAX, V_RBX, V_RCX, V_RDX, V_RBP, 0, 0, 0,
                                      V_R8,     V_R9,  V_R10, V_R11, V_R12, V_R13, V_R14, V_R15};
    static const char *names[16] = {"rax", "rbx", "rcx", "rdx", "rbp", "", "", "", "r8",
                                    "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
    bad[0] = 0;
    for (int i = 0; i < 16; i++)
        if ((i < 5 || i > 7) && out[i] != want[i]) strcat(strcat(bad, " "), names[i]);
    if (out[18] != (uint64_t)addr) strcat(bad, " rdi");
    if (out[19] != (uint64_t)out) strcat(bad, " rsi");
}

static void run(const char *name, CaseFn *fn, char *insn, char *after, char *addr,
                uintptr_t want_addr)
{
    uint64_t out[20];
    char bad_ctx[128], bad_res[128];
    memset(out, 0, sizeof out);
    memset(&seen, 0, sizeof seen);
    resume_at = after;
    fn(addr, out);
    check_context(bad_ctx, addr, out);
    check_resumed(bad_res, addr, out);
    printf("%s: count %d signo %d code %d addr %s cr2 %s rip %s err %ld trapno %ld\n", name,
           seen.count, seen.signo, seen.code, seen.addr == want_addr ? "ok" : "BAD",
           seen.code == 128 ? "-" : seen.cr2 == want_addr ? "ok" : "BAD", seen.rip == (uintptr_t)insn ? "ok" : "BAD",
           seen.err, seen.trapno);
    /* RF (bit 16) is what the CPU pushes for a fault; the rest is the guest's. */
    printf("%s: context flags %#lx rf %ld regs%s, resumed flags %#lx regs%s\n", name,
           seen.efl & 0xffff, (seen.efl >> 16) & 1, bad_ctx[0] ? bad_ctx : " ok",
           (unsigned long)out[17], bad_res[0] ? bad_res : " ok");
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    long pg = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *unmapped = p, *ro = p + pg, *none = p + 2 * pg;
    munmap(unmapped, pg);
    ro[0] = 1; /* present, so the store's error code has the present bit */
    mprotect(ro, pg, PROT_READ);
    mprotect(none, pg, PROT_NONE);

    run("store unmapped", store32, store32_insn, store32_after, unmapped + 0x123,
        (uintptr_t)unmapped + 0x123);
    run("load unmapped", load64, load64_insn, load64_after, unmapped + 0xff8,
        (uintptr_t)unmapped + 0xff8);
    run("store read-only", store32, store32_insn, store32_after, ro + 0x40, (uintptr_t)ro + 0x40);
    run("store8 read-only", store8, store8_insn, store8_after, ro + 0x7f0, (uintptr_t)ro + 0x800);
    run("load prot-none", load64, load64_insn, load64_after, none, (uintptr_t)none);
    run("store non-canonical", store32, store32_insn, store32_after,
        (char *)0x8000000000001000ull, 0);
    printf("read-only page still %d\n", ro[0]);
    return 0;
}
