// cflags: -mno-red-zone
/* Far transfers to the program's own code selector (read with mov %cs), each
 * in a child: lretq, lretq $imm, lretl (32-bit: pops eip and cs), iretq (it
 * must restore rflags, rsp and ss from its frame), iretl, far jmp and call
 * through memory pointers (FF /5, FF /3) with and without REX.W. This AMD CPU
 * ignores REX.W for the pointer (always m16:32: a m16:64 pointer is read as
 * offset32 + the offset's high bytes as selector) but pushes 64-bit cs and
 * rip for a REX.W far call; without REX.W a far call pushes 32-bit cs and
 * eip. Offsets of 32 bits only reach the code of the static (non-PIE) build;
 * in the PIE build those cases die. Then far transfers to invalid selectors
 * and the direct far jmp/call (invalid in 64-bit mode). */
#include <stdint.h>
#include "child_case.h"

static unsigned char ptr_buf[16] __attribute__((aligned(16)));
static uint16_t bad_sel;

static void c_lretq(void)
{
    int reached = 0;
    asm volatile("mov %%cs, %%eax\n\tpush %%rax\n\t"
                 "lea 1f(%%rip), %%rax\n\tpush %%rax\n\t"
                 "lretq\n\tud2\n"
                 "1: movl $1, %0"
                 : "+r"(reached) : : "rax", "memory");
    NOTE("reached %d", reached);
}

static void c_lretq_imm(void)
{
    long diff;
    asm volatile("mov %%rsp, %%r12\n\tpush $0x1111\n\tpush $0x2222\n\t"
                 "mov %%cs, %%eax\n\tpush %%rax\n\t"
                 "lea 1f(%%rip), %%rax\n\tpush %%rax\n\t"
                 "lretq $16\n\tud2\n"
                 "1: mov %%r12, %0\n\tsub %%rsp, %0\n\tmov %%r12, %%rsp"
                 : "=r"(diff) : : "rax", "r12", "memory");
    NOTE("rsp moved by %ld", diff);
}

/* 32-bit lret: one qword holds eip (low) and cs (high). */
static void c_lretl(void)
{
    int reached = 0;
    asm volatile("mov %%cs, %%eax\n\tshl $32, %%rax\n\t"
                 "lea 1f(%%rip), %%rcx\n\tmov %%ecx, %%ecx\n\tor %%rcx, %%rax\n\t"
                 "push %%rax\n\tlretl\n\tud2\n"
                 "1: movl $1, %0"
                 : "+r"(reached) : : "rax", "rcx", "memory");
    NOTE("reached %d", reached);
}

/* iretq to a new rsp with CF, ZF, SF and OF set in the frame. */
static void c_iretq(void)
{
    uint64_t flags, rsp_off;
    uint16_t ss_before, ss_after;
    asm volatile("mov %%rsp, %%r12\n\t"
                 "lea -256(%%rsp), %%rcx\n\tand $-16, %%rcx\n\t"
                 "mov %%ss, %%eax\n\tpush %%rax\n\tpush %%rcx\n\t"
                 "pushfq\n\tandq $-0x8d6, (%%rsp)\n\torq $0x8c1, (%%rsp)\n\t"
                 "mov %%cs, %%eax\n\tpush %%rax\n\t"
                 "lea 1f(%%rip), %%rax\n\tpush %%rax\n\t"
                 "xor %%eax, %%eax\n\t" /* clears CF, OF, SF; sets ZF */
                 "iretq\n\tud2\n"
                 "1: pushfq\n\tpop %0\n\t"
                 "mov %%rsp, %1\n\tsub %%rcx, %1\n\t"
                 "mov %%ss, %2\n\t"
                 "mov %%r12, %%rsp"
                 : "=&r"(flags), "=&r"(rsp_off), "=&r"(ss_after)
                 : : "rax", "rcx", "r12", "memory", "cc");
    asm volatile("mov %%ss, %0" : "=r"(ss_before));
    NOTE("flags %#llx rsp %s ss %s", (unsigned long long)(flags & 0x8d5),
         rsp_off == 0 ? "as in frame" : "wrong",
         ss_after == ss_before ? "same" : "changed");
}

/* iretq whose frame has a null ss: #GP when returning to CPL 3. */
static void c_iretq_null_ss(void)
{
    asm volatile("mov %%rsp, %%rcx\n\tpush $0\n\tpush %%rcx\n\tpushfq\n\t"
                 "mov %%cs, %%eax\n\tpush %%rax\n\t"
                 "lea 1f(%%rip), %%rax\n\tpush %%rax\n\t"
                 "iretq\n1:"
                 : : : "rax", "rcx", "memory");
}

/* 32-bit iret: eip, cs, eflags, esp, ss, 4 bytes each; esp in a stack below
 * 4 GiB (static build) and CF set. */
static uint32_t low_stack[64] __attribute__((aligned(16)));
static void c_iretl(void)
{
    uint64_t flags, rsp_after;
    asm volatile("mov %%rsp, %%r12\n\t"
                 "lea %3, %%rcx\n\t"
                 "lea 12*4(%%rcx), %%rdx\n\t" /* esp after iret */
                 "lea 1f(%%rip), %%rax\n\tmov %%eax, 4*4(%%rcx)\n\t"
                 "mov %%cs, %%eax\n\tmov %%eax, 5*4(%%rcx)\n\t"
                 "pushfq\n\tpop %%rax\n\tor $1, %%eax\n\tmov %%eax, 6*4(%%rcx)\n\t"
                 "mov %%edx, 7*4(%%rcx)\n\t"
                 "mov %%ss, %%eax\n\tmov %%eax, 8*4(%%rcx)\n\t"
                 "lea 4*4(%%rcx), %%rsp\n\t"
                 "clc\n\tiretl\n\tud2\n"
                 "1: pushfq\n\tpop %0\n\tmov %%rsp, %1\n\tsub %%rdx, %1\n\t"
                 "mov %%r12, %%rsp"
                 : "=&r"(flags), "=&r"(rsp_after)
                 : "r"(0), "m"(low_stack)
                 : "rax", "rcx", "rdx", "r12", "memory", "cc");
    NOTE("CF %d rsp %s", (int)(flags & 1), rsp_after == 0 ? "as in frame" : "wrong");
}

/* Far jmp through memory: the pointer written at ptr_buf, then FF /5. */
#define FAR_JMP(fn, store, jmp)                                                \
    static void fn(void)                                                       \
    {                                                                          \
        int reached = 0;                                                       \
        asm volatile("lea 1f(%%rip), %%rax\n\t" store "\n\t" jmp               \
                     " *(%1)\n\tud2\n1: movl $1, %0"                           \
                     : "+r"(reached) : "r"(ptr_buf) : "rax", "memory");        \
        NOTE("reached %d", reached);                                           \
    }
#define M16_64 "mov %%rax, (%1)\n\tmov %%cs, 8(%1)"
#define M16_32 "mov %%eax, (%1)\n\tmov %%cs, 4(%1)"
FAR_JMP(c_ljmp_rexw_m16_64, M16_64, "rex.W ljmp")
FAR_JMP(c_ljmp_rexw_m16_32, M16_32, "rex.W ljmp")
FAR_JMP(c_ljmp_m16_32, M16_32, "ljmp")

/* Far call through memory to label 2, which records what was pushed and goes
 * back without returning. */
#define FAR_CALL(fn, store, call)                                              \
    static void fn(void)                                                       \
    {                                                                          \
        uint64_t pushed, w0, w1, ret;                                          \
        uint16_t cs;                                                           \
        asm volatile("lea 2f(%%rip), %%rax\n\t" store "\n\t"                   \
                     "mov %%rsp, %%r12\n\t" call " *(%5)\n"                    \
                     "1: ud2\n"                                                \
                     "2: mov %%r12, %0\n\tsub %%rsp, %0\n\t"                   \
                     "mov (%%rsp), %1\n\tmov 8(%%rsp), %2\n\t"                 \
                     "mov %%r12, %%rsp\n\tlea 1b(%%rip), %3\n\tmov %%cs, %4"   \
                     : "=&r"(pushed), "=&r"(w0), "=&r"(w1), "=&r"(ret),        \
                       "=&r"(cs)                                               \
                     : "r"(ptr_buf) : "rax", "r12", "memory");                 \
        if (pushed == 16)                                                      \
            NOTE("pushed 16: rip %s, cs %s", w0 == ret ? "ok" : "wrong",       \
                 w1 == cs ? "ok" : "wrong");                                   \
        else                                                                   \
            NOTE("pushed %d: eip %s, cs %s", (int)pushed,                      \
                 (uint32_t)w0 == (uint32_t)ret ? "ok" : "wrong",               \
                 w0 >> 32 == cs ? "ok" : "wrong");                             \
    }
#define M16_64_2 "mov %%rax, (%5)\n\tmov %%cs, 8(%5)"
#define M16_32_2 "mov %%eax, (%5)\n\tmov %%cs, 4(%5)"
FAR_CALL(c_lcall_rexw_m16_64, M16_64_2, "rex.W lcall")
FAR_CALL(c_lcall_rexw_m16_32, M16_32_2, "rex.W lcall")
FAR_CALL(c_lcall_m16_32, M16_32_2, "lcall")

/* lcall and a far return that matches it. */
asm(".text\nfar_fn64: mov $42, %eax\n\tlretq\n"
    "far_fn32: mov $43, %eax\n\tlretl\n"
    "far_fn64_imm: mov 16(%rsp), %rax\n\tlretq $8\n");
static void c_lcall_lretq(void)
{
    long v;
    asm volatile("lea far_fn64(%%rip), %%rax\n\tmov %%eax, (%1)\n\t"
                 "mov %%cs, 4(%1)\n\trex.W lcall *(%1)"
                 : "=a"(v) : "r"(ptr_buf) : "memory");
    NOTE("returned %ld", v);
}
static void c_lcall_lretl(void)
{
    long v;
    asm volatile("lea far_fn32(%%rip), %%rax\n\tmov %%eax, (%1)\n\t"
                 "mov %%cs, 4(%1)\n\tlcall *(%1)"
                 : "=a"(v) : "r"(ptr_buf) : "memory");
    NOTE("returned %ld", v);
}
/* The callee reads its argument above the return frame and pops it. */
static void c_lcall_lretq_imm(void)
{
    long v, diff;
    asm volatile("mov %%rsp, %%r12\n\tpush $77\n\t"
                 "lea far_fn64_imm(%%rip), %%rax\n\tmov %%eax, (%2)\n\t"
                 "mov %%cs, 4(%2)\n\trex.W lcall *(%2)\n\t"
                 "mov %%r12, %1\n\tsub %%rsp, %1\n\tmov %%r12, %%rsp"
                 : "=a"(v), "=&r"(diff) : "r"(ptr_buf) : "r12", "memory");
    NOTE("returned %ld, rsp moved by %ld", v, diff);
}

/* Far jmp, far call and far return to bad_sel. */
static void c_bad_ljmp(void)
{
    asm volatile("lea 1f(%%rip), %%rax\n\tmov %%eax, (%0)\n\t"
                 "mov %1, 4(%0)\n\tljmp *(%0)\n1:"
                 : : "r"(ptr_buf), "r"(bad_sel) : "rax", "memory");
}
static void c_bad_lcall(void)
{
    asm volatile("lea 1f(%%rip), %%rax\n\tmov %%eax, (%0)\n\t"
                 "mov %1, 4(%0)\n\trex.W lcall *(%0)\n1:"
                 : : "r"(ptr_buf), "r"(bad_sel) : "rax", "memory");
}
static void c_bad_lretq(void)
{
    asm volatile("movzwl %0, %%eax\n\tpush %%rax\n\t"
                 "lea 1f(%%rip), %%rax\n\tpush %%rax\n\tlretq\n1:"
                 : : "r"(bad_sel) : "rax", "memory");
}
static void c_direct_ljmp(void)
{
    asm volatile(".byte 0xea, 0, 0, 0, 0, 0x33, 0" ::: "memory");
}
static void c_direct_lcall(void)
{
    asm volatile(".byte 0x9a, 0, 0, 0, 0, 0x33, 0" ::: "memory");
}

int main(void)
{
    run_case("lretq", c_lretq);
    run_case("lretq_imm16", c_lretq_imm);
    run_case("lretl", c_lretl);
    run_case("iretq", c_iretq);
    run_case("iretq_null_ss", c_iretq_null_ss);
    run_case("iretl", c_iretl);
    run_case("ljmp_rexw_m16_64", c_ljmp_rexw_m16_64);
    run_case("ljmp_rexw_m16_32", c_ljmp_rexw_m16_32);
    run_case("ljmp_m16_32", c_ljmp_m16_32);
    run_case("lcall_rexw_m16_64", c_lcall_rexw_m16_64);
    run_case("lcall_rexw_m16_32", c_lcall_rexw_m16_32);
    run_case("lcall_m16_32", c_lcall_m16_32);
    run_case("lcall_lretq", c_lcall_lretq);
    run_case("lcall_lretl", c_lcall_lretl);
    run_case("lcall_lretq_imm8", c_lcall_lretq_imm);
    static const uint16_t sels[] = {0, 3, 4, 8, 0x10, 0x18, 0x2b, 0xfffb};
    for (unsigned i = 0; i < sizeof sels / sizeof *sels; i++) {
        bad_sel = sels[i];
        char name[64];
        snprintf(name, sizeof name, "ljmp_sel_%#x", sels[i]);
        run_case(name, c_bad_ljmp);
        snprintf(name, sizeof name, "lcall_sel_%#x", sels[i]);
        run_case(name, c_bad_lcall);
        snprintf(name, sizeof name, "lretq_sel_%#x", sels[i]);
        run_case(name, c_bad_lretq);
    }
    run_case("direct_ljmp", c_direct_ljmp);
    run_case("direct_lcall", c_direct_lcall);
    return 0;
}
