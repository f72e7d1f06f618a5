/* The hint-NOP space 0F 1A / 0F 1B: MPX encodings (bndldx, bndmov, bndcl,
 * bndcu, bndstx, bndmk, bndcn) are NOPs on a CPU without MPX, for every
 * ModRM.reg (0-3 name bnd registers, 4-7 name none) and every form: register,
 * [rax], [rip+disp32], [rax+rcx*4+disp32], and with a REX prefix. Memory
 * operands are never accessed (rax = rcx = 0). Each instruction runs in a
 * child; a line lists the eight reg values. */
#include <cpuid.h>
#include <stdint.h>
#include "child_case.h"

#define FORMS 5
/* 2 opcodes x 4 prefixes x 8 regs x FORMS forms, 16 bytes each: prefix (or a
 * nop for "none"), the instruction, ret. */
asm(".text\n.balign 16\nhint_code:\n"
    ".irp op, 0x1a, 0x1b\n.irp pfx, 0x90, 0x66, 0xf3, 0xf2\n"
    ".irp reg, 0, 1, 2, 3, 4, 5, 6, 7\n"
    ".balign 16\n.byte \\pfx, 0x0f, \\op, 0xc1 | (\\reg << 3)\nret\n"
    ".balign 16\n.byte \\pfx, 0x0f, \\op, 0x00 | (\\reg << 3)\nret\n"
    ".balign 16\n.byte \\pfx, 0x0f, \\op, 0x05 | (\\reg << 3)\n.long 0x1000\nret\n"
    ".balign 16\n.byte \\pfx, 0x0f, \\op, 0x84 | (\\reg << 3), 0x88\n"
    ".long 0x12345678\nret\n"
    ".balign 16\n.byte \\pfx, 0x4d, 0x0f, \\op, 0xc1 | (\\reg << 3)\nret\n"
    ".endr\n.endr\n.endr\n");
extern const unsigned char hint_code[];

static const unsigned char *current;
static void run_current(void)
{
    asm volatile("xor %%eax, %%eax\n\txor %%ecx, %%ecx\n\tcall *%0"
                 : : "r"(current) : "rax", "rcx", "memory");
}

int main(void)
{
    static const char *const ops[] = {"0f1a", "0f1b"};
    static const char *const pfxs[] = {"none", "66", "f3", "f2"};
    static const char *const forms[] = {"reg", "[rax]", "[rip+d]",
                                        "[sib+d]", "rex-reg"};
    unsigned a, b, c, d;
    __cpuid_count(7, 0, a, b, c, d);
    printf("cpuid mpx %u\n", (b >> 14) & 1);
    for (int op = 0; op < 2; op++)
        for (int p = 0; p < 4; p++)
            for (int f = 0; f < FORMS; f++) {
                printf("%s %s %-7s:", ops[op], pfxs[p], forms[f]);
                for (int reg = 0; reg < 8; reg++) {
                    current = hint_code +
                              16 * (f + FORMS * (reg + 8 * (p + 4 * op)));
                    int s = case_status(run_current);
                    if (s) printf(" sig%d", s);
                    else printf(" ok");
                }
                printf("\n");
            }
    return 0;
}
