/* SIGTRAP reaches a handler with the kernel's si_code, si_addr, REG_TRAPNO
 * and the rip the CPU leaves. int3 (0xcc) and `int $3` (0xcd 0x03): SI_KERNEL,
 * trap 3, rip after the instruction (so returning resumes after it, with no
 * help from the handler). The trap flag: set with pushf/or/popf before a
 * straight-line sequence (nop, mov, add, pushf/pop, a taken jmp, a call and
 * ret, lea, a getpid syscall), each instruction traps once after it runs
 * (TRAP_TRACE, trap 1), and the handler records each rip (printed as the
 * label it matches) and si_code, then clears TF in the context at the last
 * label, so the rest runs untraced. pushf inside the sequence sees TF set;
 * the sequence's result is exact. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define L(n) ".globl " #n "\n" #n ": "
asm(".text\n"
    ".globl c_int3\nc_int3:\n push %rbx\n mov $0x5eed, %ebx\n"
    L(c_int3_insn) "int3\n" L(c_int3_after) "lea 1(%rbx), %rax\n pop %rbx\n ret\n"
    ".globl c_int_3\nc_int_3:\n push %rbx\n mov $0x5eed, %ebx\n"
    L(c_int_3_insn) ".byte 0xcd, 0x03\n" L(c_int_3_after) "lea 1(%rbx), %rax\n pop %rbx\n ret\n"
    /* Returns rax = the result (3 * (1 + 2 + 1)), rdx = flags seen by pushf. */
    ".globl c_tf\nc_tf:\n push %rbx\n xor %edx, %edx\n"
    " pushfq\n orq $0x100, (%rsp)\n popfq\n"
    L(tf_1) "nop\n"
    L(tf_2) "mov $1, %eax\n"
    L(tf_3) "add $2, %eax\n"
    L(tf_4) "pushfq\n"
    L(tf_5) "pop %rdx\n"
    L(tf_6) "jmp tf_8\n"
    L(tf_7) "ud2\n"
    L(tf_8) "call tf_fn\n"
    L(tf_9) "lea (%rax,%rax,2), %rbx\n"
    L(tf_10) "mov $39, %eax\n"
    L(tf_11) "syscall\n"
    L(tf_12) "mov %rbx, %rax\n"
    L(tf_end) "nop\n"
    L(tf_13) "nop\n"
    " pop %rbx\n ret\n"
    L(tf_fn) "inc %eax\n"
    L(tf_fn_ret) "ret\n");

long c_int3(void), c_int_3(void);
typedef struct { long result, flags; } Pair;
Pair c_tf(void);
extern char c_int3_insn[], c_int3_after[], c_int_3_insn[], c_int_3_after[];
extern char tf_1[], tf_2[], tf_3[], tf_4[], tf_5[], tf_6[], tf_7[], tf_8[], tf_9[], tf_10[];
extern char tf_11[], tf_12[], tf_13[], tf_end[], tf_fn[], tf_fn_ret[];

static const struct { const char *name; char *at; } labels[] = {
    {"1", tf_1},   {"2", tf_2},   {"3", tf_3},     {"4", tf_4},         {"5", tf_5},
    {"6", tf_6},   {"7", tf_7},   {"8", tf_8},     {"9", tf_9},         {"10", tf_10},
    {"11", tf_11}, {"12", tf_12}, {"end", tf_end}, {"13", tf_13},       {"fn", tf_fn},
    {"fn_ret", tf_fn_ret},
};

static struct {
    int count, signo, code;
    uintptr_t addr, rip;
    long trapno, err, rbx, efl;
} seen;
static char trace[512];

static void on_trap(int sig, siginfo_t *si, void *ucv)
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
    seen.efl = uc->uc_mcontext.gregs[REG_EFL];
}

/* For the trap flag: note each rip and si_code; stop tracing at tf_end. */
static void on_step(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    uintptr_t rip = uc->uc_mcontext.gregs[REG_RIP];
    const char *name = "?";
    for (unsigned i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if ((uintptr_t)labels[i].at == rip) name = labels[i].name;
    size_t n = strlen(trace);
    snprintf(trace + n, sizeof trace - n, " %s/%d/%lld%s", name, si->si_code,
             uc->uc_mcontext.gregs[REG_TRAPNO], uc->uc_mcontext.gregs[REG_EFL] & 0x100 ? "" : "/noTF");
    if (rip == (uintptr_t)tf_end) uc->uc_mcontext.gregs[REG_EFL] &= ~0x100L;
    (void)sig;
}

static const char *where(uintptr_t a, char *insn, char *after)
{
    if (a == 0) return "0";
    if (a == (uintptr_t)insn) return "insn";
    if (a == (uintptr_t)after) return "after";
    return "BAD";
}

static void int_case(const char *name, long (*fn)(void), char *insn, char *after)
{
    memset(&seen, 0, sizeof seen);
    long r = fn();
    printf("%s: count %d sig %d code %d addr %s rip %s trapno %ld err %ld rbx %s tf %ld "
           "result %s\n",
           name, seen.count, seen.signo, seen.code, where(seen.addr, insn, after),
           where(seen.rip, insn, after), seen.trapno, seen.err, seen.rbx == 0x5eed ? "ok" : "BAD",
           (seen.efl >> 8) & 1, r == 0x5eee ? "ok" : "BAD");
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    int_case("int3", c_int3, c_int3_insn, c_int3_after);
    int_case("int $3", c_int_3, c_int_3_insn, c_int_3_after);

    sa.sa_sigaction = on_step;
    sigaction(SIGTRAP, &sa, NULL);
    Pair p = c_tf();
    /* label/si_code/trapno of each trap */
    printf("trap flag:%s\n", trace);
    printf("trap flag: result %ld, pushf saw TF %ld\n", p.result, (p.flags >> 8) & 1);
    long flags;
    asm volatile("pushfq\n\tpop %0" : "=r"(flags));
    printf("trap flag: TF after %ld\n", (flags >> 8) & 1);
    return 0;
}
