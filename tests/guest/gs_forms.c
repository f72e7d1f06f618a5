// cflags: -mno-red-zone
/* The guest's GS in every addressing form, each case in a child. gsmem has
 * two 4 KiB halves; with the GS base at 4096, gs:[p] for p in the low half
 * reaches the same offset in the high half, so register-based operands
 * (rsp, rsp + index, rax, rsi...) point into the low half and read or write
 * the high half. Cases that need another base (movabs moffs64, an absolute
 * disp32, a 32-bit address) set it themselves. Covered: rsp base, rsp +
 * index, rip-relative (with an immediate too), [eax] and its 32-bit wrap,
 * movabs loads and stores (moffs64 small and beyond 4 GiB), rep movsb/movsq, lodsb, repe cmpsb, xlatb with a
 * gs override (source gs:[rsi]), stosb (the override is ignored), call and
 * jmp through gs:, push/pop gs:[mem] (pop with an rsp base computes the
 * address after the increment), lock cmpxchg, SSE, and lea (no segment). */
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <asm/prctl.h>
#include "child_case.h"

struct {
    uint8_t lo[4096];
    uint8_t hi[4096];
} gsmem __attribute__((aligned(4096)));
static __thread int tls_value = 1234;

static void set_gs(uint64_t base)
{
    long r = syscall(SYS_arch_prctl, ARCH_SET_GS, base);
    if (r != 0) printf("ARCH_SET_GS failed\n");
}
static uint64_t hi64(unsigned off)
{
    uint64_t v;
    memcpy(&v, gsmem.hi + off, 8);
    return v;
}
#define LO(off) ((uint64_t)(uintptr_t)(gsmem.lo + (off)))
#define HEX(v) ((unsigned long long)(v))

static void c_rsp_base(void)
{
    set_gs(4096);
    uint64_t v;
    asm volatile("mov %%rsp, %%r12\n\tmov %1, %%rsp\n\t"
                 "mov %%gs:8(%%rsp), %0\n\tmovq $0x5151, %%gs:16(%%rsp)\n\t"
                 "mov %%r12, %%rsp"
                 : "=&r"(v) : "r"(LO(256)) : "r12", "memory");
    NOTE("load %s, store %#llx", v == hi64(264) ? "hi[264]" : "wrong",
         HEX(hi64(272)));
}
static void c_rsp_index(void)
{
    set_gs(4096);
    uint64_t v;
    asm volatile("mov %%rsp, %%r12\n\tmov %1, %%rsp\n\t"
                 "mov %%gs:16(%%rsp,%2,8), %0\n\t"
                 "addq $3, %%gs:24(%%rsp,%2,8)\n\tmov %%r12, %%rsp"
                 : "=&r"(v) : "r"(LO(256)), "r"(3L) : "r12", "memory", "cc");
    NOTE("load %s, add %#llx", v == hi64(296) ? "hi[296]" : "wrong",
         HEX(hi64(304)));
}
static void c_rip_rel(void)
{
    set_gs(4096);
    uint64_t v;
    asm volatile("mov %%gs:gsmem+40(%%rip), %0\n\t"
                 "movl $0x6161, %%gs:gsmem+48(%%rip)\n\t"
                 "addq $1, %%gs:gsmem+56(%%rip)"
                 : "=r"(v) : : "memory", "cc");
    NOTE("load %s, store %#llx, add %#llx", v == hi64(40) ? "hi[40]" : "wrong",
         HEX(hi64(48)), HEX(hi64(56)));
}
static void c_addr32(void)
{
    set_gs((uintptr_t)gsmem.hi);
    uint64_t v, w;
    asm volatile("mov %%gs:(%%eax), %0\n\t"
                 "mov %%gs:0x10(%%ecx), %1"
                 : "=&r"(v), "=&r"(w) : "a"(8), "c"(0xfffffff8u) : "memory");
    NOTE("gs:[eax] %s, gs:[ecx+0x10] wrapped %s",
         v == hi64(8) ? "hi[8]" : "wrong", w == hi64(8) ? "hi[8]" : "wrong");
}
static void c_movabs(void)
{
    set_gs((uintptr_t)gsmem.hi - 0x100);
    uint64_t al = 0, rax, eax;
    asm volatile("movabs %%gs:0x108, %%al" : "+a"(al));
    asm volatile("movabs %%gs:0x110, %%rax" : "=a"(rax));
    asm volatile("movabs %%gs:0x118, %%eax" : "=a"(eax));
    asm volatile("movabs %%al, %%gs:0x120" : : "a"(0x71) : "memory");
    asm volatile("movabs %%rax, %%gs:0x128" : : "a"(0x7272727272UL) : "memory");
    NOTE("al %s rax %s eax %s; stores %#llx %#llx",
         al == gsmem.hi[8] ? "ok" : "wrong", rax == hi64(16) ? "ok" : "wrong",
         eax == (uint32_t)hi64(24) ? "ok" : "wrong", HEX(gsmem.hi[32]),
         HEX(hi64(40)));
}
/* A moffs64 beyond 4 GiB: a page mapped at HIGH_PAGE, base 0x10000000. */
#define HIGH_PAGE 0x500000000000UL
static void c_movabs_high(void)
{
    uint8_t *page = mmap((void *)HIGH_PAGE, 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (page != (void *)HIGH_PAGE) {
        NOTE("mmap failed");
        return;
    }
    for (int i = 0; i < 64; i++) page[i] = (uint8_t)(0xc0 + i);
    set_gs(0x10000000);
    uint64_t al = 0, rax;
    asm volatile("movabs %%gs:0x4ffff0000008, %%al" : "+a"(al));
    asm volatile("movabs %%gs:0x4ffff0000010, %%rax" : "=a"(rax));
    asm volatile("movabs %%al, %%gs:0x4ffff0000020" : : "a"(0x71) : "memory");
    asm volatile("movabs %%rax, %%gs:0x4ffff0000028" : : "a"(0x7272727272UL) : "memory");
    uint64_t st;
    memcpy(&st, page + 40, 8);
    NOTE("al %#llx rax %#llx; stores %#x %#llx", HEX(al), HEX(rax), page[32], HEX(st));
}
static void c_rep_movsb(void)
{
    set_gs(4096);
    uint8_t out[32] = {0};
    asm volatile("rep movsb %%gs:(%%rsi), %%es:(%%rdi)"
                 : : "S"(LO(100)), "D"(out), "c"(32) : "memory");
    NOTE("%s", memcmp(out, gsmem.hi + 100, 32) == 0 ? "from hi" : "wrong");
}
static void c_rep_movsq(void)
{
    set_gs(4096);
    uint64_t out[4] = {0};
    asm volatile("rep movsq %%gs:(%%rsi), %%es:(%%rdi)"
                 : : "S"(LO(200)), "D"(out), "c"(4) : "memory");
    NOTE("%s", memcmp(out, gsmem.hi + 200, 32) == 0 ? "from hi" : "wrong");
}
static void c_lodsb(void)
{
    set_gs(4096);
    uint64_t rsi = LO(5), al = 0;
    asm volatile("lods %%gs:(%%rsi), %%al" : "+S"(rsi), "+a"(al) : : "memory");
    NOTE("al %s, rsi +%lld", al == gsmem.hi[5] ? "hi[5]" : "wrong",
         (long long)(rsi - LO(5)));
}
static void c_cmpsb(void)
{
    set_gs(4096);
    uint8_t other[16];
    memcpy(other, gsmem.hi, 16);
    other[9] ^= 1;
    uint64_t rcx = 16;
    asm volatile("repe cmpsb %%es:(%%rdi), %%gs:(%%rsi)"
                 : "+c"(rcx) : "S"(LO(0)), "D"(other) : "memory", "cc");
    NOTE("stopped with rcx %lld", (long long)rcx);
}
static void c_xlatb(void)
{
    set_gs(4096);
    uint64_t al = 7;
    asm volatile("xlat %%gs:(%%rbx)" : "+a"(al) : "b"(LO(0)) : "memory");
    NOTE("al %s", (uint8_t)al == gsmem.hi[7] ? "hi[7]" : "wrong");
}
static void c_stosb(void)
{
    set_gs(4096);
    uint8_t before = gsmem.hi[300];
    asm volatile(".byte 0x65\n\tstosb" : : "D"(LO(300)), "a"(0x99) : "memory");
    NOTE("lo[300] %#x, hi[300] %s", gsmem.lo[300],
         gsmem.hi[300] == before ? "unchanged" : "written");
}
asm(".text\ngs_callee: mov $7, %eax\n\tret\n");
extern void gs_callee(void);
static void c_call(void)
{
    set_gs(4096);
    uint64_t fn = (uintptr_t)gs_callee;
    memcpy(gsmem.hi + 64, &fn, 8);
    uint64_t rax = LO(64);
    asm volatile("call *%%gs:(%%rax)" : "+a"(rax) : : "memory");
    NOTE("callee returned %lld", (long long)rax);
}
static void c_jmp_abs(void)
{
    set_gs((uintptr_t)gsmem.hi + 72 - 0x10);
    int reached = 0;
    asm volatile("lea 1f(%%rip), %%rcx\n\tmov %%rcx, (%1)\n\t"
                 "jmp *%%gs:0x10\n\tud2\n1: movl $1, %0"
                 : "+r"(reached) : "r"(gsmem.hi + 72) : "rcx", "memory");
    NOTE("reached %d", reached);
}
static void c_push_pop(void)
{
    set_gs(4096);
    uint64_t pushed;
    asm volatile("pushq %%gs:(%1)\n\tpop %0\n\t"
                 "pushq $0x1234\n\tpopq %%gs:8(%1)"
                 : "=&r"(pushed) : "r"(LO(16)) : "memory");
    NOTE("push %s, pop stored %#llx", pushed == hi64(16) ? "hi[16]" : "wrong",
         HEX(hi64(24)));
}
/* On a stack in the low half: pop gs:8(%rsp) stores at rsp after the pop + 8;
 * push gs:8(%rsp) reads at rsp before the push + 8. */
static void c_pop_rsp(void)
{
    set_gs(4096);
    uint64_t pushed;
    asm volatile("mov %%rsp, %%r12\n\tmov %1, %%rsp\n\t"
                 "pushq $0x77\n\tpopq %%gs:8(%%rsp)\n\t"
                 "pushq %%gs:8(%%rsp)\n\tpop %0\n\tmov %%r12, %%rsp"
                 : "=&r"(pushed) : "r"(LO(520)) : "r12", "memory");
    NOTE("hi[520] %#llx hi[528] %#llx, pushed %s", HEX(hi64(520)),
         HEX(hi64(528)), pushed == hi64(528) ? "hi[528]" : "other");
}
static void c_cmpxchg(void)
{
    set_gs(4096);
    uint64_t old = hi64(80), rax = old;
    asm volatile("lock cmpxchg %2, %%gs:(%1)"
                 : "+a"(rax) : "r"(LO(80)), "r"(0x4242UL) : "memory", "cc");
    NOTE("swapped %s, now %#llx", rax == old ? "yes" : "no", HEX(hi64(80)));
}
static void c_sse(void)
{
    set_gs(4096);
    uint8_t out[16];
    asm volatile("movdqu %%gs:(%1), %%xmm0\n\tmovdqu %%xmm0, (%0)\n\t"
                 "paddb %%xmm0, %%xmm0\n\tmovdqu %%xmm0, %%gs:16(%1)"
                 : : "r"(out), "r"(LO(400)) : "xmm0", "memory");
    NOTE("load %s, store %s", memcmp(out, gsmem.hi + 400, 16) ? "wrong" : "hi[400]",
         gsmem.hi[416] == (uint8_t)(2 * gsmem.hi[400]) ? "hi[416]" : "wrong");
}
static void c_lea(void)
{
    set_gs(4096);
    uint64_t r;
    asm volatile("lea %%gs:8(%1), %0" : "=r"(r) : "r"(LO(0)));
    NOTE("%s", r == LO(8) ? "offset only" : "wrong");
}
/* Hidden gs: operands: maskmovdqu writes gs:[rdi]; clzero (AMD; #UD
 * elsewhere, the same in both worlds) zeroes the line at gs:[rax]. */
static void c_maskmov(void)
{
    set_gs(4096);
    static const uint8_t mask[16] = {0x80, 0, 0x80};
    asm volatile("movdqu %1, %%xmm1\n\tpcmpeqb %%xmm0, %%xmm0\n\t"
                 "gs maskmovdqu %%xmm1, %%xmm0"
                 : : "D"(LO(200)), "m"(*mask) : "xmm0", "xmm1", "memory");
    NOTE("hi[200] %#x hi[201] %#x hi[202] %#x", gsmem.hi[200], gsmem.hi[201], gsmem.hi[202]);
}
static void c_clzero(void)
{
    set_gs(4096);
    asm volatile(".byte 0x65, 0x0f, 0x01, 0xfc" : : "a"(LO(256)) : "memory");
    NOTE("hi[256] %#x hi[319] %#x lo[256] %#x", gsmem.hi[256], gsmem.hi[319], gsmem.lo[256]);
}

int main(void)
{
    for (int i = 0; i < 4096; i++) gsmem.hi[i] = (uint8_t)(i * 7 + 1);
    run_case("rsp_base", c_rsp_base);
    run_case("rsp_index", c_rsp_index);
    run_case("rip_relative", c_rip_rel);
    run_case("addr32", c_addr32);
    run_case("movabs", c_movabs);
    run_case("movabs_high", c_movabs_high);
    run_case("rep_movsb", c_rep_movsb);
    run_case("rep_movsq", c_rep_movsq);
    run_case("lodsb", c_lodsb);
    run_case("repe_cmpsb", c_cmpsb);
    run_case("xlatb", c_xlatb);
    run_case("stosb_gs_prefix", c_stosb);
    run_case("call_gs_rax", c_call);
    run_case("jmp_gs_disp32", c_jmp_abs);
    run_case("push_pop", c_push_pop);
    run_case("pop_push_rsp", c_pop_rsp);
    run_case("lock_cmpxchg", c_cmpxchg);
    run_case("sse", c_sse);
    run_case("lea", c_lea);
    run_case("maskmovdqu", c_maskmov);
    run_case("clzero", c_clzero);
    printf("tls %d\n", tls_value);
    return 0;
}
