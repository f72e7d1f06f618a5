/*
 * os/syscall.c: the system-call table.
 *
 * One table of handlers indexed by syscall number, split by area into
 * mm.c, process.c, files.c and signals.c. A number with no handler passes
 * straight to the kernel with the guest's arguments: the guest's memory is
 * Shunt's memory, so pointers need no translation.
 */
#include "os/os_internal.h"

#include <sys/syscall.h>

static const SyscallHandler handlers[] = {
    [SYS_brk] = os_sys_brk,
    [SYS_mmap] = os_sys_mmap,
    [SYS_munmap] = os_sys_munmap,
    [SYS_mprotect] = os_sys_mprotect,
    [SYS_mremap] = os_sys_mremap,
    [SYS_exit] = os_sys_exit_group, /* single-threaded: ends the process */
    [SYS_exit_group] = os_sys_exit_group,
    [SYS_arch_prctl] = os_sys_arch_prctl,
    [SYS_clone] = os_sys_clone,
    [SYS_fork] = os_sys_fork,
    [SYS_vfork] = os_sys_fork,
    [SYS_execve] = os_sys_execve,
    [SYS_execveat] = os_sys_enosys,
    [SYS_clone3] = os_sys_enosys, /* glibc falls back to clone */
    [SYS_rseq] = os_sys_enosys,   /* the kernel would rewind to guest rips */
    [SYS_readlink] = os_sys_readlink,
    [SYS_readlinkat] = os_sys_readlinkat,
    [SYS_open] = os_sys_open,
    [SYS_openat] = os_sys_openat,
    [SYS_rt_sigaction] = os_sys_rt_sigaction,
};

void os_syscall(Thread *thread)
{
    GuestContext *ctx = &thread->ctx;
    uint64_t nr = ctx->rax;
    const uint64_t args[6] = {ctx->rdi, ctx->rsi, ctx->rdx, ctx->r10, ctx->r8, ctx->r9};
    SyscallHandler handler = nr < ARRAY_LEN(handlers) ? handlers[nr] : NULL;
    int64_t result =
        handler ? handler(thread, args)
                : raw_syscall6((int64_t)nr, args[0], args[1], args[2], args[3], args[4], args[5]);
    ctx->rax = (uint64_t)result;
    /* What the syscall instruction leaves behind. */
    ctx->rcx = ctx->rip;
    ctx->r11 = ctx->rflags;
}

int64_t os_sys_enosys(Thread *thread, const uint64_t args[6])
{
    (void)thread;
    (void)args;
    return -38; /* ENOSYS */
}
