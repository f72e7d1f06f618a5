/*
 * os: the Linux personality.
 *
 * PURPOSE: what the guest sees of the kernel. System calls that need
 * nothing pass straight through; those that would reveal or disturb Shunt
 * are emulated: brk (grown as the kernel's, from where the loader chose),
 * arch_prctl (the guest's FS/GS bases live in its context), exit/
 * exit_group, mmap/munmap/mprotect/mremap/madvise (tracked, so the
 * scanner knows what is executable; Shunt's own memory refused),
 * readlink of /proc/self/exe, signal actions (recorded: delivering guest
 * handlers is a later issue), rseq and clone3 (refused, as QEMU does),
 * clone/fork (a host fork), vfork (a host vfork), execve and execveat
 * (the new program runs under Shunt too), int 0x80 (ia32.c) and calls
 * into the vsyscall page, the process's own /proc files, personality; docs/os.md says
 * how each follows the kernel. Handlers return the value for rax or -errno.
 */
#ifndef SHUNT_OS_H
#define SHUNT_OS_H

#include "base/base.h"

#include <signal.h>

typedef struct GuestRegion {
    GuestAddr start, end;
    int prot; /* PROT_*, with PROT_GROWSDOWN for a MAP_GROWSDOWN mapping and
                 GUEST_SHARED for a shared one */
} GuestRegion;

/* In GuestRegion.prot: memory other mappings (here or in another process)
 * may write, a MAP_SHARED mapping or a SysV segment. A bit no PROT_* uses. */
#define GUEST_SHARED 0x10000000

/* The guest's memory map: which ranges hold executable code, and which
 * are the guest's at all (any other mapped page is Shunt's). Sorted,
 * non-overlapping. */
typedef struct GuestMap {
    GuestRegion *regions;
    size_t count, capacity;
} GuestMap;

typedef struct GuestSigaction {
    uint64_t handler, flags, restorer, mask;
} GuestSigaction;

/* What /proc/self/stat shows of the memory layout (fields 26-28 and
 * 45-51): the kernel's values describe Shunt, these the guest. */
typedef struct GuestLayout {
    GuestAddr start_code, end_code, start_stack;
    GuestAddr start_data, end_data, start_brk;
    GuestAddr arg_start, arg_end, env_start, env_end;
} GuestLayout;

typedef struct OsState {
    GuestAddr brk_start, brk_current; /* [brk_start, PAGE_UP(brk_current)) is mapped */
    GuestMap map;
    GuestSigaction sigactions[65];
    const char *guest_path; /* absolute path of the program */
    int exe_fd;             /* the program, O_RDONLY, hidden from the guest; -1 if none */
    uint64_t exe_dev;       /* its st_dev and st_ino: opening it to write is ETXTBSY */
    uint64_t exe_ino;
    uint64_t *auxv; /* the guest's auxv as on its initial stack, AT_NULL included */
    size_t auxv_bytes;
    GuestLayout layout;        /* for /proc/self/stat */
    GuestAddr task_size_max;   /* FS/GS bases from here up are refused (EPERM) */
    uint32_t personality;      /* the guest's persona (READ_IMPLIES_EXEC matters) */
    bool x32_enabled;          /* the kernel runs x32 system calls */
    size_t xstate_size;        /* bytes of XSAVE state of XCR0's features (CPUID 0xD) */
    uint64_t stack_extra;      /* RLIMIT_STACK bytes Shunt adds for its part of [stack] */
    uint64_t guest_stack_soft; /* the soft RLIMIT_STACK the guest sees (limits.c) */
} OsState;

typedef struct Thread Thread;

/* A signal Shunt has taken from the kernel for the guest and not yet
 * delivered: its siginfo as the kernel gave it (si_addr already the
 * guest's), and for a fault what the kernel puts in the frame's trapno,
 * err and cr2. */
typedef struct OsHeldSignal {
    siginfo_t info;
    bool fault;       /* raised by the instruction at the guest rip: synchronous */
    bool resume_flag; /* a fault (not a trap): the saved rflags have RF set */
    uint64_t trapno, err, cr2;
} OsHeldSignal;

/* Signals sent to a blocked synchronous-class signal (SIGSEGV by kill())
 * wait here: Shunt never blocks those on the host (os/signals.c). */
#define OS_QUEUED_SIGNALS 8

/* The guest's per-thread signal state: what the kernel keeps per task. */
typedef struct OsThreadSignals {
    uint64_t blocked;      /* the guest's signal mask (bit n-1: signal n) */
    uint64_t saved_mask;   /* sigsuspend's mask to restore, when saved_mask_valid */
    bool saved_mask_valid; /* a frame built now stores saved_mask, then it returns */
    bool holding;          /* `held` is set, the host mask holds async signals back */
    OsHeldSignal held;     /* the one signal Shunt holds for delivery */
    OsHeldSignal queued[OS_QUEUED_SIGNALS];
    size_t queued_count;
    GuestAddr altstack_sp; /* sigaltstack: sas_ss_sp, sas_ss_size, sas_ss_flags */
    uint64_t altstack_size;
    uint32_t altstack_flags;
    uint64_t trapno, err, cr2; /* the last fault's, as the kernel keeps them per task */
} OsThreadSignals;

/* The bytes of a file the kernel reads to choose its binary handler
 * (BINPRM_BUF_SIZE): a "#!" line longer than this is refused. */
#define OS_BINPRM_BUF 256

/* A program as execve would run it, after "#!" interpreters. */
typedef struct OsProgram {
    const char *path; /* the file to load: the innermost interpreter */
    int argc;
    char **argv;                  /* malloc'd, NULL-terminated (NULL if none was given) */
    char lines[6][OS_BINPRM_BUF]; /* the "#!" lines argv and path point into */
} OsProgram;

/*
 * Shunt is dynamically linked, so its own ld.so would act on the guest's
 * LD_* variables (LD_PRELOAD, LD_TRACE_LOADED_OBJECTS, ...) when execve
 * re-executes Shunt. They travel escaped instead, OS_ENV_ESCAPE in front
 * (as do variables that already begin with it, so that the escape can be
 * undone exactly); os_env_unescape strips one prefix from each entry of
 * Shunt's environment at start-up, before the guest's stack is built.
 */
#define OS_ENV_ESCAPE "SHUNT_ESCAPED_"
void os_env_unescape(char **envp);

/*
 * Follows "#!" interpreters from `path` as the kernel's binfmt_script does:
 * each level replaces argv[0] with the interpreter, its optional argument
 * and the script's path; at most 5 levels, ELOOP beyond. `strict` (execve)
 * checks every file as the kernel would (its errno; ENOEXEC for a file that
 * is neither ELF nor script); otherwise (start-up) the walk stops at the
 * first file that is not a readable script, for the loader to judge, and
 * only ELOOP is an error. With `argv` NULL, only checks. 0 or -errno.
 */
int64_t os_exec_resolve(const char *path, char *const *argv, int argc, bool strict,
                        OsProgram *program);

/* The guest's protection of the page at `addr` (PROT_READ|WRITE|EXEC
 * bits), or -1 if the guest has nothing mapped there. */
int os_guest_prot(const OsState *os, GuestAddr addr);

/* Whether the page at `addr` is a shared mapping the guest may execute:
 * its bytes can change through another view, with no write to this one. */
bool os_guest_shared_code(const OsState *os, GuestAddr addr);

/* Sets up the guest memory map from the loaded image, stack and vDSO. */
void os_init(Thread *thread);

/* Performs the system call in thread->ctx (number in rax, arguments in
 * rdi, rsi, rdx, r10, r8, r9), leaving the result in ctx.rax and the
 * registers the hardware clobbers (rcx = next rip, r11 = rflags) set. */
void os_syscall(Thread *thread);

/* Performs the 32-bit system call (`int 0x80`) in thread->ctx: number in
 * eax, arguments in ebx, ecx, edx, esi, edi, ebp; the result in rax, every
 * other register kept (os/ia32.c). False if a held signal came first: the
 * call did not run, and runs again after the handler. */
bool os_syscall_ia32(Thread *thread);

/* The legacy vsyscall page (0xffffffffff600000), where the kernel emulates
 * calls to its three entries. */
#define OS_VSYSCALL_PAGE 0xffffffffff600000ULL
static inline bool os_in_vsyscall_page(GuestAddr rip)
{
    return (rip & ~0xfffULL) == OS_VSYSCALL_PAGE;
}
/* Execution reached `rip` in the vsyscall page: does what the kernel's
 * emulation does (the call, then a `ret`) and returns the rip to go on at,
 * or raises SIGSEGV as the kernel does (not an entry, a bad stack or a bad
 * pointer). */
GuestAddr os_vsyscall(Thread *thread, GuestAddr rip);

/* The seccomp filters a guest had at its execve, as os/seccomp.c encoded
 * them for the new Shunt (--seccomp-filters): false if malformed. */
bool os_seccomp_restore(Thread *thread, const char *encoded);

/* The guest executed an instruction that faults natively (Shunt's code
 * found out, not the hardware): ctx.rip becomes `rip`, and the signal is
 * delivered as the kernel would deliver it, with the siginfo and
 * trapno/err of that fault; the guest resumes in its handler or dies of
 * the signal. Does not return (the dispatcher's stack is left). */
__attribute__((noreturn)) void os_raise_fault(Thread *thread, int signo, GuestAddr rip);
/* The instruction at `rip` raised #GP(0) (SIGSEGV, SI_KERNEL): as
 * os_raise_fault. */
__attribute__((noreturn)) void os_raise_general_protection(Thread *thread, GuestAddr rip);
/* True if the CPU takes `addr` as an address (48 or 57 bits, sign-extended). */
bool os_canonical(const OsState *os, GuestAddr addr);
/* The instruction at `rip` could not access [addr, addr + len) (Shunt's
 * emulation found out): the page fault, or for a non-canonical address the
 * general-protection fault, the CPU would raise; as os_raise_fault. */
__attribute__((noreturn)) void os_raise_memory_fault(Thread *thread, GuestAddr rip, GuestAddr addr,
                                                     size_t len, bool write);

/* ---- signals (os/signals.c, os/sigframe.c) ---- */

/* The signals whose faults Shunt must always see (never blocked on the
 * host): SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV. */
#define OS_SYNC_SIGNALS                                                                            \
    ((1ULL << (SIGILL - 1)) | (1ULL << (SIGTRAP - 1)) | (1ULL << (SIGBUS - 1)) |                   \
     (1ULL << (SIGFPE - 1)) | (1ULL << (SIGSEGV - 1)))

/* Records the guest's signal state at start-up: the mask and actions
 * inherited through execve (os_init). */
void os_signals_init(Thread *thread);
/* Installs the host handlers and mask for the thread's task, when GS
 * points at its Thread (dispatch_run). */
void os_signals_start(Thread *thread);
/* A fault of a guest instruction: held for delivery (pending flag set). */
void os_signal_hold_fault(Thread *thread, const siginfo_t *info, uint64_t trapno, uint64_t err,
                          uint64_t cr2, bool resume_flag);
/* The host mask of a new thread's task is its guest mask (dispatch). */
void os_signals_thread_start(Thread *thread);
/* An asynchronous signal reached the host handler: true if it is now held
 * for delivery (the caller holds others back in the kernel and makes the
 * guest leave the cache), false if it was queued or dropped. */
bool os_signal_hold_async(Thread *thread, const siginfo_t *info);
/* The host mask while a signal is held: every signal but the synchronous
 * ones (their faults must still reach Shunt). */
uint64_t os_signal_hold_mask(void);
/* Delivers the held signal to the guest (thread->ctx at the point of
 * delivery: its frame, its handler, its mask), or carries out its default
 * action. Clears the pending flag. */
void os_signal_deliver(Thread *thread);
/* A system call interrupted before it ran because a signal is held: the
 * guest goes back to its syscall instruction and runs it again after the
 * handler (the kernel's restart). Returned by os_safe_syscall. */
#define OS_ERESTART_GUEST 512

/* Guest memory as the kernel's copy_from_user/copy_to_user see it (the
 * guest's own view of what is readable and writable): 0, or -EFAULT where
 * the kernel would answer EFAULT. Never a fault inside Shunt. */
int64_t os_guest_read(void *dst, GuestAddr src, size_t len);
int64_t os_guest_write(GuestAddr dst, const void *src, size_t len);

/* Bytes from `addr` on that are executable guest memory (ScanExecutableBytes). */
size_t os_executable_bytes(void *process, GuestAddr addr);

/* Records [start, end) with `prot` in the map, replacing what was there. */
void os_map_set(GuestMap *map, GuestAddr start, GuestAddr end, int prot);
/* Removes [start, end) from the map. */
void os_map_clear(GuestMap *map, GuestAddr start, GuestAddr end);
/* The region containing `addr`, or NULL. */
const GuestRegion *os_map_find(const GuestMap *map, GuestAddr addr);

#endif
