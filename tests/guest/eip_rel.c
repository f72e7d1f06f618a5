// cflags: -mno-red-zone
// asan: no (a truncated 32-bit address of the PIE builds lands in ASan's low shadow, 0x7fff8000-0x8fff7000, 1 run in 15)
/* 32-bit address size with rip: [eip+disp] operands (67 prefix), which the
 * CPU computes as (next rip + disp) mod 2^32, and 32- or 16-bit lea of a
 * rip-relative address (the result truncated to the operand size; a 16-bit
 * lea leaves the rest of the register alone). lea never touches memory, so
 * those cases give the same answers in both builds. In the static (non-PIE)
 * build the code is below 4 GiB, so loads, stores, calls and jumps through
 * [eip+disp] reach real data; in the static-PIE build the truncated address
 * points elsewhere and those cases die (each case runs in a child). */
#include <stdint.h>
#include "child_case.h"

static volatile uint32_t var = 0x12345678;
static volatile uint64_t var64 = 0x1122334455667788;
static void (*volatile fnptr)(void);
static volatile uint64_t jump_slot;
asm(".text\neip_callee: mov $7, %eax\n\tret\n");
extern void eip_callee(void);

static uint32_t low32(const volatile void *p) { return (uint32_t)(uintptr_t)p; }

static void c_lea_eip32(void)
{
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm("lea var(%%eip), %k0" : "+r"(r)); /* 67 8d */
    NOTE("%s", r == low32(&var) ? "truncated address" : "wrong");
}
static void c_lea_eip64(void)
{
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm("lea var(%%eip), %0" : "+r"(r)); /* 67 48 8d */
    NOTE("%s", r == low32(&var) ? "truncated address" : "wrong");
}
static void c_lea_rip32(void)
{
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm("lea var(%%rip), %k0" : "+r"(r)); /* 8d, 32-bit operand */
    NOTE("%s", r == low32(&var) ? "truncated address" : "wrong");
}
static void c_lea_rip16(void)
{
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm("lea var(%%rip), %w0" : "+r"(r)); /* 66 8d */
    NOTE("%s", r == (0xaaaaaaaaaaaa0000 | (uint16_t)(uintptr_t)&var)
                   ? "low 16 bits replaced" : "wrong");
}
static void c_lea_eip16(void)
{
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm("lea var(%%eip), %w0" : "+r"(r)); /* 66 67 8d */
    NOTE("%s", r == (0xaaaaaaaaaaaa0000 | (uint16_t)(uintptr_t)&var)
                   ? "low 16 bits replaced" : "wrong");
}
/* A displacement that makes eip + disp wrap around 4 GiB. */
static void c_lea_eip_wrap(void)
{
    uint64_t r = 0xaaaaaaaaaaaaaaaa, next;
    asm("lea -0x7ffffff0(%%eip), %0\n1: lea 1b(%%rip), %1"
        : "+r"(r), "=r"(next));
    NOTE("%s", r == (uint32_t)(next - 0x7ffffff0) ? "wrapped" : "wrong");
}
static void c_load(void)
{
    uint32_t v;
    asm volatile("mov var(%%eip), %0" : "=r"(v));
    NOTE("%#x", v);
}
static void c_load64(void)
{
    uint64_t v;
    asm volatile("mov var64(%%eip), %0" : "=r"(v));
    NOTE("%#llx", (unsigned long long)v);
}
static void c_store(void)
{
    asm volatile("movl $0xcafe, var(%%eip)" : : : "memory");
    NOTE("%#x", var);
}
static void c_store_reg(void)
{
    asm volatile("mov %0, var(%%eip)" : : "r"(0xbeef) : "memory");
    NOTE("%#x", var);
}
static void c_cmp_imm(void)
{
    int eq;
    asm volatile("cmpl $0x12345678, var(%%eip)\n\tsete %b0" : "=q"(eq) : : "cc");
    NOTE("equal %d", eq & 1);
}
static void c_add(void)
{
    uint32_t v = 1;
    asm volatile("add var(%%eip), %0" : "+r"(v) : : "cc");
    NOTE("%#x", v);
}
static void c_call_mem(void)
{
    fnptr = eip_callee;
    int v = 0;
    asm volatile("call *fnptr(%%eip)" : "+a"(v) : : "memory");
    NOTE("callee returned %d", v);
}
static void c_jmp_mem(void)
{
    int reached = 0;
    asm volatile("lea 1f(%%rip), %%rcx\n\tmov %%rcx, jump_slot(%%rip)\n\t"
                 "jmp *jump_slot(%%eip)\n\tud2\n1: movl $1, %0"
                 : "+r"(reached) : : "rcx", "memory");
    NOTE("reached %d", reached);
}

int main(void)
{
    run_case("lea_eip_32", c_lea_eip32);
    run_case("lea_eip_64", c_lea_eip64);
    run_case("lea_rip_32", c_lea_rip32);
    run_case("lea_rip_16", c_lea_rip16);
    run_case("lea_eip_16", c_lea_eip16);
    run_case("lea_eip_wrap", c_lea_eip_wrap);
    run_case("load_eip", c_load);
    run_case("load64_eip", c_load64);
    run_case("store_imm_eip", c_store);
    run_case("store_reg_eip", c_store_reg);
    run_case("cmp_imm_eip", c_cmp_imm);
    run_case("add_eip", c_add);
    run_case("call_eip", c_call_mem);
    run_case("jmp_eip", c_jmp_mem);
    return 0;
}
