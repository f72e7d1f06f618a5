/* Loading the GS selector, and 32-bit rd/wrgsbase, each in a child. With the
 * GS base set to a buffer (arch_prctl), mov %ax,%gs with 0 and with the user
 * data selector, pop %gs and lgs change the base as this CPU does; after each
 * the test prints the selector, rdgsbase and ARCH_GET_GS (as "buf", 0 or a
 * value). Selectors the CPU refuses (kernel, LDT) raise SIGSEGV. 32-bit
 * wrgsbase zero-extends, 32-bit rdgsbase returns the low half zero-extended;
 * a non-canonical wrgsbase raises SIGSEGV; a canonical upper-half base is
 * accepted. FS (TLS) stays intact throughout. Null selectors with RPL 1-3
 * are left out: an interrupt's iret may turn them into 0 at any moment. */
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <asm/prctl.h>
#include "child_case.h"

static uint64_t buf[16];
static __thread int tls_value = 4321;
static uint16_t sel_to_load;

static const char *describe(uint64_t base)
{
    static char s[2][32];
    static int n;
    n ^= 1;
    if (base == (uintptr_t)buf) return "buf";
    snprintf(s[n], sizeof s[n], "%#llx", (unsigned long long)base);
    return s[n];
}
static void note_state(const char *what)
{
    uint16_t sel;
    uint64_t rd, got = 0xdead;
    asm volatile("mov %%gs, %0" : "=r"(sel));
    asm volatile("rdgsbase %0" : "=r"(rd));
    syscall(SYS_arch_prctl, ARCH_GET_GS, &got);
    const char *r = describe(rd), *g = describe(got);
    NOTE("%sgs %#x rdgsbase %s ARCH_GET_GS %s tls %d", what, sel, r, g,
         tls_value);
}
static void set_buf_base(void)
{
    syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)buf);
}

static void c_initial(void) { set_buf_base(); note_state(""); }
static void c_mov_gs(void)
{
    set_buf_base();
    asm volatile("mov %0, %%gs" : : "r"(sel_to_load));
    note_state("");
}
static void c_pop_gs(void)
{
    set_buf_base();
    asm volatile("push %q0\n\tpop %%gs" : : "r"((uint64_t)sel_to_load) : "memory");
    note_state("");
}
static void c_lgs(void)
{
    set_buf_base();
    struct __attribute__((packed)) {
        uint32_t off;
        uint16_t sel;
    } p = {0x12345678, sel_to_load};
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm volatile("lgs %1, %k0" : "+r"(r) : "m"(p));
    char what[64];
    snprintf(what, sizeof what, "reg %#llx ", (unsigned long long)r);
    note_state(what);
}
/* A selector load, then the base set again by arch_prctl: both must hold. */
static void c_mov_then_set(void)
{
    asm volatile("mov %0, %%gs" : : "r"(0x2b));
    set_buf_base();
    note_state("");
}
static void c_wrgsbase32(void)
{
    asm volatile("wrgsbase %0" : : "r"(0x12345678u));
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm volatile("rdgsbase %k0" : "+r"(r));
    char what[64];
    snprintf(what, sizeof what, "rdgsbase32 %#llx ", (unsigned long long)r);
    note_state(what);
}
static void c_rdgsbase32(void)
{
    asm volatile("wrgsbase %0" : : "r"(0x0000123487654321UL));
    uint64_t r = 0xaaaaaaaaaaaaaaaa;
    asm volatile("rdgsbase %k0" : "+r"(r));
    NOTE("rdgsbase32 %#llx", (unsigned long long)r);
}
static void c_wrgsbase_noncanonical(void)
{
    asm volatile("wrgsbase %0" : : "r"(0x8000000000000000UL));
    note_state("");
}
static void c_wrgsbase_upper_half(void)
{
    asm volatile("wrgsbase %0" : : "r"(0xffff800000001000UL));
    note_state("");
}

int main(void)
{
    run_case("arch_prctl", c_initial);
    static const uint16_t sels[] = {0, 0x2b, 0x33, 0x23, 0x8, 0x10, 0x4};
    for (unsigned i = 0; i < sizeof sels / sizeof *sels; i++) {
        sel_to_load = sels[i];
        char name[48];
        snprintf(name, sizeof name, "mov_gs_%#x", sels[i]);
        run_case(name, c_mov_gs);
        snprintf(name, sizeof name, "pop_gs_%#x", sels[i]);
        run_case(name, c_pop_gs);
        snprintf(name, sizeof name, "lgs_%#x", sels[i]);
        run_case(name, c_lgs);
    }
    run_case("mov_gs_then_arch_prctl", c_mov_then_set);
    run_case("wrgsbase32", c_wrgsbase32);
    run_case("rdgsbase32", c_rdgsbase32);
    run_case("wrgsbase_noncanonical", c_wrgsbase_noncanonical);
    run_case("wrgsbase_upper_half", c_wrgsbase_upper_half);
    return 0;
}
