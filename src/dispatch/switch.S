/*
 * dispatch/switch.S: the context switch between guest code in the cache
 * and Shunt's C code (DESIGN.md decision 5).
 *
 * Leaving the cache saves every guest register into the Thread's
 * GuestContext, the flags, the guest FS base and the extended state, then
 * moves to Shunt's runtime stack and FS and calls dispatch_exit(). Coming
 * back restores all of it and jumps to thread->jump_target. GS points at
 * the Thread throughout; the guest stack is never touched (red zone).
 */
#include "dispatch/layout.h"

#define OS_ERESTART_GUEST 512 /* os.h */

#define CTX(r) %gs:(T_CTX + CTX_##r)
#define FLAG_AC 0x40000

    .text

/*
 * shunt_exit_direct: an unchained direct branch leaves the cache through
 * its stub. In: rax = ExitStub *, guest rax parked. (Setting the kind
 * here keeps the stubs, one per side exit, 12 bytes shorter.)
 */
    .globl shunt_exit_direct
    .type shunt_exit_direct, @function
shunt_exit_direct:
    movl $EXIT_DIRECT, %gs:T_EXIT_KIND
    jmp shunt_exit

/*
 * shunt_exit_site_miss: the first miss of a site's inline prediction.
 * In: rcx = IndirectSite *, otherwise as shunt_exit_lookup_miss.
 */
    .globl shunt_exit_site_miss
    .type shunt_exit_site_miss, @function
shunt_exit_site_miss:
    mov %rcx, %gs:T_EXIT_SITE
    jmp shunt_exit_lookup_miss

/*
 * shunt_exit_from_miss: a block's table lookup missed, through its stub.
 * In: rcx = the Block, otherwise as shunt_exit_lookup_miss.
 */
    .globl shunt_exit_from_miss
    .type shunt_exit_from_miss, @function
shunt_exit_from_miss:
    mov %rcx, %gs:T_EXIT_FROM
    jmp shunt_exit_lookup_miss

/*
 * shunt_exit_lookup_miss: an inline lookup missed (or hit an empty slot).
 * In: rdx = guest target, guest rcx/rdx parked in their slots, all other
 * guest registers live. Turns it into an EXIT_INDIRECT exit.
 */
    .globl shunt_exit_lookup_miss
    .type shunt_exit_lookup_miss, @function
shunt_exit_lookup_miss:
    mov %rax, %gs:T_SLOT_RAX
    mov %rdx, %rax
    mov %gs:T_SLOT_RCX, %rcx
    mov %gs:T_SLOT_RDX, %rdx
    movl $EXIT_INDIRECT, %gs:T_EXIT_KIND
    /* fall through */

/*
 * shunt_exit: generated code leaves the cache.
 * In: rax = exit argument, guest rax parked in T_SLOT_RAX, exit kind set.
 */
    .globl shunt_exit
    .type shunt_exit, @function
shunt_exit:
    /* Switch to the runtime stack first: nothing may touch the guest's. */
    mov %rax, %gs:T_EXIT_ARG
    movl $0, %gs:T_IN_CACHE
    mov %rsp, CTX(RSP)
    mov %gs:T_HOST_RSP, %rsp

    /* General registers; rax from its slot. */
    mov %rcx, CTX(RCX)
    mov %rdx, CTX(RDX)
    mov %rbx, CTX(RBX)
    mov %rbp, CTX(RBP)
    mov %rsi, CTX(RSI)
    mov %rdi, CTX(RDI)
    mov %r8, CTX(R8)
    mov %r9, CTX(R9)
    mov %r10, CTX(R10)
    mov %r11, CTX(R11)
    mov %r12, CTX(R12)
    mov %r13, CTX(R13)
    mov %r14, CTX(R14)
    mov %r15, CTX(R15)
    mov %gs:T_SLOT_RAX, %rax
    mov %rax, CTX(RAX)

    /* Flags (the runtime stack takes the push), then the C ABI's DF=0.
     * A guest may run with AC set (alignment checks): Shunt's C code must
     * not, or its first unaligned access dies of SIGBUS. */
    pushfq
    popq CTX(RFLAGS)
    cld
    testl $FLAG_AC, CTX(RFLAGS)
    jz 3f
    pushfq
    andl $~FLAG_AC, (%rsp)
    popfq
3:

    /* Extended state: C code (memcpy, Zydis) uses vector registers. */
    mov %gs:T_XSAVE_MASK, %eax
    mov %gs:T_XSAVE_MASK+4, %edx
    xsaveopt64 %gs:T_XSAVE

    /* FS: the guest's out, Shunt's in. Without FSGSBASE the guest's base
     * is already known (it can only change through arch_prctl). */
    cmpq $0, %gs:T_HAS_FSGSBASE
    je 1f
    rdfsbase %rax
    mov %rax, CTX(FSBASE)
1:  mov %gs:T_HOST_FSBASE, %rsi
    call set_fs
    mov %gs:T_SELF, %rdi
    call dispatch_exit
    jmp shunt_resume_guest

/*
 * shunt_enter_first(thread): the first entry into guest code of a thread.
 * In: rdi = thread, GS already points at it. Records the runtime stack,
 * then resumes like any exit: the xsave area already holds the guest's
 * first extended state (dispatch_thread_new: all components in their
 * initial state, as execve leaves them).
 */
    .globl shunt_enter_first
    .type shunt_enter_first, @function
shunt_enter_first:
    and $-16, %rsp
    mov %rsp, %gs:T_HOST_RSP
    /* fall through */

    .globl shunt_resume_guest
shunt_resume_guest:
    /* A signal held for the guest is delivered before any guest code
     * runs. A signal that arrives after this test, anywhere up to the
     * jump below, is sent to deliver_pending by the host handler
     * (dispatch/signal.c): the guest's state is whole in the Thread. */
    cmpl $0, %gs:T_SIGNAL_PENDING
    jne shunt_deliver_pending
    /* In the cache from here on, unless the target died meanwhile (a
     * full cache's flush: the store, then the load, mirror the flush's;
     * see dispatch.c "A full cache"). The fence between them is the
     * flush's membarrier, which runs one on every thread; without it,
     * an mfence of our own. */
    movl $1, %gs:T_IN_CACHE
    cmpl $0, %gs:T_FENCE_ON_ENTRY
    je 4f
    mfence
4:  mov %gs:T_TARGET_BLOCK, %rax
    cmpb $0, BLOCK_DEAD(%rax)
    jne shunt_retarget
    /* Past the check the thread holds no record of a block flushed so
     * far: the count it has seen (dispatch.c, "Reclaiming"). A flush
     * still to come counts up only once the thread is out again. */
    mov %gs:T_EPOCH_SOURCE, %rax
    mov (%rax), %rax
    mov %rax, %gs:T_SEEN_EPOCH
    mov CTX(FSBASE), %rsi
    call set_fs
    mov %gs:T_XSAVE_MASK, %eax
    mov %gs:T_XSAVE_MASK+4, %edx
    xrstor64 %gs:T_XSAVE

    pushq CTX(RFLAGS)
    popfq

    mov CTX(RAX), %rax
    mov CTX(RCX), %rcx
    mov CTX(RDX), %rdx
    mov CTX(RBX), %rbx
    mov CTX(RBP), %rbp
    mov CTX(RSI), %rsi
    mov CTX(RDI), %rdi
    mov CTX(R8), %r8
    mov CTX(R9), %r9
    mov CTX(R10), %r10
    mov CTX(R11), %r11
    mov CTX(R12), %r12
    mov CTX(R13), %r13
    mov CTX(R14), %r14
    mov CTX(R15), %r15
    mov CTX(RSP), %rsp
    jmp *%gs:T_JUMP_TARGET
    .globl shunt_resume_end
shunt_resume_end:

/*
 * shunt_deliver_pending: delivers the held signal, then resumes. Entered
 * from shunt_resume_guest, or by the host handler from anywhere in it
 * (registers, flags and FS may then be half the guest's: all are set
 * again here; the guest's state is in the Thread).
 */
    .globl shunt_deliver_pending
    .type shunt_deliver_pending, @function
shunt_deliver_pending:
    movl $0, %gs:T_IN_CACHE
    mov %gs:T_HOST_RSP, %rsp
    pushq $0x202            /* DF, AC and TF clear for C */
    popfq
    mov %gs:T_HOST_FSBASE, %rsi
    call set_fs
    mov %gs:T_SELF, %rdi
    call dispatch_signal_resume
    jmp shunt_resume_guest

/*
 * shunt_retarget: the block the thread was about to enter died before it
 * entered (a flush): out of the cache again, a live target is found.
 */
shunt_retarget:
    movl $0, %gs:T_IN_CACHE
    mov %gs:T_HOST_RSP, %rsp
    mov %gs:T_SELF, %rdi
    call dispatch_retarget
    jmp shunt_resume_guest

/*
 * dispatch_resume(thread): leaves C code for the guest from any depth.
 * GS points at the Thread, FS is Shunt's.
 */
    .globl dispatch_resume
    .type dispatch_resume, @function
dispatch_resume:
    mov %gs:T_HOST_RSP, %rsp
    call dispatch_resume_prepare
    jmp shunt_resume_guest

/*
 * dispatch_safe_syscall(nr, a1..a6): a guest's system call that a held
 * signal interrupts without a race (DESIGN.md decision 15). Between the
 * test of the pending flag and the syscall instruction, and at that
 * instruction when the kernel rewound to it to restart the call, the host
 * handler moves the pc to safe_syscall_interrupted: the call did not run.
 * After it, the kernel's result stands (-EINTR included). Meanwhile the
 * thread holds no record of a block (T_IN_SYSCALL: a flush's records may
 * go, dispatch.c "Reclaiming"); the flag is cleared by an xchg, a full
 * fence: the loads after it find the cache as it is since.
 */
    .globl dispatch_safe_syscall
    .type dispatch_safe_syscall, @function
dispatch_safe_syscall:
    movl $1, %gs:T_IN_SYSCALL
    mov %rdi, %rax
    mov %rsi, %rdi
    mov %rdx, %rsi
    mov %rcx, %rdx
    mov %r8, %r10
    mov %r9, %r8
    mov 8(%rsp), %r9
    .globl shunt_safe_syscall_start
shunt_safe_syscall_start:
    cmpl $0, %gs:T_SIGNAL_PENDING
    jne shunt_safe_syscall_interrupted
    .globl shunt_safe_syscall_insn
shunt_safe_syscall_insn:
    syscall
    xor %ecx, %ecx
    xchg %ecx, %gs:T_IN_SYSCALL
    ret
    .globl shunt_safe_syscall_interrupted
shunt_safe_syscall_interrupted:
    mov $-OS_ERESTART_GUEST, %rax
    xor %ecx, %ecx
    xchg %ecx, %gs:T_IN_SYSCALL
    ret

/*
 * shunt_host_signal(sig, info, uc): the host's handler of every signal
 * Shunt takes, on Shunt's alternate stack. The interrupted code may have
 * been the guest's, with the guest's FS: Shunt's C code needs its own
 * (TLS, the stack protector), and the guest's comes back on return.
 */
    .globl shunt_host_signal
    .type shunt_host_signal, @function
shunt_host_signal:
    /* Entered like a function (rsp = 8 mod 16). rbx, r12, r13 keep the
     * arguments, r14 the interrupted FS base; the sub keeps the calls
     * aligned and gives arch_prctl a word to write. */
    push %rbx
    push %r12
    push %r13
    push %r14
    sub $8, %rsp
    mov %rdi, %rbx
    mov %rsi, %r12
    mov %rdx, %r13
    cmpq $0, %gs:T_HAS_FSGSBASE
    je 1f
    rdfsbase %r14
    jmp 2f
1:  mov $158, %eax          /* arch_prctl(ARCH_GET_FS, rsp) */
    mov $0x1003, %edi
    mov %rsp, %rsi
    syscall
    mov (%rsp), %r14
2:  mov %gs:T_HOST_FSBASE, %rsi
    call set_fs
    mov %rbx, %rdi
    mov %r12, %rsi
    mov %r13, %rdx
    call dispatch_host_signal
    mov %r14, %rsi
    call set_fs
    add $8, %rsp
    pop %r14
    pop %r13
    pop %r12
    pop %rbx
    ret

/* shunt_signal_restorer: the sa_restorer of Shunt's host handlers. */
    .globl shunt_signal_restorer
    .type shunt_signal_restorer, @function
shunt_signal_restorer:
    mov $15, %eax           /* SYS_rt_sigreturn */
    syscall
    ud2

/*
 * set_fs: FS base = rsi, with wrfsbase, or arch_prctl(ARCH_SET_FS) on
 * kernels or CPUs without FSGSBASE. Clobbers rax, rdi, rcx, r11 (all saved
 * or not yet restored where it is called).
 */
    .type set_fs, @function
set_fs:
    cmpq $0, %gs:T_HAS_FSGSBASE
    je 1f
    wrfsbase %rsi
    ret
1:  mov $158, %eax          /* SYS_arch_prctl */
    mov $0x1002, %edi       /* ARCH_SET_FS */
    syscall
    ret

    .section .note.GNU-stack,"",@progbits
