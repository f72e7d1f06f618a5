/* Tail calls: -O2 sibling calls (mutual recursion 10 million deep, which
 * would overflow the stack without them) and explicit asm `jmp` tail calls. */
#include <stdio.h>

__attribute__((noinline)) int is_odd(unsigned n);
__attribute__((noinline)) int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
__attribute__((noinline)) int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

__attribute__((noinline)) long sum_acc(long n, long acc) { return n == 0 ? acc : sum_acc(n - 1, acc + n); }

/* asm: tail_entry(x) jumps to tail_target(x) which returns x*3+1 */
long tail_entry(long x);
long tail_reg(long x);
asm(".text\n"
    "tail_target:\n lea 1(%rdi,%rdi,2), %rax\n ret\n"
    ".globl tail_entry\ntail_entry:\n add $1, %rdi\n jmp tail_target\n"
    ".globl tail_reg\ntail_reg:\n lea tail_target(%rip), %rax\n sub $1, %rdi\n jmp *%rax\n");

typedef long (*fn)(long);
__attribute__((noinline)) long via_ptr(fn f, long x) { return f(x + 1); } /* sibling call through register */

int main(void)
{
    printf("is_even(1000001) = %d\n", is_even(1000001));
    printf("is_even(1000000) = %d\n", is_even(1000000));
    printf("sum_acc(500000) = %ld\n", sum_acc(500000, 0));
    long s = 0;
    for (long i = 0; i < 1000; i++) s += tail_entry(i) + tail_reg(i);
    printf("asm tail calls: %ld\n", s);
    printf("via_ptr: %ld %ld\n", via_ptr(tail_entry, 5), via_ptr(tail_reg, 5));
    return 0;
}
