// About 210000 blocks, each run once: the code cache must grow (it starts
// with one small chunk). Each of the 60000 repetitions is 3 or 4 blocks:
// `xor; call` (ends at the call), the callee up to its `ret` (the `jz` is
// a side exit, taken every other time), the return point's `jmp`, and the
// taken path `inc; ret`.
    .text
    .globl main
main:
    push %rbx
    xor %eax, %eax
    xor %edi, %edi
    .rept 60000
    xor $1, %edi
    call 2f
    jmp 3f
2:  test $1, %edi
    jz 1f
    add $3, %eax
    ret
1:  inc %eax
    ret
3:
    .endr
    mov %eax, %esi
    lea format(%rip), %rdi
    xor %eax, %eax
    call printf@PLT
    xor %eax, %eax
    pop %rbx
    ret

    .section .rodata
format:
    .asciz "sum %d\n"
    .section .note.GNU-stack, "", @progbits
