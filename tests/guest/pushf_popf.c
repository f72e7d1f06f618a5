/* pushf/popf: set and clear CF, DF (and read back with pushf), AC, and check
 * that DF affects string instructions; flags after popf feed a jcc. */
#include <stdio.h>
#include <stdint.h>

static uint64_t get_flags(void) { uint64_t f; asm volatile("pushfq\n\tpopq %0" : "=r"(f)); return f; }
static void set_flags(uint64_t f) { asm volatile("pushq %0\n\tpopfq" : : "r"(f) : "cc", "memory"); }

int main(void)
{
    const uint64_t CF = 1, PF = 4, ZF = 0x40, SF = 0x80, DF = 0x400, OF = 0x800, AC = 0x40000;
    uint64_t base = get_flags() & ~(CF | PF | 0x10 | ZF | SF | OF | DF);
    printf("IF set: %s, reserved bit 1 set: %s\n", get_flags() & 0x200 ? "yes" : "no", get_flags() & 2 ? "yes" : "no");
    uint64_t tests[] = {CF, DF, CF | DF, ZF | SF, OF, PF | CF, AC, AC | DF | OF};
    for (unsigned i = 0; i < sizeof tests / sizeof *tests; i++) {
        set_flags(base | tests[i]);
        uint64_t f = get_flags();
        set_flags(base);
        printf("set %05lx read %05lx\n", (unsigned long)tests[i], (unsigned long)(f & (CF | PF | ZF | SF | DF | OF | AC)));
    }
    /* DF set by popf changes lodsb direction */
    const char s[] = "abcdef";
    const char *p = s + 3;
    char c1, c2;
    set_flags(base | DF);
    asm volatile("lodsb\n\tmov %%al, %1\n\tlodsb\n\tcld" : "+S"(p), "=r"(c1), "=a"(c2) : : "memory", "cc");
    printf("lodsb with DF: %c %c, DF cleared: %s\n", c1, c2, get_flags() & DF ? "no" : "yes");
    /* popf'd CF used by adc and jc across a jump */
    uint64_t r = 0;
    asm volatile("push %1\n\tpopfq\n\tjmp 1f\n1: adc $0, %0\n\t" : "+r"(r) : "r"(base | CF) : "cc");
    int taken;
    asm volatile("push %1\n\tpopfq\n\tjmp 1f\n1: jc 2f\n\tmov $0, %0\n\tjmp 3f\n2: mov $1, %0\n3:" : "=r"(taken) : "r"(base | CF | ZF) : "cc");
    printf("adc after popf CF: %lu, jc taken: %d\n", (unsigned long)r, taken);
    /* cmc/stc/clc/std/cld */
    uint64_t f1, f2;
    asm volatile("stc\n\tcmc\n\tpushfq\n\tpop %0\n\tstd\n\tstc\n\tpushfq\n\tpop %1\n\tcld" : "=r"(f1), "=r"(f2) : : "cc");
    printf("stc;cmc CF=%lu; std;stc CF=%lu DF=%lu\n", (unsigned long)(f1 & CF), (unsigned long)(f2 & CF), (unsigned long)!!(f2 & DF));
    /* lahf/sahf */
    unsigned ah;
    asm volatile("xor %%eax, %%eax\n\tcmp $1, %%eax\n\tlahf\n\tshr $8, %%eax" : "=a"(ah) : : "cc");
    printf("lahf after 0 cmp 1: %#x\n", ah & 0xff);
    return 0;
}
