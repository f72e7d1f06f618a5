// cflags: -nostdlib
// dynamic: no (in a dynamic build ld.so runs first and leaves its own registers, addresses that vary between runs)
/* The registers at the program's first instruction, as the kernel leaves
 * them after execve: saved before anything is touched, then printed with raw
 * write syscalls. GPRs (rsp only modulo 16), rflags, the segment selectors,
 * FS and GS bases, XCR0 and XINUSE (xgetbv 1, if CPUID.(0xD,1):EAX bit 2),
 * the x87 control/status/tag words, MXCSR, xmm0-15, the upper halves of
 * ymm0-15 (if XCR0 enables AVX), and zmm0-31 and k0-7 if XCR0 enables
 * AVX-512. A translator must not leak its own state into any of them. */
        .bss
        .balign 64
gpr:    .skip 16*8
flags:  .skip 8
segs:   .skip 6*8
bases:  .skip 2*8
xcr0:   .skip 8
xinuse: .skip 8
havexi: .skip 8
fenv:   .skip 32
mxcsr:  .skip 8
xmm:    .skip 16*16
ymmhi:  .skip 16*16
        .balign 64
zmm:    .skip 32*64
kreg:   .skip 8*8
line:   .skip 64

        .text
        .globl _start
_start:
        mov %rax, gpr+0*8(%rip)
        mov %rbx, gpr+1*8(%rip)
        mov %rcx, gpr+2*8(%rip)
        mov %rdx, gpr+3*8(%rip)
        mov %rsi, gpr+4*8(%rip)
        mov %rdi, gpr+5*8(%rip)
        mov %rbp, gpr+6*8(%rip)
        mov %rsp, gpr+7*8(%rip)
        mov %r8, gpr+8*8(%rip)
        mov %r9, gpr+9*8(%rip)
        mov %r10, gpr+10*8(%rip)
        mov %r11, gpr+11*8(%rip)
        mov %r12, gpr+12*8(%rip)
        mov %r13, gpr+13*8(%rip)
        mov %r14, gpr+14*8(%rip)
        mov %r15, gpr+15*8(%rip)
        pushfq
        pop flags(%rip)
        /* XINUSE first: reading other state must not be able to change it */
        mov $0xd, %eax
        mov $1, %ecx
        cpuid
        test $4, %al
        jz 1f
        mov $1, %ecx
        xgetbv
        mov %eax, xinuse(%rip)
        mov %edx, xinuse+4(%rip)
        movq $1, havexi(%rip)
1:      xor %ecx, %ecx
        xgetbv
        mov %eax, xcr0(%rip)
        mov %edx, xcr0+4(%rip)
        mov %cs, segs+0*8(%rip)
        mov %ss, segs+1*8(%rip)
        mov %ds, segs+2*8(%rip)
        mov %es, segs+3*8(%rip)
        mov %fs, segs+4*8(%rip)
        mov %gs, segs+5*8(%rip)
        mov $7, %eax            /* FSGSBASE: CPUID.7.0:EBX bit 0 */
        xor %ecx, %ecx
        cpuid
        test $1, %bl
        jz 1f
        rdfsbase %rax
        mov %rax, bases(%rip)
        rdgsbase %rax
        mov %rax, bases+8(%rip)
1:      fnstenv fenv(%rip)
        stmxcsr mxcsr(%rip)
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        movdqu %xmm\n, xmm+16*\n(%rip)
        .endr
        testb $4, xcr0(%rip)
        jz 1f
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        vextractf128 $1, %ymm\n, ymmhi+16*\n(%rip)
        .endr
1:      mov xcr0(%rip), %eax
        and $0xe0, %eax
        cmp $0xe0, %eax
        jne 1f
        .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
        vmovdqu64 %zmm\n, zmm+64*\n(%rip)
        .endr
        .irp n, 0,1,2,3,4,5,6,7
        kmovw %k\n, %eax
        mov %eax, kreg+8*\n(%rip)
        .endr

        /* ---- printing ---- */
1:      lea gpr(%rip), %rbx
        lea gprnames(%rip), %r12
        mov $16, %r13d
2:      mov (%rbx), %rsi
        lea gpr+7*8(%rip), %rax /* rsp: only its alignment is fixed */
        cmp %rax, %rbx
        jne 3f
        and $15, %esi
3:      mov %r12, %rdi
        call put
        add $8, %rbx
        add $8, %r12
        dec %r13d
        jnz 2b
        lea n_flags(%rip), %rdi
        mov flags(%rip), %rsi
        call put
        lea segs(%rip), %rbx
        lea segnames(%rip), %r12
        mov $6, %r13d
2:      movzwl (%rbx), %esi
        mov %r12, %rdi
        call put
        add $8, %rbx
        add $8, %r12
        dec %r13d
        jnz 2b
        lea n_fsbase(%rip), %rdi
        mov bases(%rip), %rsi
        call put
        lea n_gsbase(%rip), %rdi
        mov bases+8(%rip), %rsi
        call put
        lea n_xcr0(%rip), %rdi
        mov xcr0(%rip), %rsi
        call put
        cmpq $0, havexi(%rip)
        je 2f
        lea n_xinuse(%rip), %rdi
        mov xinuse(%rip), %rsi
        call put
2:      lea n_fcw(%rip), %rdi
        movzwl fenv(%rip), %esi
        call put
        lea n_fsw(%rip), %rdi
        movzwl fenv+4(%rip), %esi
        call put
        lea n_ftw(%rip), %rdi
        movzwl fenv+8(%rip), %esi
        call put
        lea n_mxcsr(%rip), %rdi
        mov mxcsr(%rip), %esi
        call put
        lea xmm(%rip), %rbx     /* xmm0-15 and ymm upper halves: 64 qwords */
        lea n_xmm(%rip), %rdi
        mov $64, %r13d
        call put_array
        testb $4, xcr0(%rip)
        jz 2f
        lea ymmhi(%rip), %rbx
        lea n_ymmhi(%rip), %rdi
        mov $32, %r13d
        call put_array
2:      mov xcr0(%rip), %eax
        and $0xe0, %eax
        cmp $0xe0, %eax
        jne 2f
        lea zmm(%rip), %rbx
        lea n_zmm(%rip), %rdi
        mov $256, %r13d
        call put_array
        lea kreg(%rip), %rbx
        lea n_k(%rip), %rdi
        mov $8, %r13d
        call put_array
2:      mov $231, %eax
        xor %edi, %edi
        syscall

/* put_array: r13 qwords at rbx, each printed with the name at rdi. */
put_array:
        push %r12
        mov %rdi, %r12
1:      mov %r12, %rdi
        mov (%rbx), %rsi
        call put
        add $8, %rbx
        dec %r13d
        jnz 1b
        pop %r12
        ret

/* put: write "NAME VALUE\n", NAME the (up to 7-byte, NUL-padded) string at
 * rdi and VALUE rsi in 16 hex digits. */
put:
        lea line(%rip), %r8
        xor %ecx, %ecx
1:      movzbl (%rdi,%rcx), %eax
        test %al, %al
        jz 2f
        mov %al, (%r8,%rcx)
        inc %ecx
        cmp $7, %ecx
        jne 1b
2:      movb $' ', (%r8,%rcx)
        lea 1(%r8,%rcx), %r9
        mov $16, %ecx
3:      rol $4, %rsi
        mov %esi, %eax
        and $15, %eax
        lea hexdigits(%rip), %rdx
        movzbl (%rdx,%rax), %eax
        mov %al, (%r9)
        inc %r9
        dec %ecx
        jnz 3b
        movb $'\n', (%r9)
        inc %r9
        lea line(%rip), %rsi
        mov %r9, %rdx
        sub %rsi, %rdx
        mov $1, %eax
        mov $1, %edi
        syscall
        ret

        .section .rodata
hexdigits: .ascii "0123456789abcdef"
        .balign 8
gprnames:
        .irp r, rax,rbx,rcx,rdx,rsi,rdi,rbp,rsp%16,r8,r9,r10,r11,r12,r13,r14,r15
        .balign 8
        .asciz "\r"
        .endr
        .balign 8
segnames:
        .irp r, cs,ss,ds,es,fs,gs
        .balign 8
        .asciz "\r"
        .endr
n_flags: .asciz "rflags"
n_fsbase: .asciz "fsbase"
n_gsbase: .asciz "gsbase"
n_xcr0: .asciz "xcr0"
n_xinuse: .asciz "xinuse"
n_fcw:  .asciz "fcw"
n_fsw:  .asciz "fsw"
n_ftw:  .asciz "ftw"
n_mxcsr: .asciz "mxcsr"
n_xmm:  .asciz "xmm"
n_ymmhi: .asciz "ymmhi"
n_zmm:  .asciz "zmm"
n_k:    .asciz "k"
        .section .note.GNU-stack,"",@progbits
