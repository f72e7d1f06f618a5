/* Flags live across basic-block boundaries: cmp; je; jl chains, setcc after
 * jumps, pushf after a jump, flags consumed several blocks after being set. */
#include <stdio.h>
#include <stdint.h>

static int classify(int64_t a, int64_t b)
{
    int r;
    asm volatile("cmp %2, %1\n\t"
                 "je 1f\n\t"
                 "jl 2f\n\t"
                 "jb 3f\n\t"
                 "mov $4, %0\n\t"
                 "jmp 9f\n"
                 "1: mov $1, %0\n\t jmp 9f\n"
                 "2: jb 5f\n\t mov $2, %0\n\t jmp 9f\n"
                 "5: mov $5, %0\n\t jmp 9f\n"
                 "3: mov $3, %0\n"
                 "9:\n"
                 : "=&r"(r) : "r"(a), "r"(b) : "cc");
    return r;
}

static unsigned setcc_after_jumps(uint64_t a, uint64_t b)
{
    unsigned char c, z, s, o, p;
    asm volatile("sub %6, %5\n\t"
                 "jmp 1f\n"
                 "1: jmp 2f\n"
                 "2: setc %0\n\t"
                 "jnz 3f\n"
                 "3: setz %1\n\t"
                 "sets %2\n\t"
                 "jno 4f\n"
                 "4: seto %3\n\t"
                 "setp %4\n\t"
                 : "=&r"(c), "=&r"(z), "=&r"(s), "=&r"(o), "=&r"(p), "+r"(a)
                 : "r"(b) : "cc");
    return c | z << 1 | s << 2 | o << 3 | p << 4;
}

static uint64_t pushf_after_jump(uint64_t a, uint64_t b)
{
    uint64_t f;
    asm volatile("add %2, %1\n\t"
                 "jmp 1f\n"
                 "1: pushfq\n\t"
                 "pop %0\n\t"
                 : "=r"(f), "+r"(a) : "r"(b) : "cc");
    return f & 0x8d5; /* CF PF AF ZF SF OF */
}

/* Flags set before a call and tested in the callee. */
__attribute__((noinline)) int callee_test_cf(void);
asm(".text\ncallee_test_cf:\n setc %al\n movzbl %al, %eax\n ret\n");
static int cf_across_call(uint64_t a, uint64_t b)
{
    int r;
    asm volatile("cmp %2, %1\n\t call callee_test_cf\n\t" : "=a"(r) : "r"(a), "r"(b) : "cc", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory");
    return r;
}

int main(void)
{
    int64_t v[] = {0, 1, -1, 2, -2, INT64_MAX, INT64_MIN, 7, 1000000007, -3};
    int n = sizeof v / sizeof v[0];
    unsigned h = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int c = classify(v[i], v[j]);
            unsigned f = setcc_after_jumps(v[i], v[j]);
            uint64_t pf = pushf_after_jump(v[i], v[j]);
            int cf = cf_across_call(v[i], v[j]);
            printf("%d%x%03lx%d ", c, f, (unsigned long)pf, cf);
            h = h * 31 + c * 7 + f * 13 + (unsigned)pf + cf;
        }
        printf("\n");
    }
    printf("hash %08x\n", h);
    return 0;
}
