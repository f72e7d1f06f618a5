/* A callee reads [rsp] in assembly; the caller compares it with the address of
 * the instruction after its call. Also checks __builtin_return_address through
 * an indirect call and the frame's saved return address via the frame pointer. */
#include <stdio.h>
#include <stdint.h>

uint64_t read_top(void);
asm(".text\n.globl read_top\nread_top:\n mov (%rsp), %rax\n ret\n");

static uint64_t call_and_compare(uint64_t *expected)
{
    uint64_t got, exp;
    asm volatile("lea 1f(%%rip), %1\n\t"
                 "call read_top\n"
                 "1:\n\t"
                 : "=a"(got), "=&r"(exp)
                 :
                 : "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory");
    *expected = exp;
    return got;
}

__attribute__((noinline)) void *ra_of_me(void) { return __builtin_return_address(0); }

int main(void)
{
    int ok = 1;
    for (int i = 0; i < 5; i++) {
        uint64_t exp, got = call_and_compare(&exp);
        ok &= got == exp;
    }
    printf("[rsp] after call equals label after call: %s\n", ok ? "yes" : "no");

    void *(*volatile fp)(void) = ra_of_me;
    void *a = fp();
    void *b = fp();
    printf("indirect-call return addresses differ per site: %s\n", a != b ? "yes" : "no");
    printf("return address inside main: %s\n",
           (char *)a > (char *)main && (char *)a < (char *)main + 4096 ? "yes" : "no");

    /* The return address is a valid guest code address: compare code bytes before it. */
    unsigned char *p = a;
    printf("byte before return address is part of a call: %s\n",
           (p[-5] == 0xe8 || p[-2] == 0xff || p[-3] == 0xff || p[-6] == 0xff || p[-7] == 0xff) ? "yes" : "no");
    return ok ? 0 : 1;
}
