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

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>

/* The calls strict mode allows: the kernel's mode1_syscalls, compared
 * with the number's low 32 bits as the kernel compares them. */
static bool strict_allows(uint32_t nr, bool ia32)
{
    if (ia32) /* __NR_ia32_read, write, exit, sigreturn */
        return nr == 3 || nr == 4 || nr == 1 || nr == 119;
    return nr == SYS_read || nr == SYS_write || nr == SYS_exit || nr == SYS_rt_sigreturn;
}

/* The host thread's mode with no guest strict mode: 0, or 2 with a
 * filter; negative if the kernel has no seccomp (or a filter refused). */
static int64_t host_mode(void)
{
    return raw_syscall(SYS_prctl, PR_GET_SECCOMP, 0, 0);
}

typedef struct OsSeccompFilter OsSeccompFilter;
static int64_t install_filter(Thread *thread, uint32_t flags, GuestAddr uprog);
static bool keeps_filter(Thread *thread, uint32_t flags);

static int64_t enter_strict(Thread *thread)
{
    if (thread->seccomp_filters)
        return -EINVAL; /* a thread with a filter stays in filter mode */
    thread->seccomp_strict = true;
    /* The kernel's disable_TSC(): rdtsc and rdtscp raise SIGSEGV. */
    raw_syscall(SYS_prctl, PR_SET_TSC, PR_TSC_SIGSEGV, 0);
    return 0;
}

int64_t os_sys_prctl(Thread *thread, const uint64_t args[6])
{
    if ((int)args[0] == PR_GET_SECCOMP && thread->seccomp_filters)
        return SECCOMP_MODE_FILTER;
    if ((int)args[0] == PR_SET_SECCOMP && args[1] == SECCOMP_MODE_STRICT &&
        (thread->seccomp_filters || host_mode() == 0))
        return enter_strict(thread); /* the filter argument is ignored */
    if ((int)args[0] == PR_SET_SECCOMP && args[1] == SECCOMP_MODE_FILTER && keeps_filter(thread, 0))
        return install_filter(thread, 0, args[2]);
    return dispatch_safe_syscall(SYS_prctl, args[0], args[1], args[2], args[3], args[4], args[5]);
}

int64_t os_sys_seccomp(Thread *thread, const uint64_t args[6])
{
    if ((uint32_t)args[0] == SECCOMP_SET_MODE_STRICT && (uint32_t)args[1] == 0 && args[2] == 0 &&
        (thread->seccomp_filters || host_mode() == 0))
        return enter_strict(thread);
    if ((uint32_t)args[0] == SECCOMP_SET_MODE_FILTER && keeps_filter(thread, (uint32_t)args[1]))
        return install_filter(thread, (uint32_t)args[1], args[2]);
    return dispatch_safe_syscall(SYS_seccomp, args[0], args[1], args[2], args[3], args[4], args[5]);
}

/* ---- filter mode ---- */

/*
 * Filters are kept by Shunt too, for the same reason: on the host a
 * filter sees Shunt's calls (an allowlist that lets a program use brk
 * would kill it when Shunt's brk asks prlimit64 for RLIMIT_DATA). A guest
 * thread has a chain of filters, newest first, which the threads it makes
 * share, as the kernel shares it (never freed: filters are few and small).
 * Each guest system call runs the chain on its seccomp_data and takes the
 * action of highest precedence, as the kernel does. The kernel itself
 * checks each new program, in a child forked for that alone (its errors,
 * EINVAL, EACCES without no_new_privs, are the guest's). What is not kept
 * goes to the kernel as before: flags other than LOG and SPEC_ALLOW
 * (TSYNC, NEW_LISTENER), and every filter when the program calls execve
 * (the new program's Shunt then runs under them on the host).
 */
struct OsSeccompFilter {
    OsSeccompFilter *prev;
    uint16_t len;
    struct sock_filter insns[];
};

/* The kernel's bound on a chain: each filter counts 4 more instructions. */
#define MAX_INSNS_PER_PATH 32768

static size_t chain_insns(const OsSeccompFilter *f)
{
    size_t total = 0;
    for (; f; f = f->prev)
        total += f->len + 4u;
    return total;
}

/* Whether the kernel accepts `prog` with `flags` (0, or -errno): a child
 * with no exit signal (the guest sees no SIGCHLD) installs it and puts
 * the answer in a shared word. The filter may then refuse the child even
 * its exit: the parent kills it. A child that dies first was refused the
 * call by a filter of the host's own. */
static int64_t kernel_accepts(uint32_t flags, const struct sock_fprog *prog)
{
    int32_t *word =
        mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (word == MAP_FAILED)
        return -ENOMEM;
    *word = INT32_MIN;
    int64_t pid = raw_syscall6(SYS_clone, 0, 0, 0, 0, 0, 0);
    if (pid == 0) {
        int64_t r =
            raw_syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, (uint64_t)(uintptr_t)prog);
        __atomic_store_n(word, (int32_t)r, __ATOMIC_RELEASE);
        for (;;)
            raw_syscall(SYS_exit_group, 0, 0, 0);
    }
    int64_t r = pid < 0 ? pid : -EPERM;
    bool reaped = pid < 0;
    while (!reaped) {
        int32_t v = __atomic_load_n(word, __ATOMIC_ACQUIRE);
        if (v != INT32_MIN) {
            r = v;
            break;
        }
        int status;
        reaped = raw_syscall6(SYS_wait4, (uint64_t)pid, (uint64_t)(uintptr_t)&status,
                              __WCLONE | WNOHANG, 0, 0, 0) == pid;
        const struct timespec pause = {0, 100000};
        if (!reaped)
            raw_syscall(SYS_nanosleep, (uint64_t)(uintptr_t)&pause, 0, 0);
    }
    if (!reaped) {
        raw_syscall(SYS_kill, (uint64_t)pid, SIGKILL, 0);
        int status;
        while (raw_syscall6(SYS_wait4, (uint64_t)pid, (uint64_t)(uintptr_t)&status, __WCLONE, 0, 0,
                            0) == -EINTR)
            ;
    }
    munmap(word, PAGE_SIZE);
    return r;
}

/* Whether `chain` grew from `ancestor` (or is it). */
static bool grew_from(const OsSeccompFilter *chain, const OsSeccompFilter *ancestor)
{
    for (; chain; chain = chain->prev)
        if (chain == ancestor)
            return true;
    return ancestor == NULL;
}

/* SECCOMP_FILTER_FLAG_TSYNC: every other live thread gets the caller's new
 * chain `f`, if each one's chain is the caller's or one it grew from, and
 * none is in strict mode; else the first one that is not is named by its
 * tid (-ESRCH with TSYNC_ESRCH), and nothing changes. */
static int64_t sync_threads(Thread *thread, uint32_t flags, OsSeccompFilter *f)
{
    Process *process = thread->process;
    int64_t r = 0;
    dispatch_lock(thread);
    for (Thread *t = process->threads; t && r == 0; t = t->next_thread)
        if (t != thread && !t->gone &&
            (t->seccomp_strict || !grew_from(thread->seccomp_filters, t->seccomp_filters)))
            r = (flags & SECCOMP_FILTER_FLAG_TSYNC_ESRCH) ? -ESRCH : (int64_t)t->tid;
    for (Thread *t = process->threads; t && r == 0; t = t->next_thread)
        if (t != thread && !t->gone)
            __atomic_store_n(&t->seccomp_filters, f, __ATOMIC_RELEASE);
    dispatch_unlock(thread);
    return r;
}

static int64_t install_filter(Thread *thread, uint32_t flags, GuestAddr uprog)
{
    struct sock_fprog prog;
    if (os_guest_read(&prog, uprog, sizeof(prog)) != 0)
        return -EFAULT;
    if (prog.len == 0 || prog.len > BPF_MAXINSNS)
        return -EINVAL;
    OsSeccompFilter *f = malloc(sizeof(*f) + prog.len * sizeof(struct sock_filter));
    if (!f)
        return -ENOMEM;
    if (os_guest_read(f->insns, (GuestAddr)(uintptr_t)prog.filter,
                      prog.len * sizeof(struct sock_filter)) != 0) {
        free(f);
        return -EFAULT;
    }
    struct sock_fprog copy = {prog.len, f->insns};
    int64_t r = kernel_accepts(flags, &copy);
    if (r == 0 && chain_insns(thread->seccomp_filters) + prog.len + 4 > MAX_INSNS_PER_PATH)
        r = -ENOMEM;
    f->len = prog.len;
    f->prev = thread->seccomp_filters;
    if (r == 0 && (flags & SECCOMP_FILTER_FLAG_TSYNC))
        r = sync_threads(thread, flags, f);
    if (r != 0) {
        free(f);
        return r;
    }
    __atomic_store_n(&thread->seccomp_filters, f, __ATOMIC_RELEASE);
    return 0;
}

/* Flags Shunt keeps filters with: the rest need the kernel's own. */
#define KEPT_FLAGS                                                                                 \
    (SECCOMP_FILTER_FLAG_LOG | SECCOMP_FILTER_FLAG_SPEC_ALLOW | SECCOMP_FILTER_FLAG_TSYNC |        \
     SECCOMP_FILTER_FLAG_TSYNC_ESRCH)

static bool keeps_filter(Thread *thread, uint32_t flags)
{
    return !thread->seccomp_strict && (flags & ~KEPT_FLAGS) == 0;
}

/* One filter on `data`: classic BPF as the kernel checked it (loads of
 * aligned words of seccomp_data, forward jumps, scratch words < 16). A
 * division by zero ends the program with 0, as the kernel's does. */
static uint32_t run_filter(const OsSeccompFilter *f, const struct seccomp_data *data)
{
    uint32_t a = 0, x = 0, mem[BPF_MEMWORDS] = {0};
    const uint8_t *bytes = (const uint8_t *)data;
    for (uint32_t pc = 0; pc < f->len; pc++) {
        const struct sock_filter *in = &f->insns[pc];
        uint32_t k = in->k, src = BPF_SRC(in->code) == BPF_X ? x : k;
        switch (BPF_CLASS(in->code)) {
        case BPF_LD:
        case BPF_LDX: {
            uint32_t v = 0;
            if (BPF_MODE(in->code) == BPF_ABS && k + 4 <= sizeof(*data))
                memcpy(&v, bytes + k, 4);
            else if (BPF_MODE(in->code) == BPF_LEN)
                v = sizeof(*data);
            else if (BPF_MODE(in->code) == BPF_IMM)
                v = k;
            else if (BPF_MODE(in->code) == BPF_MEM)
                v = mem[k % BPF_MEMWORDS];
            if (BPF_CLASS(in->code) == BPF_LD)
                a = v;
            else
                x = v;
            break;
        }
        case BPF_ST:
            mem[k % BPF_MEMWORDS] = a;
            break;
        case BPF_STX:
            mem[k % BPF_MEMWORDS] = x;
            break;
        case BPF_ALU:
            switch (BPF_OP(in->code)) {
            case BPF_ADD:
                a += src;
                break;
            case BPF_SUB:
                a -= src;
                break;
            case BPF_MUL:
                a *= src;
                break;
            case BPF_DIV:
                if (!src)
                    return 0;
                a /= src;
                break;
            case BPF_MOD:
                if (!src)
                    return 0;
                a %= src;
                break;
            case BPF_OR:
                a |= src;
                break;
            case BPF_AND:
                a &= src;
                break;
            case BPF_XOR:
                a ^= src;
                break;
            case BPF_LSH:
                a <<= src & 31;
                break;
            case BPF_RSH:
                a >>= src & 31;
                break;
            case BPF_NEG:
                a = -a;
                break;
            default:
                return 0;
            }
            break;
        case BPF_JMP: {
            bool taken;
            switch (BPF_OP(in->code)) {
            case BPF_JA:
                pc += k;
                continue;
            case BPF_JEQ:
                taken = a == src;
                break;
            case BPF_JGT:
                taken = a > src;
                break;
            case BPF_JGE:
                taken = a >= src;
                break;
            case BPF_JSET:
                taken = (a & src) != 0;
                break;
            default:
                return 0;
            }
            pc += taken ? in->jt : in->jf;
            break;
        }
        case BPF_RET:
            return BPF_RVAL(in->code) == BPF_A ? a : k;
        case BPF_MISC:
            if (BPF_MISCOP(in->code) == BPF_TAX)
                x = a;
            else
                a = x;
            break;
        default:
            return 0;
        }
    }
    return 0;
}

/* The kernel's precedence: the lowest action, taken as signed (so
 * KILL_PROCESS comes first); among equals, the newest filter's. */
static uint32_t run_chain(const OsSeccompFilter *f, const struct seccomp_data *data)
{
    uint32_t best = SECCOMP_RET_ALLOW;
    for (; f; f = f->prev) {
        uint32_t r = run_filter(f, data);
        if ((int32_t)(r & SECCOMP_RET_ACTION_FULL) < (int32_t)(best & SECCOMP_RET_ACTION_FULL))
            best = r;
    }
    return best;
}

bool os_seccomp_decide(Thread *thread, const OsSyscallData *call, int64_t *result)
{
    if (thread->seccomp_strict && !strict_allows(call->nr, call->arch == AUDIT_ARCH_I386))
        os_thread_exit(thread, 0, SIGKILL);
    if (!__atomic_load_n(&thread->seccomp_filters, __ATOMIC_ACQUIRE))
        return true;
    struct seccomp_data data = {
        .nr = (int)call->nr, .arch = call->arch, .instruction_pointer = call->ip};
    for (int i = 0; i < 6; i++)
        data.args[i] = call->args[i];
    uint32_t r = run_chain(thread->seccomp_filters, &data);
    uint32_t action = r & SECCOMP_RET_ACTION_FULL, value = r & SECCOMP_RET_DATA;
    switch (action) {
    case SECCOMP_RET_ALLOW:
    case SECCOMP_RET_LOG:
        return true;
    case SECCOMP_RET_ERRNO:
        *result = -(int64_t)(value > 4095 ? 4095 : value);
        return false;
    case SECCOMP_RET_TRACE:
    case SECCOMP_RET_USER_NOTIF: /* no tracer, no listener here */
        *result = -ENOSYS;
        return false;
    case SECCOMP_RET_TRAP: {
        /* The call does not run; rax keeps its number, and SIGSYS comes
         * as the kernel forces it (blocked or ignored, it kills). */
        siginfo_t info = {0};
        info.si_signo = SIGSYS;
        info.si_code = 1; /* SYS_SECCOMP */
        info.si_call_addr = (void *)(uintptr_t)call->ip;
        info.si_syscall = (int)call->nr;
        info.si_arch = call->arch;
        info.si_errno = (int)value;
        os_signal_hold_fault(thread, &info, 0, 0, 0, false);
        *result = (int64_t)call->rax;
        return false;
    }
    case SECCOMP_RET_KILL_THREAD:
        if (dispatch_thread_count(thread->process) > 1)
            os_thread_exit(thread, 0, SIGSYS);
        os_die_of(thread, SIGSYS); /* the last thread takes the process with it */
    default:                       /* SECCOMP_RET_KILL_PROCESS, and any unknown action */
        os_die_of(thread, SIGSYS);
    }
}

/* Oldest first, as the guest installed them; a filter the kernel refuses
 * now (its own filters forbid the call) is left out. */
static void install_on_host(const OsSeccompFilter *f)
{
    if (!f)
        return;
    install_on_host(f->prev);
    struct sock_fprog prog = {f->len, (struct sock_filter *)f->insns};
    raw_syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, (uint64_t)(uintptr_t)&prog);
}

void os_seccomp_exec(Thread *thread)
{
    install_on_host(thread->seccomp_filters);
}

/*
 * Across execve. The new program's Shunt keeps the filters too: they go
 * in its --seccomp-filters argument, oldest first, each as its length,
 * a colon and its instructions in hex (16 digits each: code, jt, jf, k as
 * the bytes lie), separated by commas. A chain longer than one argument
 * may be (the kernel's MAX_ARG_STRLEN, 128 KiB; the encoding stops at
 * 64 KiB) goes to the kernel instead.
 */
#define ENCODED_MAX (64 << 10)

static size_t encoded_size(const OsSeccompFilter *f)
{
    size_t size = 1;
    for (; f; f = f->prev)
        size += 8 + f->len * 2 * sizeof(struct sock_filter);
    return size;
}

static char *encode_from(const OsSeccompFilter *f, char *out)
{
    if (!f)
        return out;
    out = encode_from(f->prev, out);
    if (f->prev)
        *out++ = ',';
    out += sprintf(out, "%u:", f->len);
    const uint8_t *bytes = (const uint8_t *)f->insns;
    for (size_t i = 0; i < f->len * sizeof(struct sock_filter); i++)
        out += sprintf(out, "%02x", bytes[i]);
    return out;
}

char *os_seccomp_encode(Thread *thread)
{
    const OsSeccompFilter *chain = thread->seccomp_filters;
    size_t size = encoded_size(chain);
    if (!chain || size > ENCODED_MAX)
        return NULL;
    char *s = malloc(size);
    if (s)
        *encode_from(chain, s) = '\0';
    return s;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool os_seccomp_restore(Thread *thread, const char *s)
{
    while (*s) {
        char *end;
        unsigned long len = strtoul(s, &end, 10);
        if (end == s || *end != ':' || len == 0 || len > BPF_MAXINSNS)
            return false;
        s = end + 1;
        OsSeccompFilter *f = malloc(sizeof(*f) + len * sizeof(struct sock_filter));
        if (!f)
            return false;
        uint8_t *bytes = (uint8_t *)f->insns;
        for (size_t i = 0; i < len * sizeof(struct sock_filter); i++, s += 2) {
            int hi = hex_digit(s[0]), lo = hi < 0 ? -1 : hex_digit(s[1]);
            if (hi < 0 || lo < 0) {
                free(f);
                return false;
            }
            bytes[i] = (uint8_t)(hi << 4 | lo);
        }
        f->len = (uint16_t)len;
        f->prev = thread->seccomp_filters;
        thread->seccomp_filters = f;
        if (*s == ',')
            s++;
        else if (*s)
            return false;
    }
    return true;
}
