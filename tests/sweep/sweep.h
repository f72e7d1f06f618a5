/*
 * tests/sweep/sweep.h: the fixed memory layout of the encoding sweep,
 * shared by sweep.c and sweep_asm.S (so: #defines only).
 *
 * Everything an encoding can see lives at fixed addresses below 2 GiB, so
 * the native run and the run under Shunt see the same values and the
 * generated code can use [abs32] operands. A static-PIE build keeps the
 * program's own image, heap and stack (and Shunt's memory) far above 4 GiB.
 */
#ifndef SWEEP_H
#define SWEEP_H

/* The code page: landing sled, prologue, encoding, tail, epilogue. */
#define SWEEP_CODE 0x10000000
#define SWEEP_CODE_SIZE 0x1000
#define SWEEP_LANDING_END 0x1f0 /* sled of nops up to here, then the landing code */
#define SWEEP_PROLOGUE 0x200    /* offset of the prologue; the encoding follows it */
#define SWEEP_TAIL_LEN 16       /* nops after the encoding: its disp/imm, then no-ops */

/* The state page. */
#define SWEEP_SAVE 0x10100000
#define SWEEP_SAVE_SIZE 0x1000
#define SAVE_INIT 0x000     /* rflags, rax rcx rdx rbx rbp rsi rdi r8..r15, rsp: 17 words */
#define SAVE_GPR 0x100      /* the GPRs after the encoding, hardware order: 16 words */
#define SAVE_FLAGS 0x180    /* rflags after the encoding */
#define SAVE_LANDED 0x188   /* dword: 1 if the encoding jumped back into the sled */
#define SAVE_EPI_PTR 0x190  /* address of sweep_epilogue_tail */
#define SAVE_MXCSR 0x198    /* dword: MXCSR for the C code after the epilogue */
#define SAVE_FX_INIT 0x200  /* fxsave image loaded before the encoding (512 bytes) */
#define SAVE_FX_OUT 0x400   /* fxsave after the encoding (512 bytes) */
#define SAVE_YMM_INIT 0x600 /* ymm0-15 loaded before the encoding (16 x 32 bytes) */
#define SAVE_YMMH_OUT 0x800 /* upper halves of ymm0-15 after it (16 x 16 bytes) */

/* Stacks for the epilogue's C code and for the signal handlers (siginfo
 * mode): the encoding may leave rsp anywhere. */
#define SWEEP_EPI_STACK 0x10200000
#define SWEEP_EPI_STACK_SIZE 0x10000
#define SWEEP_ALT_STACK 0x10300000
#define SWEEP_ALT_STACK_SIZE 0x10000

/* The data area the GPRs point into, and the guest stack. */
#define SWEEP_DATA 0x20000000
#define SWEEP_DATA_SIZE 0x20000
#define SWEEP_STACK 0x28000000
#define SWEEP_STACK_SIZE 0x10000
#define SWEEP_RSP (SWEEP_STACK + 0x8000)

/* Untouched copies of the data area and the stack: the child compares
 * with them and hashes only the pages that changed. */
#define SWEEP_DATA_COPY 0x30000000
#define SWEEP_STACK_COPY 0x30100000

/* Segment bases: small, so fs:[reg] and gs:[reg] land in the data area a
 * little above [reg], and differ from each other and from no segment. */
#define SWEEP_FS_BASE 0x100
#define SWEEP_GS_BASE 0x200

#endif
