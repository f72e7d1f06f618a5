/*
 * os/strace.c: -strace, every guest system call as one line, and the hook
 * through which -strace and -L see each call.
 *
 *   PID name(arguments) = result
 *
 * as qemu-user and strace print it: the result in decimal (hex for calls
 * that return addresses), or "-1 ENOENT (No such file or directory)". The
 * line up to the first argument the kernel fills is written before the
 * call, so a call that never returns (exit_group, a blocking read ended by
 * a signal) is still seen; the rest follows when it returns. execve's line
 * ends "<unfinished ...>" (the new program's lines follow; a failure comes
 * back as "<... execve resumed> = -1 ..."), exit's with "= ?".
 * os_syscall calls os_observed_call only when -strace or -L is given.
 */
#include "os/strace_internal.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>

typedef struct SyscallInfo {
    const char *name;
    const char *letters; /* one decoder letter per argument (strace_args.c) */
} SyscallInfo;

#define SYSCALL(nr, name, letters) [nr] = {#name, letters},
static const SyscallInfo syscall_info[] = {
#include "os/syscalls.inc"
};
#undef SYSCALL

/* When a call's line is written. */
typedef enum TraceStyle {
    TRACE_AT_RETURN, /* whole, when it returns */
    TRACE_SPLIT,     /* up to its output arguments before it, the rest after */
    TRACE_RESUMED,   /* "<unfinished ...>" before, "<... name resumed>" after */
    TRACE_NO_RETURN, /* "= ?" before it: exit, exit_group */
} TraceStyle;

/* A call being traced: what its return needs to finish the line. */
typedef struct TraceCall {
    uint64_t nr;
    const char *name;
    const uint64_t *args;
    const char *letters;
    size_t split; /* arguments from here on are printed on return */
    TraceStyle style;
} TraceCall;

void strace_printf(TraceLine *line, const char *fmt, ...)
{
    size_t room = sizeof(line->text) - line->len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line->text + line->len, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        line->len += (size_t)n < room ? (size_t)n : room - 1;
}

static void line_write(Thread *thread, const TraceLine *line)
{
    FILE *out = log_stream(thread->process->log);
    fwrite(line->text, 1, line->len, out);
    fflush(out);
}

static const SyscallInfo *info_for(uint64_t nr)
{
    if (nr < ARRAY_LEN(syscall_info) && syscall_info[nr].name)
        return &syscall_info[nr];
    return NULL;
}

/* Arguments [from, to) of the call, comma separated; `comma` puts one
 * before the first too (the line goes on from earlier arguments). */
static void print_args(TraceLine *line, const TraceCall *call, size_t from, size_t to,
                       int64_t result, bool comma)
{
    for (size_t i = from; i < to; i++) {
        if (strace_arg_hidden(call->letters, i, call->args))
            continue;
        if (i > from || comma)
            strace_printf(line, ", ");
        strace_arg(line, call->letters, i, call->args, result);
    }
}

/* Calls that may wait for another process or for ever: their line is
 * begun before them, so that a hang shows where it hangs. (Writes can
 * block too, on a full pipe, but rarely: their lines stay whole.) */
static bool may_block(uint64_t nr)
{
    static const uint16_t calls[] = {
        SYS_read,         SYS_readv,           SYS_pread64,       SYS_recvfrom,
        SYS_recvmsg,      SYS_recvmmsg,        SYS_accept,        SYS_accept4,
        SYS_connect,      SYS_wait4,           SYS_waitid,        SYS_pause,
        SYS_nanosleep,    SYS_clock_nanosleep, SYS_futex,         SYS_poll,
        SYS_ppoll,        SYS_select,          SYS_pselect6,      SYS_epoll_wait,
        SYS_epoll_pwait,  SYS_epoll_pwait2,    SYS_rt_sigsuspend, SYS_rt_sigtimedwait,
        SYS_msgrcv,       SYS_semop,           SYS_semtimedop,    SYS_flock,
        SYS_io_getevents, SYS_io_uring_enter,
    };
    for (size_t i = 0; i < ARRAY_LEN(calls); i++)
        if (calls[i] == nr)
            return true;
    return false;
}

/* Split lines would interleave with another process's on the same log:
 * mark them "unfinished" then. */
static TraceStyle style_for(const Options *options, uint64_t nr)
{
    if (nr == SYS_exit || nr == SYS_exit_group)
        return TRACE_NO_RETURN;
    if (nr == SYS_execve || nr == SYS_execveat)
        return TRACE_RESUMED; /* the new program's lines follow at once */
    if (may_block(nr))
        return options->strace_shared ? TRACE_RESUMED : TRACE_SPLIT;
    return TRACE_AT_RETURN;
}

static void print_start(TraceLine *line, const TraceCall *call)
{
    strace_printf(line, "%lld ", (long long)raw_syscall(SYS_gettid, 0, 0, 0));
    if (call->name)
        strace_printf(line, "%s(", call->name);
    else
        strace_printf(line, "syscall_%#llx(", (unsigned long long)call->nr);
    print_args(line, call, 0, call->split, 0, false);
}

static void trace_enter(Thread *thread, TraceCall *call, uint64_t rax, const uint64_t args[6])
{
    static const char raw_letters[] = "xxxxxx";
    uint64_t nr = (uint32_t)rax; /* the kernel reads eax (os/syscall.c) */
    const SyscallInfo *info = info_for(nr);
    *call = (TraceCall){nr,   info ? info->name : NULL,
                        args, info ? info->letters : raw_letters,
                        0,    style_for(&thread->process->options, nr)};
    call->split = strcspn(call->letters, STRACE_OUT_LETTERS);
    if (call->style == TRACE_AT_RETURN)
        return;
    TraceLine line = {.len = 0};
    print_start(&line, call);
    if (call->style == TRACE_NO_RETURN)
        strace_printf(&line, ") = ?\n");
    else if (call->style == TRACE_RESUMED)
        strace_printf(&line, "%s<unfinished ...>\n",
                      call->split == strlen(call->letters) ? ") "
                      : call->split                        ? ", "
                                                           : "");
    line_write(thread, &line);
}

/* Calls whose result is an address. */
static bool returns_address(uint64_t nr)
{
    return nr == SYS_mmap || nr == SYS_mremap || nr == SYS_brk || nr == SYS_shmat;
}

static void print_result(TraceLine *line, uint64_t nr, int64_t result)
{
    if (SYSCALL_FAILED(result)) {
        int err = (int)-result;
        const char *name = strerrorname_np(err);
        if (name)
            strace_printf(line, " = -1 %s (%s)\n", name, strerror(err));
        else
            strace_printf(line, " = -1 errno %d\n", err);
    } else if (returns_address(nr)) {
        strace_printf(line, " = %#llx\n", (unsigned long long)result);
    } else {
        strace_printf(line, " = %lld\n", (long long)result);
    }
}

static bool creates_process(uint64_t nr)
{
    return nr == SYS_clone || nr == SYS_fork || nr == SYS_vfork || nr == SYS_clone3;
}

static void trace_exit(Thread *thread, const TraceCall *call, int64_t result)
{
    if (creates_process(call->nr) && result == 0)
        return; /* the child: its parent reports the call */
    TraceLine line = {.len = 0};
    if (call->style == TRACE_AT_RETURN)
        print_start(&line, call);
    if (call->style == TRACE_RESUMED)
        strace_printf(&line, "%lld <... %s resumed>", (long long)raw_syscall(SYS_gettid, 0, 0, 0),
                      call->name ? call->name : "syscall");
    size_t count = strlen(call->letters);
    bool comma = call->split > 0 && call->style != TRACE_RESUMED;
    print_args(&line, call, call->split, count, result, comma);
    if (call->style != TRACE_RESUMED || call->split < count)
        strace_printf(&line, ")"); /* else "<unfinished ...>" came after it */
    print_result(&line, call->nr, result);
    line_write(thread, &line);
}

/* After a fork both processes write to the log, and so do the programs
 * they exec (told by --strace-shared). */
static void note_fork(Process *process, uint64_t nr, int64_t result)
{
    if (!creates_process(nr) || SYSCALL_FAILED(result) || process->options.strace_shared)
        return;
    process->options.strace_shared = true;
    size_t n = 0;
    while (process->shunt_options[n])
        n++;
    process->shunt_options[n] = "--strace-shared"; /* remember_self left room */
}

int64_t os_observed_call(Thread *thread, SyscallHandler handler, uint64_t rax,
                         const uint64_t args[6])
{
    const Options *options = &thread->process->options;
    TraceCall call;
    if (options->strace)
        trace_enter(thread, &call, rax, args);
    uint64_t used[6];
    char path[PATH_MAX];
    memcpy(used, args, sizeof(used));
    if (options->prefix)
        os_prefix_arguments(options->prefix, (uint32_t)rax, used, path, sizeof(path));
    int64_t result = os_call(thread, handler, rax, used);
    if (options->strace) {
        trace_exit(thread, &call, result);
        note_fork(thread->process, call.nr, result);
    }
    return result;
}

/* A signal delivered to the guest, as strace shows it:
 *   PID --- SIGSEGV {si_signo=SIGSEGV, si_code=1, si_addr=0x10} --- */
void os_strace_signal(Thread *thread, const siginfo_t *info)
{
    if (!thread->process->options.strace)
        return;
    TraceLine line = {.len = 0};
    strace_printf(&line, "%lld --- ", (long long)raw_syscall(SYS_gettid, 0, 0, 0));
    strace_signal(&line, info->si_signo);
    strace_printf(&line, " {si_signo=");
    strace_signal(&line, info->si_signo);
    strace_printf(&line, ", si_code=%d", info->si_code);
    if (info->si_code > 0 && (OS_SYNC_SIGNALS & (1ULL << (info->si_signo - 1))))
        strace_printf(&line, ", si_addr=%p", info->si_addr);
    else if (info->si_code <= 0)
        strace_printf(&line, ", si_pid=%d, si_uid=%u", (int)info->si_pid, (unsigned)info->si_uid);
    strace_printf(&line, "} ---\n");
    line_write(thread, &line);
}
