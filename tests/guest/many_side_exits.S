/* 72000 taken conditional branches, each to the next instruction: 4500
 * groups of two flag-setting adds and 16 jnz. A translator that continues a
 * block through conditional branches gives each jnz a side exit and an exit
 * stub; every taken jnz starts a new block, so about 72000 blocks of up to
 * 64 instructions are made, nearly all their instructions jnz: some 150 MB
 * of exit stubs, more than Shunt's 128 MiB cold region holds. Prints the
 * count and the sum at the end. */
        .text
        .globl main
main:
        push %rbx
        xor %eax, %eax
        xor %ebx, %ebx
        .rept 4500
        add $1, %rax
        add %rax, %rbx
        .irp n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
        jnz \n\()f
\n\():
        .endr
        .endr
        lea fmt(%rip), %rdi
        mov %rax, %rsi
        mov %rbx, %rdx
        xor %eax, %eax
        call printf@PLT
        xor %eax, %eax
        pop %rbx
        ret
        .section .rodata
fmt:    .asciz "count %ld sum %ld\n"
        .section .note.GNU-stack,"",@progbits
