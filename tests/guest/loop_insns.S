// cflags: -nostdlib
/* loop, loope, loopne, jrcxz, jecxz, and a 32-bit `loop` (addr32 uses ecx)
 * in a freestanding program (own _start, raw syscalls, no libc). Each result
 * is printed as a 16-digit hex line; exits with status 0 via exit_group. */
        .text
        .globl _start
_start:
        /* 1. loop: sum 10+9+...+1 = 55 (0x37) */
        xor %eax, %eax
        mov $10, %ecx
1:      add %rcx, %rax
        loop 1b
        call print_hex

        /* 2. loope: count leading zero qwords in zeros[] (5), rcx counts down */
        lea zeros(%rip), %rsi
        mov $16, %ecx
        xor %edx, %edx
2:      mov (%rsi,%rdx,8), %rax
        inc %rdx
        cmp $0, %rax
        loope 2b
        lea -1(%rdx), %rax
        shl $8, %rax
        or %rcx, %rax           /* 0x5 << 8 | rcx left (16-6 = 10) */
        call print_hex

        /* 3. loopne: find value 7 in vals[] */
        lea vals(%rip), %rsi
        mov $8, %ecx
        xor %edx, %edx
3:      mov (%rsi,%rdx,8), %rax
        inc %rdx
        cmp $7, %rax
        loopne 3b
        mov %rdx, %rax
        shl $8, %rax
        or %rcx, %rax
        call print_hex

        /* 4. jrcxz taken with rcx = 0, not taken with rcx = 1<<32 */
        xor %eax, %eax
        xor %ecx, %ecx
        jrcxz 4f
        or $1, %rax
4:      movabs $0x100000000, %rcx
        jrcxz 5f
        or $2, %rax
5:      jecxz 6f                /* ecx is 0: taken */
        or $4, %rax
6:      call print_hex          /* expect 2 */

        /* 5. addr32 loop decrements ecx only: rcx = 0x1_00000003 -> 3 iterations */
        movabs $0x100000003, %rcx
        xor %eax, %eax
7:      inc %rax
        addr32 loop 7b
        shr $28, %rcx
        or %rcx, %rax           /* upper half of rcx was preserved? */
        call print_hex

        /* 6. loop does not change flags: set CF, loop, read CF */
        stc
        mov $3, %ecx
8:      loop 8b
        setc %al
        movzbl %al, %eax
        call print_hex

        /* 7. ret imm16 */
        push $0x1234
        push $0x5678
        call ret_imm
        call print_hex          /* 0x1234 + 0x5678 = 0x68ac */

        mov $231, %eax          /* exit_group(0) */
        xor %edi, %edi
        syscall
        hlt

ret_imm:                        /* adds its two stack arguments, pops them */
        mov 8(%rsp), %rax
        add 16(%rsp), %rax
        ret $16

/* print_hex: writes rax as 16 hex digits and a newline; clobbers rcx, rdx, rsi, rdi, r11 */
print_hex:
        push %rax
        sub $24, %rsp
        mov $16, %ecx
        lea hexdigits(%rip), %rsi
9:      mov %rax, %rdx
        and $15, %edx
        movzbl (%rsi,%rdx), %edx
        mov %dl, -1(%rsp,%rcx)
        shr $4, %rax
        dec %ecx
        jnz 9b
        movb $10, 16(%rsp)
        mov $1, %eax
        mov $1, %edi
        mov %rsp, %rsi
        mov $17, %edx
        syscall
        add $24, %rsp
        pop %rax
        ret

        .section .rodata
hexdigits: .ascii "0123456789abcdef"
        .data
        .balign 8
zeros:  .quad 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
vals:   .quad 1, 2, 3, 7, 5, 6, 7, 8
        .section .note.GNU-stack,"",@progbits
