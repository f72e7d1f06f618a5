/* Asynchronous signals interrupt code that never leaves the code cache, and
 * the interrupted state is restored exactly. A SIGALRM every 200 us (setitimer)
 * interrupts a counted loop in assembly that keeps live values in all fifteen
 * general registers and sixteen xmm registers, while the handler itself
 * clobbers caller-saved and vector registers; the loop's result must equal
 * the one computed with no timer, and handlers must have run with a context
 * rip inside the loop (printed only as "> 0": the count depends on timing).
 * Then three loops with no exit are left by siglongjmp from a SIGALRM handler
 * once it sees the context rip inside the loop: `jmp .`, a cycle of two
 * blocks, and a `dec/jnz` self-loop with an effectively endless count; after
 * each, the signal mask saved by sigsetjmp is back (SIGALRM unblocked). */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>

#define L(n) ".globl " #n "\n" #n ": "
/* heavy(n, out): n iterations mixing rax..r15 (rsp aside) and xmm0..xmm15;
 * out[0..13] = the GPRs, out[14..45] = the xmm registers. */
asm(".text\n.globl heavy\nheavy:\n"
    " push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n"
    " push %rsi\n" /* out, reloaded at the end: rsi takes part in the loop */
    " mov %rdi, %rbp\n" /* the counter */
    " mov $1, %eax\n mov $2, %ebx\n mov $3, %ecx\n mov $4, %edx\n mov $5, %esi\n"
    " mov $6, %edi\n mov $7, %r8d\n mov $8, %r9d\n mov $9, %r10d\n mov $10, %r11d\n"
    " mov $11, %r12d\n mov $12, %r13d\n mov $13, %r14d\n mov $14, %r15d\n"
    " movq %rax, %xmm0\n movq %rbx, %xmm1\n movq %rcx, %xmm2\n movq %rdx, %xmm3\n"
    " movq %rsi, %xmm4\n movq %rdi, %xmm5\n movq %r8, %xmm6\n movq %r9, %xmm7\n"
    " movq %r10, %xmm8\n movq %r11, %xmm9\n movq %r12, %xmm10\n movq %r13, %xmm11\n"
    " movq %r14, %xmm12\n movq %r15, %xmm13\n movq %rbp, %xmm14\n pxor %xmm15, %xmm15\n"
    L(heavy_loop)
    " add %rax, %rbx\n rol $5, %rbx\n xor %rbx, %rcx\n add %rcx, %rdx\n ror $3, %rdx\n"
    " xor %rdx, %rsi\n add %rsi, %rdi\n rol $11, %rdi\n xor %rdi, %r8\n add %r8, %r9\n"
    " ror $7, %r9\n xor %r9, %r10\n add %r10, %r11\n rol $13, %r11\n xor %r11, %r12\n"
    " add %r12, %r13\n ror $17, %r13\n xor %r13, %r14\n add %r14, %r15\n rol $19, %r15\n"
    " xor %r15, %rax\n add %rbp, %rax\n"
    " paddq %xmm0, %xmm1\n pxor %xmm1, %xmm2\n paddq %xmm2, %xmm3\n pshufd $0x4e, %xmm3, %xmm4\n"
    " paddq %xmm4, %xmm5\n pxor %xmm5, %xmm6\n paddq %xmm6, %xmm7\n pshufd $0x1b, %xmm7, %xmm8\n"
    " paddq %xmm8, %xmm9\n pxor %xmm9, %xmm10\n paddq %xmm10, %xmm11\n pshufd $0x93, %xmm11, %xmm12\n"
    " paddq %xmm12, %xmm13\n pxor %xmm13, %xmm14\n paddq %xmm14, %xmm15\n pxor %xmm15, %xmm0\n"
    " movq %rax, %xmm1\n paddq %xmm1, %xmm0\n" /* tie the two halves together */
    " dec %rbp\n jnz heavy_loop\n"
    L(heavy_loop_end)
    " mov %rsi, %rbp\n pop %rsi\n"
    " mov %rax, 0(%rsi)\n mov %rbx, 8(%rsi)\n mov %rcx, 16(%rsi)\n mov %rdx, 24(%rsi)\n"
    " mov %rbp, 32(%rsi)\n mov %rdi, 40(%rsi)\n mov %r8, 48(%rsi)\n mov %r9, 56(%rsi)\n"
    " mov %r10, 64(%rsi)\n mov %r11, 72(%rsi)\n mov %r12, 80(%rsi)\n mov %r13, 88(%rsi)\n"
    " mov %r14, 96(%rsi)\n mov %r15, 104(%rsi)\n"
    " movdqu %xmm0, 112(%rsi)\n movdqu %xmm1, 128(%rsi)\n movdqu %xmm2, 144(%rsi)\n"
    " movdqu %xmm3, 160(%rsi)\n movdqu %xmm4, 176(%rsi)\n movdqu %xmm5, 192(%rsi)\n"
    " movdqu %xmm6, 208(%rsi)\n movdqu %xmm7, 224(%rsi)\n movdqu %xmm8, 240(%rsi)\n"
    " movdqu %xmm9, 256(%rsi)\n movdqu %xmm10, 272(%rsi)\n movdqu %xmm11, 288(%rsi)\n"
    " movdqu %xmm12, 304(%rsi)\n movdqu %xmm13, 320(%rsi)\n movdqu %xmm14, 336(%rsi)\n"
    " movdqu %xmm15, 352(%rsi)\n"
    " pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n ret\n"
    /* Loops with no way out but a signal. */
    ".globl spin_self\nspin_self:\n" L(spin_self_loop) "jmp spin_self_loop\n" L(spin_self_end) "ret\n"
    ".globl spin_pair\nspin_pair:\n xor %eax, %eax\n"
    L(spin_pair_loop) "inc %rax\n jmp 2f\n nop\n2: add $2, %rax\n jmp spin_pair_loop\n"
    L(spin_pair_end) "ret\n"
    ".globl spin_dec\nspin_dec:\n mov $-1, %rcx\n"
    L(spin_dec_loop) "dec %rcx\n jnz spin_dec_loop\n" L(spin_dec_end) "ret\n");

void heavy(long n, uint64_t out[46]);
void spin_self(void), spin_pair(void), spin_dec(void);
extern char heavy_loop[], heavy_loop_end[];
extern char spin_self_loop[], spin_self_end[], spin_pair_loop[], spin_pair_end[];
extern char spin_dec_loop[], spin_dec_end[];

static volatile int ticks, ticks_in_loop;
static char *volatile loop_lo, *volatile loop_hi;
static sigjmp_buf env;
static volatile double sink;

static int rip_in_loop(void *ucv)
{
    uintptr_t rip = ((ucontext_t *)ucv)->uc_mcontext.gregs[REG_RIP];
    return rip >= (uintptr_t)loop_lo && rip < (uintptr_t)loop_hi;
}

static void on_tick(int sig, siginfo_t *si, void *ucv)
{
    ticks++;
    if (rip_in_loop(ucv)) ticks_in_loop++;
    /* Clobber vector and caller-saved registers as a real handler would. */
    char buf[256];
    memset(buf, ticks, sizeof buf);
    double d = 0;
    for (int i = 0; i < 16; i++) d += buf[i * 16] * 1.5;
    sink = d;
    (void)sig, (void)si;
}

static void on_tick_jump(int sig, siginfo_t *si, void *ucv)
{
    if (rip_in_loop(ucv)) siglongjmp(env, 1);
    (void)sig, (void)si;
}

static void timer(long usec)
{
    struct itimerval it = {{0, usec}, {0, usec}};
    setitimer(ITIMER_REAL, &it, NULL);
}

static void handle(void (*fn)(int, siginfo_t *, void *))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fn;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
}

static void escape(const char *name, void (*fn)(void), char *lo, char *hi)
{
    loop_lo = lo, loop_hi = hi;
    if (sigsetjmp(env, 1) == 0) {
        timer(200);
        fn();
        printf("%s: returned?\n", name);
    } else {
        timer(0);
        sigset_t cur;
        sigprocmask(SIG_BLOCK, NULL, &cur);
        printf("%s: left by siglongjmp, SIGALRM blocked after: %d\n", name,
               sigismember(&cur, SIGALRM));
    }
}

int main(void)
{
    enum { N = 1000000 };
    static uint64_t want[46], got[46];
    heavy(N, want);

    handle(on_tick);
    loop_lo = heavy_loop, loop_hi = heavy_loop_end;
    timer(200);
    heavy(N, got);
    timer(0);
    uint64_t h = 0;
    for (int i = 0; i < 46; i++) h = h * 1000003 ^ want[i];
    printf("heavy loop: result %016llx, %s the run without a timer\n", (unsigned long long)h,
           memcmp(want, got, sizeof want) == 0 ? "equal to" : "DIFFERENT from");
    for (int i = 0; i < 46; i++)
        if (want[i] != got[i]) printf("  slot %d differs\n", i);
    printf("heavy loop: ticks %s, ticks inside the loop %s\n", ticks > 0 ? "> 0" : "0",
           ticks_in_loop > 0 ? "> 0" : "0");

    handle(on_tick_jump);
    escape("jmp .", spin_self, spin_self_loop, spin_self_end);
    escape("two-block cycle", spin_pair, spin_pair_loop, spin_pair_end);
    escape("dec/jnz", spin_dec, spin_dec_loop, spin_dec_end);
    return 0;
}
