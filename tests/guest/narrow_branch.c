// Near branches with an operand-size prefix (66). Intel ignores it; AMD
// makes the branch 16-bit: the new rip is truncated to 16 bits (always
// unmapped memory, so SIGSEGV) and call/ret push and pop 2 bytes. Shunt
// must decode them as this CPU does; each case runs in a child and prints
// how it ended. With REX.W as well the branch is a 64-bit one on both: glibc's
// TLS sequence `data16 data16 rex.W call __tls_get_addr` (libmpfr, used by
// gcc's cc1) must not be cut to 16 bits.
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static void run(const char *name, void (*f)(void))
{
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        f();
        _exit(0);
    }
    int st;
    waitpid(p, &st, 0);
    if (WIFSIGNALED(st))
        printf("%s: signal %d\n", name, WTERMSIG(st));
    else
        printf("%s: exit %d\n", name, WEXITSTATUS(st));
}

static void jmp_rel16(void) { __asm__ volatile(".byte 0x66, 0xe9, 0x00, 0x00"); }
static void jmp_rel8(void) { __asm__ volatile(".byte 0x66, 0xeb, 0x00"); }
static void jcc_rel8(void) { __asm__ volatile("xor %%eax, %%eax\n.byte 0x66, 0x74, 0x00" ::: "eax", "cc"); }
static void jcc_rel16(void)
{
    __asm__ volatile("xor %%eax, %%eax\n.byte 0x66, 0x0f, 0x84, 0x00, 0x00" ::: "eax", "cc");
}
static void jcc_not_taken(void)
{
    __asm__ volatile("xor %%eax, %%eax\n.byte 0x66, 0x75, 0x00" ::: "eax", "cc");
}
static void call_rel16(void) { __asm__ volatile(".byte 0x66, 0xe8, 0x00, 0x00" ::: "memory"); }
/* REX.W wins over 66: the padded call __tls_get_addr of the TLS
 * general-dynamic sequence (66 66 48 e8 rel32) is a 64-bit call everywhere;
 * it calls a ret, which comes back right after it. */
static void call_rexw(void)
{
    __asm__ volatile(".byte 0x66, 0x66, 0x48, 0xe8\n .long 1f - 2f\n 2: jmp 3f\n 1: ret\n 3:" ::: "memory");
}
static void ret16(void) { __asm__ volatile("lea 1f(%%rip), %%rax\n push %%rax\n .byte 0x66, 0xc3\n 1:" ::: "rax", "memory"); }
static void jmp_reg16(void)
{
    __asm__ volatile("lea 1f(%%rip), %%rax\n .byte 0x66, 0xff, 0xe0\n 1:" ::: "rax");
}
static void jrcxz16(void)
{
    __asm__ volatile("xor %%ecx, %%ecx\n .byte 0x66, 0xe3, 0x00" ::: "rcx");
}
static void ret_rexw(void)
{
    __asm__ volatile("lea 1f(%%rip), %%rax\n push %%rax\n .byte 0x66, 0x48, 0xc3\n 1:" ::: "rax", "memory");
}
static void jmp_rexw(void) { __asm__ volatile(".byte 0x66, 0x48, 0xeb, 0x00"); }
static void jcc_rexw(void) { __asm__ volatile("xor %%eax, %%eax\n.byte 0x66, 0x48, 0x74, 0x00" ::: "eax", "cc"); }
static void jmp_reg_rexw(void)
{
    __asm__ volatile("lea 1f(%%rip), %%rax\n .byte 0x66, 0x48, 0xff, 0xe0\n 1:" ::: "rax");
}

int main(void)
{
    run("jmp rel16", jmp_rel16);
    run("66 jmp rel8", jmp_rel8);
    run("66 jz rel8 taken", jcc_rel8);
    run("66 jz rel16 taken", jcc_rel16);
    run("66 jnz not taken", jcc_not_taken);
    run("call rel16", call_rel16);
    run("66 66 rex.w call rel32", call_rexw);
    run("66 ret", ret16);
    run("66 jmp rax", jmp_reg16);
    run("66 jrcxz taken", jrcxz16);
    run("66 48 ret", ret_rexw);
    run("66 48 jmp rel8", jmp_rexw);
    run("66 48 jz rel8 taken", jcc_rexw);
    run("66 48 jmp rax", jmp_reg_rexw);
    return 0;
}
