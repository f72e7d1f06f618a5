/*
 * os/ia32.c: `int 0x80` from 64-bit code, the kernel's 32-bit system-call
 * table.
 *
 * The kernel takes the number from eax and six arguments from the low
 * halves of ebx, ecx, edx, esi, edi, ebp (pointers are truncated to 32
 * bits), and leaves the 64-bit result in rax; every other register is
 * preserved (rcx and r11 too, unlike `syscall`). The scanner leaves the
 * instruction to the emulator (dispatch/emulate.c), which calls
 * os_syscall_ia32 here.
 *
 * A number whose 64-bit counterpart Shunt emulates goes to that handler
 * with its arguments zero-extended (as the kernel's ia32 wrappers extend
 * them) or converted (mmap's argument block, mmap2's page offset, clone's
 * argument order, execve's 32-bit pointer arrays). Those Shunt cannot
 * honour in their 32-bit form answer ENOSYS (the signal calls: their
 * handlers would need 32-bit signal frames; clone with CLONE_SETTLS, whose
 * argument is a 32-bit descriptor; clone3 and rseq as in 64-bit code).
 * Every other number is performed by Shunt with `int 0x80` itself, so the
 * kernel answers exactly as natively (ENOSYS for an unknown number, EFAULT
 * for a truncated pointer that lands in nothing).
 */
#include "os/os_internal.h"

#include <linux/audit.h>

#include <errno.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>

/* The kernel's 32-bit numbers (arch/x86/entry/syscalls/syscall_32.tbl). */
enum {
    IA32_EXIT = 1,
    IA32_FORK = 2,
    IA32_OPEN = 5,
    IA32_CLOSE = 6,
    IA32_CREAT = 8,
    IA32_EXECVE = 11,
    IA32_BRK = 45,
    IA32_SIGNAL = 48,
    IA32_DUP2 = 63,
    IA32_SIGACTION = 67,
    IA32_READLINK = 85,
    IA32_MMAP = 90,
    IA32_MUNMAP = 91,
    IA32_SIGRETURN = 119,
    IA32_CLONE = 120,
    IA32_MPROTECT = 125,
    IA32_PERSONALITY = 136,
    IA32_MREMAP = 163,
    IA32_RT_SIGRETURN = 173,
    IA32_RT_SIGACTION = 174,
    IA32_SIGALTSTACK = 186,
    IA32_VFORK = 190,
    IA32_MMAP2 = 192,
    IA32_EXIT_GROUP = 252,
    IA32_OPENAT = 295,
    IA32_READLINKAT = 305,
    IA32_DUP3 = 330,
    IA32_EXECVEAT = 358,
    IA32_RSEQ = 386,
    IA32_CLONE3 = 435,
    IA32_CLOSE_RANGE = 436,
    IA32_OPENAT2 = 437,
    IA32_NR_SYSCALLS = 468,
};

/* Calls whose arguments mean the same in both tables: the 64-bit number
 * whose handler (if Shunt has one) serves the 32-bit call. */
static const uint16_t same_call[IA32_NR_SYSCALLS] = {
    [IA32_EXIT] = SYS_exit,
    [IA32_FORK] = SYS_fork,
    [IA32_OPEN] = SYS_open,
    [IA32_CLOSE] = SYS_close,
    [IA32_CREAT] = SYS_creat,
    [IA32_BRK] = SYS_brk,
    [IA32_DUP2] = SYS_dup2,
    [IA32_READLINK] = SYS_readlink,
    [IA32_MUNMAP] = SYS_munmap,
    [IA32_MPROTECT] = SYS_mprotect,
    [IA32_PERSONALITY] = SYS_personality,
    [IA32_MREMAP] = SYS_mremap,
    [IA32_VFORK] = SYS_vfork,
    [IA32_EXIT_GROUP] = SYS_exit_group,
    [IA32_OPENAT] = SYS_openat,
    [IA32_READLINKAT] = SYS_readlinkat,
    [IA32_DUP3] = SYS_dup3,
    [IA32_CLOSE_RANGE] = SYS_close_range,
    [IA32_OPENAT2] = SYS_openat2,
};

/* The kernel's own int 0x80 with these registers. rbp is an argument
 * register, so it is saved in r9 around the call (no push: Shunt's own
 * red zone may be live). */
static int64_t ia32_raw(uint32_t nr, const uint64_t a[6])
{
    register uint64_t rax __asm__("rax") = nr;
    register uint64_t r8 __asm__("r8") = a[5];
    __asm__ volatile("mov %%rbp, %%r9\n\t"
                     "mov %%r8, %%rbp\n\t"
                     "int $0x80\n\t"
                     "mov %%r9, %%rbp"
                     : "+r"(rax)
                     : "b"(a[0]), "c"(a[1]), "d"(a[2]), "S"(a[3]), "D"(a[4]), "r"(r8)
                     : "r9", "memory", "cc");
    return (int64_t)rax;
}

/* Without MAP_FIXED the kernel places a 32-bit mmap below 4 GiB; Shunt
 * asks for MAP_32BIT (the first 2 GiB), the nearest 64-bit request. */
static int64_t mmap_32(Thread *thread, const uint64_t a[6], uint64_t offset)
{
    uint64_t flags = a[3];
    if (!(flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)))
        flags |= MAP_32BIT;
    const uint64_t args[6] = {a[0], a[1], a[2], flags, (uint64_t)(int64_t)(int32_t)a[4], offset};
    return os_call(thread, os_syscall_handler(SYS_mmap), SYS_mmap, args);
}

/* old_mmap: the six arguments are 32-bit words at ebx; the offset is in
 * bytes and must be page-aligned. */
static int64_t old_mmap(Thread *thread, const uint64_t a[6])
{
    uint32_t block[6];
    if (os_guest_read(block, a[0], sizeof(block)) != 0)
        return -EFAULT;
    if (block[5] & (PAGE_SIZE - 1))
        return -EINVAL;
    const uint64_t args[6] = {block[0], block[1], block[2], block[3], block[4], 0};
    return mmap_32(thread, args, block[5]);
}

/* mmap2: the offset is in pages. */
static int64_t mmap2(Thread *thread, const uint64_t a[6])
{
    return mmap_32(thread, a, a[5] * PAGE_SIZE);
}

/* clone's 32-bit order: flags, stack, parent_tid, tls, child_tid. */
static int64_t clone_32(Thread *thread, const uint64_t a[6])
{
    if (a[0] & CLONE_SETTLS)
        return -ENOSYS;
    const uint64_t args[6] = {a[0], a[1], a[2], a[4], 0, 0};
    return os_syscall_handler(SYS_clone)(thread, args);
}

/* The calls that need more than zero-extended arguments; NULL otherwise. */
static SyscallHandler converted_call(uint32_t nr)
{
    switch (nr) {
    case IA32_MMAP:
        return old_mmap;
    case IA32_MMAP2:
        return mmap2;
    case IA32_CLONE:
        return clone_32;
    case IA32_EXECVE:
        return os_sys_execve_ia32;
    case IA32_EXECVEAT:
        return os_sys_execveat_ia32;
    case IA32_SIGNAL:
    case IA32_SIGACTION:
    case IA32_SIGRETURN:
    case IA32_RT_SIGRETURN:
    case IA32_RT_SIGACTION:
    case IA32_SIGALTSTACK:
    case IA32_RSEQ:
    case IA32_CLONE3:
        return os_sys_enosys;
    default:
        return NULL;
    }
}

bool os_syscall_ia32(Thread *thread)
{
    GuestContext *ctx = &thread->ctx;
    uint32_t nr = (uint32_t)ctx->rax;
    const uint64_t args[6] = {(uint32_t)ctx->rbx, (uint32_t)ctx->rcx, (uint32_t)ctx->rdx,
                              (uint32_t)ctx->rsi, (uint32_t)ctx->rdi, (uint32_t)ctx->rbp};
    const OsSyscallData call = {nr, AUDIT_ARCH_I386, ctx->rip, args, ctx->rax};
    int64_t refused;
    if (!os_seccomp_allows(thread, &call, &refused)) {
        ctx->rax = (uint64_t)refused;
        return true;
    }
    SyscallHandler handler = NULL;
    if (nr < IA32_NR_SYSCALLS) {
        handler = converted_call(nr);
        if (!handler && same_call[nr])
            handler = os_syscall_handler(same_call[nr]);
    }
    int64_t result = handler ? os_call(thread, handler, nr, args) : ia32_raw(nr, args);
    if (result == -OS_ERESTART_GUEST)
        return false;
    ctx->rax = (uint64_t)result;
    return true;
}
