/* Indirect jumps: a switch-based bytecode interpreter running a loop nest. */
#include <stdio.h>
#include <stdlib.h>
enum { LIT, LOAD, STORE, ADD, SUB, MUL, AND, XOR, SHR, JNZ, DEC, HALT };
static long run(const int *code, long *r)
{
    long st[16], *sp = st;
    const int *pc = code;
    for (;;) {
        switch (*pc++) {
        case LIT: *sp++ = *pc++; break;
        case LOAD: *sp++ = r[*pc++]; break;
        case STORE: r[*pc++] = *--sp; break;
        case ADD: sp--; sp[-1] += sp[0]; break;
        case SUB: sp--; sp[-1] -= sp[0]; break;
        case MUL: sp--; sp[-1] *= sp[0]; break;
        case AND: sp--; sp[-1] &= sp[0]; break;
        case XOR: sp--; sp[-1] ^= sp[0]; break;
        case SHR: sp--; sp[-1] = (unsigned long)sp[-1] >> sp[0]; break;
        case DEC: r[*pc]--; pc++; break;
        case JNZ: { int r0 = *pc++, t = *pc++; if (r[r0]) pc = code + t; } break;
        case HALT: return r[1];
        default: abort();
        }
    }
}
int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 120000000;
    long r[4] = {n, 1, 0, 0};
    /* loop: r1 = (r1 * 6364136223846793005 + r0) ^ (r1 >> 29); r0--; while r0 */
    int code[] = {LOAD, 1, LIT, 1013904223, MUL, LOAD, 0, ADD, LOAD, 1, LIT, 29, SHR, XOR, STORE, 1, DEC, 0, JNZ, 0, 0, HALT};
    printf("%ld\n", run(code, r));
    return 0;
}
