// cflags: -nostdlib
/* Freestanding: write(1, msg) and exit_group(13) with raw syscalls; also
 * checks that syscall leaves rcx = next rip and r11 = rflags. */
        .text
        .globl _start
_start:
        mov $1, %eax
        mov $1, %edi
        lea msg(%rip), %rsi
        mov $msglen, %edx
        stc                     /* a recognisable flag state: CF=1, ZF=1 */
        pushfq
        orq $0x40, (%rsp)
        popfq
        pushfq
        pop %r8
        syscall
after:  lea after(%rip), %rdx
        cmp %rdx, %rcx
        jne bad
        and $0xcd5, %r8         /* arithmetic flags and DF */
        and $0xcd5, %r11
        cmp %r8, %r11
        jne bad
        mov $1, %eax
        mov $1, %edi
        lea ok(%rip), %rsi
        mov $3, %edx
        syscall
        mov $231, %eax
        mov $13, %edi
        syscall
bad:    mov $231, %eax
        mov $99, %edi
        syscall
        .section .rodata
msg:    .ascii "raw syscalls\n"
        msglen = . - msg
ok:     .ascii "ok\n"
        .section .note.GNU-stack,"",@progbits
