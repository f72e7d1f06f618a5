/* An assembly program with main (linked with glibc): `ret imm16` callee-pops
 * functions (as in stdcall), called directly, through a register and
 * through memory, and a `ret $0`. Prints results with printf. */
        .text
        .globl main
main:
        push %rbx
        push %r12
        push %r13
        xor %r12d, %r12d
        mov $100, %r13d
1:      push %r13               /* arg 2 */
        push $3                 /* arg 1 */
        call sum2_pop16         /* returns 3 + r13, pops both */
        add %rax, %r12
        lea mul2_pop16(%rip), %rbx
        push %r13
        push $2
        call *%rbx              /* returns 2 * r13 */
        add %rax, %r12
        push $1
        call *fptab(%rip)       /* neg_pop8: returns -1 */
        add %rax, %r12
        call ret0
        add %rax, %r12
        dec %r13
        jnz 1b
        lea fmt(%rip), %rdi
        mov %r12, %rsi
        mov %rsp, %rdx          /* stack is balanced: print rsp parity */
        and $15, %edx
        xor %eax, %eax
        call printf
        pop %r13
        pop %r12
        pop %rbx
        xor %eax, %eax
        ret

sum2_pop16:
        mov 8(%rsp), %rax
        add 16(%rsp), %rax
        ret $16
mul2_pop16:
        mov 8(%rsp), %rax
        imul 16(%rsp), %rax
        ret $16
neg_pop8:
        mov 8(%rsp), %rax
        neg %rax
        ret $8
ret0:
        mov $7, %eax
        ret $0

        .section .data.rel.ro,"aw"
        .balign 8
fptab:  .quad neg_pop8
        .section .rodata
fmt:    .asciz "total %ld, rsp mod 16 = %ld\n"
        .section .note.GNU-stack,"",@progbits
