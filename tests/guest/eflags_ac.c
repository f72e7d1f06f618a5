/* EFLAGS.AC (alignment check): with AC set, only the program's own misaligned
 * accesses may fault. ac_section sets AC, then makes system calls (write,
 * getpid), indirect calls and jumps, direct calls and returns in a loop, all
 * with aligned accesses; it reads its flags (AC still set), clears AC and
 * returns. Then, in children, a misaligned load with AC set (SIGBUS) and
 * without it (fine). */
#include <stdint.h>
#include "child_case.h"

asm(".text\n"
    "ac_leaf: add $1, %rbx\n\tret\n"
    "ac_section:\n\tpush %rbx\n\tpush %r12\n\tpush %r13\n"
    "\tpushfq\n\torq $0x40000, (%rsp)\n\tpopfq\n"
    "\tmov $1, %eax\n\tmov $1, %edi\n\tlea ac_msg(%rip), %rsi\n"
    "\tmov $ac_len, %edx\n\tsyscall\n"
    "\tmov %rax, %r13\n" /* bytes written */
    "\txor %ebx, %ebx\n\tmov $100, %r12d\n"
    "1:\tlea ac_leaf(%rip), %rax\n\tcall *%rax\n" /* indirect call */
    "\tlea 2f(%rip), %rax\n\tjmp *%rax\n\tud2\n"  /* indirect jump */
    "2:\tcall ac_leaf\n"                           /* direct call, ret */
    "\tmov $39, %eax\n\tsyscall\n"                 /* getpid */
    "\tsub $1, %r12d\n\tjnz 1b\n"
    "\tpushfq\n\tpop %rax\n\tand $0x40000, %eax\n"
    "\tpushfq\n\tandq $-0x40001, (%rsp)\n\tpopfq\n"
    "\tshl $32, %rbx\n\tor %rbx, %rax\n\tshl $8, %r13\n\tor %r13, %rax\n"
    "\tpop %r13\n\tpop %r12\n\tpop %rbx\n\tret\n"
    ".section .rodata\nac_msg: .ascii \"write with AC set\\n\"\n"
    "ac_len = . - ac_msg\n.text\n");
extern uint64_t ac_section(void);

static uint64_t aligned[4] __attribute__((aligned(16))) = {0x1122334455667788};

static void c_misaligned_ac(void)
{
    uint32_t v;
    asm volatile("pushfq\n\torq $0x40000, (%%rsp)\n\tpopfq\n\t"
                 "mov (%1), %0\n\t"
                 "pushfq\n\tandq $-0x40001, (%%rsp)\n\tpopfq"
                 : "=r"(v) : "r"((char *)aligned + 1) : "memory", "cc");
    NOTE("%#x", v);
}
static void c_misaligned_no_ac(void)
{
    uint32_t v;
    asm volatile("mov (%1), %0" : "=r"(v) : "r"((char *)aligned + 1) : "memory");
    NOTE("%#x", v);
}

int main(void)
{
    fflush(stdout);
    uint64_t r = ac_section();
    uint64_t f;
    asm volatile("pushfq\n\tpop %0" : "=r"(f));
    printf("AC was still set: %s; calls %u; write returned %u; AC now %s\n",
           r & 0x40000 ? "yes" : "no", (unsigned)(r >> 32),
           (unsigned)((r >> 8) & 0xff), f & 0x40000 ? "set" : "clear");
    run_case("misaligned_load_ac", c_misaligned_ac);
    run_case("misaligned_load_no_ac", c_misaligned_no_ac);
    return 0;
}
