/* Indirect control flow in asm: call *%rax, call *(%rbx,%rcx,8),
 * call *table(%rip), jmp *%rax, jmp *(mem), and push+ret as a jump. */
#include <stdio.h>

long f0(long x), f1(long x), f2(long x), f3(long x);
long run_reg(long x), run_mem(long x, long i), run_rip(long x), run_jmp(long x), run_jmpmem(long x), run_pushret(long x);
asm(".text\n"
    "f0: lea 1(%rdi), %rax\n ret\n"
    "f1: lea (%rdi,%rdi), %rax\n ret\n"
    "f2: mov %rdi, %rax\n imul %rdi, %rax\n ret\n"
    "f3: mov %rdi, %rax\n neg %rax\n ret\n"
    ".section .data.rel.ro,\"aw\"\n .balign 8\n"
    "ftab: .quad f0, f1, f2, f3\n"
    "jtarget: .quad after_jmpmem\n"
    ".text\n"
    ".globl run_reg\nrun_reg:\n lea f2(%rip), %rax\n call *%rax\n ret\n"
    ".globl run_mem\nrun_mem:\n push %rbx\n lea ftab(%rip), %rbx\n mov %rsi, %rcx\n and $3, %rcx\n call *(%rbx,%rcx,8)\n pop %rbx\n ret\n"
    ".globl run_rip\nrun_rip:\n call *ftab+8(%rip)\n mov %rax, %rdi\n call *ftab+24(%rip)\n ret\n"
    ".globl run_jmp\nrun_jmp:\n lea 1f(%rip), %rax\n add $100, %rdi\n jmp *%rax\n ud2\n1: lea 7(%rdi), %rax\n ret\n"
    ".globl run_jmpmem\nrun_jmpmem:\n mov %rdi, %rax\n jmp *jtarget(%rip)\n ud2\nafter_jmpmem: shl $3, %rax\n ret\n"
    ".globl run_pushret\nrun_pushret:\n lea 1f(%rip), %rax\n push %rax\n mov %rdi, %rax\n ret\n ud2\n1: add $1000, %rax\n ret\n");

long (*volatile cfp)(long) = f1;

int main(void)
{
    long s = 0;
    for (long i = 0; i < 10000; i++) {
        s += run_reg(i & 255);
        s += run_mem(i, i);
        s += run_rip(i);
        s += run_jmp(i);
        s += run_jmpmem(i);
        s += run_pushret(i);
        s += cfp(i);
    }
    printf("run_reg(9)=%ld run_mem(5,0..3)=%ld,%ld,%ld,%ld run_rip(4)=%ld\n", run_reg(9), run_mem(5, 0), run_mem(5, 1),
           run_mem(5, 2), run_mem(5, 3), run_rip(4));
    printf("run_jmp(1)=%ld run_jmpmem(3)=%ld run_pushret(5)=%ld\n", run_jmp(1), run_jmpmem(3), run_pushret(5));
    printf("sum %ld\n", s);
    return 0;
}
