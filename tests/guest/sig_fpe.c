/* SIGFPE reaches a handler with the kernel's si_code, si_addr, REG_TRAPNO and
 * REG_RIP, and with the FP/SIMD state of the fault in uc_mcontext.fpregs;
 * what the handler changes in that state is what the program resumes with.
 * Integer: idiv by zero, idiv overflow (INT64_MIN / -1) and an 8-bit div by
 * zero (all FPE_INTDIV, trap 0, rip at the instruction; the handler skips
 * it). SSE: divsd by zero and sqrtsd of -1 with the exception unmasked by
 * feenableexcept (FPE_FLTDIV / FPE_FLTINV, trap 19); the handler checks the
 * operands in the context's xmm registers and MXCSR, masks the exception in
 * the saved MXCSR and returns to the same instruction, which then completes
 * with the masked result (inf / nan) and leaves the MXCSR the handler wrote.
 * x87: fdiv by zero with ZM clear traps at the next FP instruction (fwait:
 * FPE_FLTDIV, trap 16, rip at the fwait, FIP in the saved state at the fdiv);
 * the handler masks it in the saved control word and clears the status. */
#include <fenv.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

/* Integer cases: rdi = dividend, rsi = divisor; return the quotient or, when
 * the handler skipped the division, -1 (set before it). */
asm(".text\n"
    ".globl c_idiv\nc_idiv:\n mov %rdi, %rax\n cqo\n mov $-1, %rcx\n"
    ".globl c_idiv_insn\nc_idiv_insn: idivq %rsi\n"
    ".globl c_idiv_after\nc_idiv_after: ret\n"
    ".globl c_idiv32\nc_idiv32:\n mov %edi, %eax\n cltd\n"
    ".globl c_idiv32_insn\nc_idiv32_insn: idivl %esi\n"
    ".globl c_idiv32_after\nc_idiv32_after: movslq %eax, %rax\n ret\n"
    ".globl c_div8\nc_div8:\n mov %edi, %eax\n"
    ".globl c_div8_insn\nc_div8_insn: divb %sil\n"
    ".globl c_div8_after\nc_div8_after: movzbl %al, %eax\n ret\n"
    /* SSE: rdi -> {a, b, result}; result = a / b, or sqrt(a) (with b in xmm0,
     * a in xmm1). */
    ".globl c_divsd\nc_divsd:\n movsd (%rdi), %xmm0\n movsd 8(%rdi), %xmm1\n"
    ".globl c_divsd_insn\nc_divsd_insn: divsd %xmm1, %xmm0\n"
    " movsd %xmm0, 16(%rdi)\n ret\n"
    ".globl c_sqrtsd\nc_sqrtsd:\n movsd 8(%rdi), %xmm0\n movsd (%rdi), %xmm1\n"
    ".globl c_sqrtsd_insn\nc_sqrtsd_insn: sqrtsd %xmm1, %xmm2\n"
    " movsd %xmm2, 16(%rdi)\n ret\n"
    /* x87: rdi -> {a, b, result, control word}; result = a / b. */
    ".globl c_fdiv\nc_fdiv:\n fldcw 24(%rdi)\n fldl (%rdi)\n fldl 8(%rdi)\n"
    ".globl c_fdiv_insn\nc_fdiv_insn: fdivrp %st, %st(1)\n"
    ".globl c_fdiv_wait\nc_fdiv_wait: fwait\n"
    " fstpl 16(%rdi)\n fninit\n ret\n");
long c_idiv(long, long), c_idiv32(int, int), c_div8(int, int);
void c_divsd(double *), c_sqrtsd(double *), c_fdiv(double *);
extern char c_idiv_insn[], c_idiv_after[], c_idiv32_insn[], c_idiv32_after[];
extern char c_div8_insn[], c_div8_after[], c_divsd_insn[], c_sqrtsd_insn[];
extern char c_fdiv_insn[], c_fdiv_wait[];

static struct {
    int count, signo, code;
    uintptr_t addr, rip;
    long trapno, err;
    unsigned mxcsr, cwd, swd;
    uint64_t fip, xmm[3];
} seen;
static char *resume_at; /* 0: return to the faulting instruction */

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    struct _libc_fpstate *fp = uc->uc_mcontext.fpregs;
    seen.count++;
    seen.signo = sig;
    seen.code = si->si_code;
    seen.addr = (uintptr_t)si->si_addr;
    seen.rip = uc->uc_mcontext.gregs[REG_RIP];
    seen.trapno = uc->uc_mcontext.gregs[REG_TRAPNO];
    seen.err = uc->uc_mcontext.gregs[REG_ERR];
    seen.mxcsr = fp->mxcsr;
    seen.cwd = fp->cwd;
    seen.swd = fp->swd;
    seen.fip = fp->rip;
    for (int i = 0; i < 3; i++) memcpy(&seen.xmm[i], &fp->_xmm[i], 8);
    if (resume_at) {
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)resume_at;
    } else {
        fp->mxcsr = (fp->mxcsr | 0x1f80) & ~0x3f; /* mask all, clear flags */
        fp->cwd |= 0x3f;
        fp->swd &= ~0x80ff; /* B, ES and the exception flags */
    }
}

static const char *where(uintptr_t a, char *insn, char *after)
{
    if (a == 0) return "0";
    if (a == (uintptr_t)insn) return "insn";
    if (a == (uintptr_t)after) return "after";
    return "BAD";
}

static void print_seen(const char *name, char *insn, char *after)
{
    printf("%s: count %d sig %d code %d addr %s rip %s trapno %ld err %ld", name, seen.count,
           seen.signo, seen.code, where(seen.addr, insn, after), where(seen.rip, insn, after),
           seen.trapno, seen.err);
}

static void int_case(const char *name, long (*fn)(long, long), long a, long b, char *insn,
                     char *after)
{
    memset(&seen, 0, sizeof seen);
    resume_at = after;
    long r = fn(a, b);
    print_seen(name, insn, after);
    printf(" result %ld\n", r);
}

static uint64_t bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static const char *which(uint64_t x, double a, double b)
{
    return x == bits(a) ? "a" : x == bits(b) ? "b" : "?";
}

static void sse_case(const char *name, void (*fn)(double *), int except, double a, double b,
                     char *insn)
{
    double io[3] = {a, b, 12345};
    memset(&seen, 0, sizeof seen);
    resume_at = NULL;
    feclearexcept(FE_ALL_EXCEPT);
    feenableexcept(except);
    fn(io);
    unsigned mxcsr;
    asm volatile("stmxcsr %0" : "=m"(mxcsr));
    print_seen(name, insn, NULL);
    printf(" mxcsr %#x xmm0 %s xmm1 %s\n", seen.mxcsr, which(seen.xmm[0], a, b),
           which(seen.xmm[1], a, b));
    printf("%s: resumed result %g mxcsr %#x\n", name, io[2], mxcsr);
    asm volatile("ldmxcsr %0" : : "m"((unsigned){0x1f80}));
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGFPE, &sa, NULL);

    int_case("idiv by zero", c_idiv, 1000, 0, c_idiv_insn, c_idiv_after);
    int_case("idiv overflow", c_idiv, INT64_MIN, -1, c_idiv_insn, c_idiv_after);
    int_case("idiv32 by zero", (long (*)(long, long))c_idiv32, -7, 0, c_idiv32_insn,
             c_idiv32_after);
    int_case("idiv32 overflow", (long (*)(long, long))c_idiv32, INT32_MIN, -1, c_idiv32_insn,
             c_idiv32_after);
    int_case("div8 by zero", (long (*)(long, long))c_div8, 200, 0, c_div8_insn, c_div8_after);
    int_case("div8 fine", (long (*)(long, long))c_div8, 200, 7, c_div8_insn, c_div8_after);

    sse_case("divsd by zero", c_divsd, FE_DIVBYZERO, 1.5, 0.0, c_divsd_insn);
    sse_case("sqrtsd of -1", c_sqrtsd, FE_INVALID, -1.0, 0.0, c_sqrtsd_insn);
    sse_case("divsd masked", c_divsd, FE_OVERFLOW, 1.5, 0.0, c_divsd_insn);

    /* x87: ZM clear (control word 0x37b), the exception waits for fwait. */
    double io[4] = {3.0, 0.0, 12345};
    uint16_t cw = 0x37b;
    memcpy(&io[3], &cw, 2);
    memset(&seen, 0, sizeof seen);
    resume_at = NULL;
    c_fdiv(io);
    print_seen("fdiv by zero", c_fdiv_wait, NULL); /* "insn": the fwait */
    printf(" cwd %#x swd %#x fip %s\n", seen.cwd, seen.swd & 0xbfff,
           seen.fip == (uintptr_t)c_fdiv_insn ? "fdiv" : "BAD");
    printf("fdiv by zero: resumed result %g\n", io[2]);
    return 0;
}
