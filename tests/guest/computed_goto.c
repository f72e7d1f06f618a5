/* A small bytecode interpreter using computed goto (&&label): each handler
 * ends with its own indirect jump. Computes primes, fib and a checksum. */
#include <stdio.h>
#include <stdint.h>

enum { PUSH, ADD, SUB, MUL, MOD, DUP, SWAP, OVER, DROP, JZ, JNZ, JMP, LT, PRINT, HALT, STORE, LOAD };

static long run(const long *code, long *mem)
{
    static void *labels[] = {&&l_push, &&l_add, &&l_sub, &&l_mul, &&l_mod, &&l_dup, &&l_swap,
                             &&l_over, &&l_drop, &&l_jz, &&l_jnz, &&l_jmp, &&l_lt, &&l_print,
                             &&l_halt, &&l_store, &&l_load};
    long stack[64], *sp = stack, steps = 0;
    const long *pc = code;
#define NEXT do { steps++; goto *labels[*pc++]; } while (0)
    NEXT;
l_push: *sp++ = *pc++; NEXT;
l_add: sp--; sp[-1] += sp[0]; NEXT;
l_sub: sp--; sp[-1] -= sp[0]; NEXT;
l_mul: sp--; sp[-1] *= sp[0]; NEXT;
l_mod: sp--; sp[-1] %= sp[0]; NEXT;
l_dup: sp[0] = sp[-1]; sp++; NEXT;
l_swap: { long t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; } NEXT;
l_over: sp[0] = sp[-2]; sp++; NEXT;
l_drop: sp--; NEXT;
l_jz: { long t = *pc++; if (!*--sp) pc = code + t; } NEXT;
l_jnz: { long t = *pc++; if (*--sp) pc = code + t; } NEXT;
l_jmp: pc = code + *pc; NEXT;
l_lt: sp--; sp[-1] = sp[-1] < sp[0]; NEXT;
l_print: printf("%ld\n", *--sp); NEXT;
l_store: { long a = *pc++; mem[a] = *--sp; } NEXT;
l_load: *sp++ = mem[*pc++]; NEXT;
l_halt: return steps;
}

int main(void)
{
    /* sum = 0; for (i = 0; i < 300000; i++) sum = (sum * 31 + i) % 1000003; print sum */
    long prog1[] = {
        PUSH, 0, STORE, 0,           /* 0: sum = 0 */
        PUSH, 0, STORE, 1,           /* 4: i = 0 */
        LOAD, 1, PUSH, 300000, LT, JZ, 35, /* 8: while i < N */
        LOAD, 0, PUSH, 31, MUL, LOAD, 1, ADD, PUSH, 1000003, MOD, STORE, 0, /* 15 */
        LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 8, /* 28 .. 36? */
        LOAD, 0, PRINT, HALT,
    };
    /* fix the two branch targets computed by hand above */
    prog1[14] = 37;
    prog1[36] = 8;
    long mem[16] = {0};
    long steps = run(prog1, mem);
    printf("steps %ld\n", steps);

    /* fib(1..40) iteratively: a=0 b=1; loop n times: print a; (a,b)=(b,a+b) */
    long prog2[] = {
        PUSH, 0, STORE, 0, PUSH, 1, STORE, 1, PUSH, 40, STORE, 2, /* 0..11 */
        LOAD, 0, PRINT,                                          /* 12 */
        LOAD, 0, LOAD, 1, ADD, LOAD, 1, STORE, 0, STORE, 1,        /* 15 */
        LOAD, 2, PUSH, 1, SUB, DUP, STORE, 2, JNZ, 12, HALT,       /* 26 */
    };
    steps = run(prog2, mem);
    printf("steps %ld\n", steps);
    return 0;
}
