/* Indirect sites whose target changes after Shunt predicted the first one:
 * a call through a pointer that is reassigned, a function returning to
 * several call sites in a data-dependent order, and a jump through a
 * pointer in memory (a hand-made PLT slot) that is repointed. Every path
 * must still reach its own target. */
#include <stdio.h>

typedef long (*op_fn)(long);
__attribute__((noinline)) static long add3(long x) { return x + 3; }
__attribute__((noinline)) static long mul5(long x) { return x * 5; }
__attribute__((noinline)) static long neg(long x) { return -x; }

static op_fn volatile current = add3;
static op_fn table[3] = {add3, mul5, neg};

__attribute__((noinline)) static long leaf(long x) { return x ^ 0x55; }
__attribute__((noinline)) static long site_a(long x) { return leaf(x) + 1; }
__attribute__((noinline)) static long site_b(long x) { return leaf(x) * 2; }
__attribute__((noinline)) static long site_c(long x) { return leaf(x) - 7; }

void *volatile slot; /* the "PLT slot" jumped through by trampoline */
long trampoline(long x);
__asm__(".text\n"
        ".globl trampoline\n"
        "trampoline:\n"
        "    jmp *slot(%rip)\n");

int main(void)
{
    long sum = 0;
    for (long i = 0; i < 300000; i++) {
        current = table[(i * 7) % 3];
        sum += current(i);
    }
    printf("reassigned pointer: %ld\n", sum);

    sum = 0;
    unsigned seed = 12345;
    for (long i = 0; i < 300000; i++) {
        seed = seed * 1103515245 + 12345;
        switch ((seed >> 16) % 3) {
        case 0: sum += site_a(i); break;
        case 1: sum += site_b(i); break;
        default: sum += site_c(i); break;
        }
    }
    printf("returns to three sites: %ld\n", sum);

    sum = 0;
    for (long i = 0; i < 300000; i++) {
        slot = (void *)table[i % 3];
        sum += trampoline(i);
    }
    printf("jump through a repointed slot: %ld\n", sum);
    return 0;
}
