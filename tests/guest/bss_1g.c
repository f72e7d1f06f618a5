/* A 1 GiB .bss with function pointers on both sides of it, called and
 * jumped through rip-relative memory operands (call/jmp [rip+disp]): from
 * code at one end of the image the pointer at the other end lies more than
 * 1 GiB away, and, depending on where the code cache is, out of its rel32
 * reach (a defect once loaded the target from address 0). Only a few pages
 * of the array are touched. */
#include <stdio.h>

typedef long (*Fn)(long);

static struct {
    Fn before[2];
    char pad[1UL << 30];
    Fn after[2];
} big;

static long add3(long x)
{
    return x + 3;
}

static long mul5(long x)
{
    return x * 5;
}

/* Calls through big.after[1] (call [rip+disp]) and returns through a tail
 * jump through big.before[0] (jmp [rip+disp]). */
__attribute__((noinline)) static long chain(long x)
{
    x = big.after[1](x);
    x = big.before[1](x);
    return big.before[0](x);
}

__attribute__((noinline)) static long tail_after(long x)
{
    return big.after[0](x + 1);
}

int main(int argc, char **argv)
{
    Fn a = add3, m = mul5;
    __asm__ volatile("" : "+r"(a), "+r"(m)); /* no constant propagation */
    big.before[0] = a;
    big.before[1] = m;
    big.after[0] = m;
    big.after[1] = a;
    big.pad[0] = 1;
    big.pad[sizeof big.pad / 2] = 2;
    big.pad[sizeof big.pad - 1] = (char)argc;
    long total = 0;
    for (long i = 0; i < 100000; i++)
        total += chain(i) + tail_after(i);
    printf("total %ld\n", total);
    printf("pad %d %d %d\n", big.pad[0], big.pad[sizeof big.pad / 2], big.pad[sizeof big.pad - 1]);
    return argv[0] == NULL;
}
