/*
 * os/vsyscall.c: calls into the legacy vsyscall page.
 *
 * With the kernel's default vsyscall=xonly the page at 0xffffffffff600000
 * is listed in /proc/self/maps as `--xp` but holds nothing readable: an
 * instruction fetch there faults, and the kernel's emulate_vsyscall() runs
 * gettimeofday (+0), time (+0x400) or getcpu (+0x800) with the caller's
 * rdi and rsi, puts the result in rax and emulates a `ret` (the return
 * address popped from rsp). Any other offset, a return address it cannot
 * read, or a call that answers EFAULT is a SIGSEGV at the vsyscall
 * address. Shunt's dispatcher sends every branch into the page here (the
 * scanner finds nothing executable there, and nothing is ever chained to
 * it); the calls are Shunt's own, so their answers are the kernel's.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <linux/audit.h>
#include <signal.h>
#include <sys/syscall.h>

/* The system call behind each entry, or -1 for an offset that is none. */
static int64_t vsyscall_number(GuestAddr rip)
{
    switch (rip - OS_VSYSCALL_PAGE) {
    case 0x000:
        return SYS_gettimeofday;
    case 0x400:
        return SYS_time;
    case 0x800:
        return SYS_getcpu;
    default:
        return -1;
    }
}

GuestAddr os_vsyscall(Thread *thread, GuestAddr rip)
{
    GuestContext *ctx = &thread->ctx;
    int64_t nr = vsyscall_number(rip);
    uint64_t caller;
    if (nr < 0 || os_guest_read(&caller, ctx->rsp, sizeof(caller)) != 0)
        os_raise_fault(thread, SIGSEGV, rip);
    int64_t r; /* the kernel's vsyscall_seccomp() first */
    const uint64_t args[6] = {ctx->rdi, ctx->rsi};
    const OsSyscallData call = {(uint32_t)nr, AUDIT_ARCH_X86_64, rip, args, (uint64_t)nr};
    if (os_seccomp_allows(thread, &call, &r))
        r = raw_syscall(nr, ctx->rdi, ctx->rsi, 0);
    else
        goto done; /* skipped: the filter's errno, or its SIGSYS at the caller */
    if (r == -EFAULT)
        os_raise_fault(thread, SIGSEGV, rip);
done:
    ctx->rax = (uint64_t)r;
    ctx->rsp += 8;
    return caller;
}
