/*
 * tests/sweep/sweep_asm.S: the code around each encoding of the sweep.
 *
 * Three templates that sweep.c copies into the code page, around the
 * encoding under test (they use only absolute addresses below 2 GiB, so
 * they run anywhere), and two routines of the program itself:
 *
 *   sweep_enter            FS base, ymm0-15 and the x87/SSE state, then
 *                          jumps to the prologue in the code page
 *   code page:             [landing sled][prologue][encoding][nops][epilogue]
 *   sweep_epilogue_tail    rflags, x87/SSE/AVX state saved; a clean state
 *                          for C; calls sweep_child_report (never returns)
 *
 * The prologue loads rflags and every GPR by popping a table, so it is
 * short (a rel8 jump back from the encoding lands in the sled before it,
 * never in it). The epilogue trusts no register: it stores the GPRs with
 * absolute addresses before it touches rsp.
 */
#include "sweep.h"

#define SAVE(off) (SWEEP_SAVE + (off))

    .text

/* prologue: rsp = the init table; rflags, 15 GPRs, then rsp itself. */
    .globl sweep_prologue_start, sweep_prologue_end
sweep_prologue_start:
    mov $SAVE(SAVE_INIT), %rsp
    popfq
    pop %rax
    pop %rcx
    pop %rdx
    pop %rbx
    pop %rbp
    pop %rsi
    pop %rdi
    pop %r8
    pop %r9
    pop %r10
    pop %r11
    pop %r12
    pop %r13
    pop %r14
    pop %r15
    pop %rsp
sweep_prologue_end:

/* landing: where the sled ends; sweep.c appends a jmp to the epilogue. */
    .globl sweep_landing_start, sweep_landing_end
sweep_landing_start:
    movl $1, SAVE(SAVE_LANDED)
sweep_landing_end:

/* epilogue: GPRs by absolute address, a known stack, the rest in the
 * program (an indirect jmp: nothing here depends on where it is). */
    .globl sweep_epilogue_start, sweep_epilogue_end
sweep_epilogue_start:
    mov %rax, SAVE(SAVE_GPR + 0 * 8)
    mov %rcx, SAVE(SAVE_GPR + 1 * 8)
    mov %rdx, SAVE(SAVE_GPR + 2 * 8)
    mov %rbx, SAVE(SAVE_GPR + 3 * 8)
    mov %rsp, SAVE(SAVE_GPR + 4 * 8)
    mov %rbp, SAVE(SAVE_GPR + 5 * 8)
    mov %rsi, SAVE(SAVE_GPR + 6 * 8)
    mov %rdi, SAVE(SAVE_GPR + 7 * 8)
    mov %r8, SAVE(SAVE_GPR + 8 * 8)
    mov %r9, SAVE(SAVE_GPR + 9 * 8)
    mov %r10, SAVE(SAVE_GPR + 10 * 8)
    mov %r11, SAVE(SAVE_GPR + 11 * 8)
    mov %r12, SAVE(SAVE_GPR + 12 * 8)
    mov %r13, SAVE(SAVE_GPR + 13 * 8)
    mov %r14, SAVE(SAVE_GPR + 14 * 8)
    mov %r15, SAVE(SAVE_GPR + 15 * 8)
    mov $(SWEEP_EPI_STACK + SWEEP_EPI_STACK_SIZE), %rsp
    jmp *SAVE(SAVE_EPI_PTR)
sweep_epilogue_end:

/* void sweep_enter(void): noreturn. Called with glibc's state; after the
 * arch_prctl, FS no longer points at glibc's TLS. */
    .globl sweep_enter
    .type sweep_enter, @function
sweep_enter:
    mov $158, %eax                      /* arch_prctl(ARCH_SET_FS, base) */
    mov $0x1002, %edi
    mov $SWEEP_FS_BASE, %esi
    syscall
    vmovdqu SAVE(SAVE_YMM_INIT + 0 * 32), %ymm0
    vmovdqu SAVE(SAVE_YMM_INIT + 1 * 32), %ymm1
    vmovdqu SAVE(SAVE_YMM_INIT + 2 * 32), %ymm2
    vmovdqu SAVE(SAVE_YMM_INIT + 3 * 32), %ymm3
    vmovdqu SAVE(SAVE_YMM_INIT + 4 * 32), %ymm4
    vmovdqu SAVE(SAVE_YMM_INIT + 5 * 32), %ymm5
    vmovdqu SAVE(SAVE_YMM_INIT + 6 * 32), %ymm6
    vmovdqu SAVE(SAVE_YMM_INIT + 7 * 32), %ymm7
    vmovdqu SAVE(SAVE_YMM_INIT + 8 * 32), %ymm8
    vmovdqu SAVE(SAVE_YMM_INIT + 9 * 32), %ymm9
    vmovdqu SAVE(SAVE_YMM_INIT + 10 * 32), %ymm10
    vmovdqu SAVE(SAVE_YMM_INIT + 11 * 32), %ymm11
    vmovdqu SAVE(SAVE_YMM_INIT + 12 * 32), %ymm12
    vmovdqu SAVE(SAVE_YMM_INIT + 13 * 32), %ymm13
    vmovdqu SAVE(SAVE_YMM_INIT + 14 * 32), %ymm14
    vmovdqu SAVE(SAVE_YMM_INIT + 15 * 32), %ymm15
    fxrstor64 SAVE(SAVE_FX_INIT)        /* x87, MXCSR, xmm (= low halves of the ymm) */
    mov $(SWEEP_CODE + SWEEP_PROLOGUE), %eax
    jmp *%rax
    .size sweep_enter, . - sweep_enter

/* Reached from the epilogue with rsp = the top of the epilogue stack. */
    .globl sweep_epilogue_tail
    .type sweep_epilogue_tail, @function
sweep_epilogue_tail:
    pushfq
    popq SAVE(SAVE_FLAGS)
    pushq $0x202                        /* DF, AC, TF clear for the C code */
    popfq
    fxsave64 SAVE(SAVE_FX_OUT)
    vextractf128 $1, %ymm0, SAVE(SAVE_YMMH_OUT + 0 * 16)
    vextractf128 $1, %ymm1, SAVE(SAVE_YMMH_OUT + 1 * 16)
    vextractf128 $1, %ymm2, SAVE(SAVE_YMMH_OUT + 2 * 16)
    vextractf128 $1, %ymm3, SAVE(SAVE_YMMH_OUT + 3 * 16)
    vextractf128 $1, %ymm4, SAVE(SAVE_YMMH_OUT + 4 * 16)
    vextractf128 $1, %ymm5, SAVE(SAVE_YMMH_OUT + 5 * 16)
    vextractf128 $1, %ymm6, SAVE(SAVE_YMMH_OUT + 6 * 16)
    vextractf128 $1, %ymm7, SAVE(SAVE_YMMH_OUT + 7 * 16)
    vextractf128 $1, %ymm8, SAVE(SAVE_YMMH_OUT + 8 * 16)
    vextractf128 $1, %ymm9, SAVE(SAVE_YMMH_OUT + 9 * 16)
    vextractf128 $1, %ymm10, SAVE(SAVE_YMMH_OUT + 10 * 16)
    vextractf128 $1, %ymm11, SAVE(SAVE_YMMH_OUT + 11 * 16)
    vextractf128 $1, %ymm12, SAVE(SAVE_YMMH_OUT + 12 * 16)
    vextractf128 $1, %ymm13, SAVE(SAVE_YMMH_OUT + 13 * 16)
    vextractf128 $1, %ymm14, SAVE(SAVE_YMMH_OUT + 14 * 16)
    vextractf128 $1, %ymm15, SAVE(SAVE_YMMH_OUT + 15 * 16)
    vzeroupper
    fninit
    ldmxcsr SAVE(SAVE_MXCSR)
    call sweep_child_report
    ud2
    .size sweep_epilogue_tail, . - sweep_epilogue_tail

    .section .note.GNU-stack, "", @progbits
