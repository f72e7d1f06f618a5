/*
 * os/seccomp.c: seccomp's strict mode, kept by Shunt for the guest.
 *
 * A thread in strict mode may make four system calls: read, write, exit
 * and rt_sigreturn (through int 0x80: read, write, exit and sigreturn).
 * Any other kills the thread with SIGKILL. Set on the host, the mode
 * would bind Shunt as well: its own calls as the guest reaches new code
 * (mmap for a chunk of the code cache or for its records, mprotect of a
 * code page, a membarrier, the fork of an instruction probe) would kill a
 * guest that had broken no rule. So the mode is kept per guest thread and
 * checked at each of its calls, which all pass through Shunt, and the
 * host thread stays free. What the kernel does besides on entry is done
 * on the host: rdtsc faults (PR_SET_TSC). A thread killed for a call dies
 * as the kernel makes it die, do_exit(SIGKILL) of that task alone
 * (os_thread_exit).
 *
 * Filter mode stays the kernel's: its filters see Shunt's calls too. When
 * the host thread has a filter (the guest installed one, or Shunt was
 * started under one), strict mode is asked of the kernel, which refuses
 * it as it would natively, after its filters have seen the call.
 */
#include "os/os_internal.h"

#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

/* The calls strict mode allows: the kernel's mode1_syscalls, compared
 * with the number's low 32 bits as the kernel compares them. */
static bool strict_allows(uint32_t nr, bool ia32)
{
    if (ia32) /* __NR_ia32_read, write, exit, sigreturn */
        return nr == 3 || nr == 4 || nr == 1 || nr == 119;
    return nr == SYS_read || nr == SYS_write || nr == SYS_exit || nr == SYS_rt_sigreturn;
}

void os_seccomp_check(Thread *thread, uint32_t nr, bool ia32)
{
    if (thread->seccomp_strict && !strict_allows(nr, ia32))
        os_thread_exit(thread, 0, true);
}

/* The host thread's mode with no guest strict mode: 0, or 2 with a
 * filter; negative if the kernel has no seccomp (or a filter refused). */
static int64_t host_mode(void)
{
    return raw_syscall(SYS_prctl, PR_GET_SECCOMP, 0, 0);
}

static int64_t enter_strict(Thread *thread)
{
    thread->seccomp_strict = true;
    /* The kernel's disable_TSC(): rdtsc and rdtscp raise SIGSEGV. */
    raw_syscall(SYS_prctl, PR_SET_TSC, PR_TSC_SIGSEGV, 0);
    return 0;
}

int64_t os_sys_prctl(Thread *thread, const uint64_t args[6])
{
    if ((int)args[0] == PR_SET_SECCOMP && args[1] == SECCOMP_MODE_STRICT && host_mode() == 0)
        return enter_strict(thread); /* the filter argument is ignored */
    return dispatch_safe_syscall(SYS_prctl, args[0], args[1], args[2], args[3], args[4], args[5]);
}

int64_t os_sys_seccomp(Thread *thread, const uint64_t args[6])
{
    if ((uint32_t)args[0] == SECCOMP_SET_MODE_STRICT && (uint32_t)args[1] == 0 && args[2] == 0 &&
        host_mode() == 0)
        return enter_strict(thread);
    return dispatch_safe_syscall(SYS_seccomp, args[0], args[1], args[2], args[3], args[4], args[5]);
}
