/* Instructions a user-mode program may not run, each in a child: the signal
 * must be the one this CPU raises (#UD = SIGILL for VMX, SVM, SGX, CET, SMAP,
 * monitor/mwait...; #GP = SIGSEGV for hlt, cli, in/out, rdmsr, mov cr...;
 * SIGTRAP for int1 and the two-byte int $3). UMIP instructions: the kernel
 * emulates sgdt/sidt/smsw for 64-bit programs (their results are printed)
 * and raises SIGSEGV for str/sldt. An instruction longer than 15 bytes is
 * #GP (SIGSEGV); 15 bytes is fine. */
#include <stdint.h>
#include <string.h>
#include "child_case.h"

static uint64_t scratch[64] __attribute__((aligned(4096)));

/* One case: the raw bytes, with rax pointing at scratch for memory forms. */
#define BYTES(fn, bytes)                                                       \
    static void fn(void)                                                       \
    {                                                                          \
        void *p = scratch;                                                     \
        asm volatile(".byte " bytes : "+a"(p) : : "rbx", "rcx", "rdx",         \
                     "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc");  \
    }

BYTES(c_clac, "0x0f,0x01,0xca")
BYTES(c_stac, "0x0f,0x01,0xcb")
BYTES(c_monitor, "0x0f,0x01,0xc8")
BYTES(c_mwait, "0x0f,0x01,0xc9")
BYTES(c_monitorx, "0x0f,0x01,0xfa")
BYTES(c_mwaitx, "0x0f,0x01,0xfb")
BYTES(c_vmread, "0x0f,0x78,0xc3")
BYTES(c_vmwrite, "0x0f,0x79,0xc3")
BYTES(c_vmxon, "0xf3,0x0f,0xc7,0x30")
BYTES(c_vmptrld, "0x0f,0xc7,0x30")
BYTES(c_vmclear, "0x66,0x0f,0xc7,0x30")
BYTES(c_vmptrst, "0x0f,0xc7,0x38")
BYTES(c_vmlaunch, "0x0f,0x01,0xc2")
BYTES(c_vmresume, "0x0f,0x01,0xc3")
BYTES(c_vmxoff, "0x0f,0x01,0xc4")
BYTES(c_invept, "0x66,0x0f,0x38,0x80,0x00")
BYTES(c_encls, "0x0f,0x01,0xcf")
BYTES(c_enclu, "0x0f,0x01,0xd7")
BYTES(c_pconfig, "0x0f,0x01,0xc5")
BYTES(c_setssbsy, "0xf3,0x0f,0x01,0xe8")
BYTES(c_vmrun, "0x0f,0x01,0xd8")
BYTES(c_vmload, "0x0f,0x01,0xda")
BYTES(c_stgi, "0x0f,0x01,0xdc")
BYTES(c_clgi, "0x0f,0x01,0xdd")
BYTES(c_skinit, "0x0f,0x01,0xde")
BYTES(c_invlpga, "0x0f,0x01,0xdf")
BYTES(c_invlpgb, "0x0f,0x01,0xfe")
BYTES(c_tlbsync, "0x0f,0x01,0xff")
BYTES(c_rdpru, "0x0f,0x01,0xfd")
BYTES(c_ud0, "0x0f,0xff,0xc0")
BYTES(c_ud1, "0x0f,0xb9,0xc0")
BYTES(c_hlt, "0xf4")
BYTES(c_cli, "0xfa")
BYTES(c_sti, "0xfb")
BYTES(c_in_dx, "0xec")
BYTES(c_out_dx, "0xee")
BYTES(c_in_imm, "0xe4,0x80")
BYTES(c_out_imm, "0xe6,0x80")
BYTES(c_insb, "0x48,0x89,0xc7,0x6c")
BYTES(c_outsb, "0x48,0x89,0xc6,0x6e")
BYTES(c_rdmsr, "0x0f,0x32")
BYTES(c_wrmsr, "0x0f,0x30")
BYTES(c_invd, "0x0f,0x08")
BYTES(c_wbinvd, "0x0f,0x09")
BYTES(c_invlpg, "0x0f,0x01,0x38")
BYTES(c_clts, "0x0f,0x06")
BYTES(c_mov_from_cr0, "0x0f,0x20,0xc0")
BYTES(c_mov_to_cr0, "0x0f,0x22,0xc0")
BYTES(c_mov_from_cr3, "0x0f,0x20,0xd8")
BYTES(c_mov_from_dr7, "0x0f,0x21,0xf8")
BYTES(c_mov_to_dr0, "0x0f,0x23,0xc0")
BYTES(c_lgdt, "0x0f,0x01,0x10")
BYTES(c_lidt, "0x0f,0x01,0x18")
BYTES(c_ltr, "0x0f,0x00,0xd8")
BYTES(c_lldt, "0x0f,0x00,0xd0")
BYTES(c_lmsw, "0x0f,0x01,0xf0")
BYTES(c_swapgs, "0x0f,0x01,0xf8")
BYTES(c_sysret, "0x48,0x0f,0x07")
BYTES(c_sysretl, "0x0f,0x07")
BYTES(c_sysexit, "0x0f,0x35")
BYTES(c_sysenter, "0x0f,0x34")
BYTES(c_int_21, "0xcd,0x21")
BYTES(c_int_4, "0xcd,0x04")
BYTES(c_int_1, "0xcd,0x01")
BYTES(c_int_3_long, "0xcd,0x03")
BYTES(c_int3, "0xcc")
BYTES(c_int1_f1, "0xf1")
BYTES(c_into, "0xce")
BYTES(c_xsetbv, "0x31,0xc9,0x0f,0x01,0xd1")
BYTES(c_rdpmc, "0x31,0xc9,0x0f,0x33")
BYTES(c_prefix_16, "0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,"
                   "0x66,0x66,0x66,0x66,0x66,0x90")
BYTES(c_prefix_15, "0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,"
                   "0x66,0x66,0x66,0x66,0x90")
BYTES(c_rex_16, "0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,0x66,"
                "0x66,0x66,0x66,0x48,0x8b,0x00")

/* The UMIP instructions the kernel emulates: print what they store. */
static void c_sgdt(void)
{
    unsigned char d[16];
    memset(d, 0xaa, sizeof d);
    asm volatile("sgdt %0" : "+m"(d));
    uint64_t base;
    memcpy(&base, d + 2, 8);
    NOTE("limit %#x base %#llx next %#x", d[0] | d[1] << 8,
         (unsigned long long)base, d[10]);
}
static void c_sidt(void)
{
    unsigned char d[16];
    memset(d, 0xaa, sizeof d);
    asm volatile("sidt %0" : "+m"(d));
    uint64_t base;
    memcpy(&base, d + 2, 8);
    NOTE("limit %#x base %#llx next %#x", d[0] | d[1] << 8,
         (unsigned long long)base, d[10]);
}
/* str/sldt: UMIP makes them fault; the kernel emulates them too. */
#define STORE_REG(fn, insn)                                                    \
    static void fn(void)                                                       \
    {                                                                          \
        uint64_t v = 0xaaaaaaaaaaaaaaaa;                                       \
        asm volatile(insn " %0" : "+r"(v));                                    \
        NOTE("%#llx", (unsigned long long)v);                                  \
    }
#define STORE_MEM(fn, insn)                                                    \
    static void fn(void)                                                       \
    {                                                                          \
        uint32_t v = 0xaaaaaaaa;                                               \
        asm volatile(insn " %0" : "+m"(v));                                    \
        NOTE("%#x", v);                                                        \
    }
STORE_REG(c_str, "str")
STORE_REG(c_str32, "str %k0 #")
STORE_REG(c_sldt, "sldt")
STORE_MEM(c_str_mem, "str")
STORE_MEM(c_sldt_mem, "sldt")

static void c_smsw_reg(void)
{
    uint64_t v = 0xaaaaaaaaaaaaaaaa;
    asm volatile("smsw %0" : "+r"(v));
    NOTE("%#llx", (unsigned long long)v);
}
static void c_smsw_reg32(void)
{
    uint64_t v = 0xaaaaaaaaaaaaaaaa;
    asm volatile("smsw %k0" : "+r"(v));
    NOTE("%#llx", (unsigned long long)v);
}
static void c_smsw_mem(void)
{
    uint32_t v = 0xaaaaaaaa;
    asm volatile("smsw %0" : "+m"(v));
    NOTE("%#x", v);
}

static const struct {
    const char *name;
    void (*fn)(void);
} cases[] = {
#define C(n) {#n, c_##n}
    C(clac), C(stac), C(monitor), C(mwait), C(monitorx), C(mwaitx),
    C(vmread), C(vmwrite), C(vmxon), C(vmptrld), C(vmclear), C(vmptrst),
    C(vmlaunch), C(vmresume), C(vmxoff), C(invept), C(encls), C(enclu),
    C(pconfig), C(setssbsy), C(vmrun), C(vmload), C(stgi), C(clgi),
    C(skinit), C(invlpga), C(invlpgb), C(tlbsync), C(rdpru), C(ud0), C(ud1),
    C(hlt), C(cli), C(sti), C(in_dx), C(out_dx), C(in_imm), C(out_imm),
    C(insb), C(outsb), C(rdmsr), C(wrmsr), C(invd), C(wbinvd), C(invlpg),
    C(clts), C(mov_from_cr0), C(mov_to_cr0), C(mov_from_cr3),
    C(mov_from_dr7), C(mov_to_dr0), C(lgdt), C(lidt), C(ltr), C(lldt),
    C(lmsw), C(swapgs), C(sysret), C(sysretl), C(sysexit), C(sysenter),
    C(int_21), C(int_4), C(int_1), C(int_3_long), C(int3), C(int1_f1),
    C(into), C(xsetbv), C(rdpmc), C(str), C(str32), C(sldt), C(str_mem), C(sldt_mem),
    C(sgdt), C(sidt), C(smsw_reg), C(smsw_reg32), C(smsw_mem),
    C(prefix_16), C(prefix_15), C(rex_16),
#undef C
};

int main(void)
{
    for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++)
        run_case(cases[i].name, cases[i].fn);
    return 0;
}
