/*
 * os_internal.h: the system-call handler type and the handlers, private
 * to src/os/. A handler gets the thread and the six argument registers and
 * returns the value for rax (or -errno). Arguments the kernel declares
 * `int` are read from the low 32 bits (the kernel truncates them too).
 */
#ifndef SHUNT_OS_INTERNAL_H
#define SHUNT_OS_INTERNAL_H

#include "dispatch/dispatch.h"
#include "os/os.h"

/* A raw result in -4095..-1 is -errno; anything else (addresses) succeeded. */
#define SYSCALL_FAILED(r) ((uint64_t)(r) > (uint64_t)-4096)

/* The bit that marks an x32 system-call number (__X32_SYSCALL_BIT). */
#define X32_SYSCALL_BIT 0x40000000u

typedef int64_t (*SyscallHandler)(Thread *thread, const uint64_t args[6]);

/* syscall.c: runs the call, by its handler or else the kernel's. */
int64_t os_call(Thread *thread, SyscallHandler handler, uint64_t rax, const uint64_t args[6]);

/* strace.c: with -strace, a line for a signal delivered to the guest. */
void os_strace_signal(Thread *thread, const siginfo_t *info);

/* strace.c: os_call with -strace's line around it and -L's paths. */
int64_t os_observed_call(Thread *thread, SyscallHandler handler, uint64_t rax,
                         const uint64_t args[6]);

/* prefix.c: for -L, replaces the absolute path argument of the calls
 * that look paths up (open, stat, access, readlink families) by its
 * copy under `prefix` when that exists there; the copy lives in buf. */
void os_prefix_arguments(const char *prefix, uint32_t nr, uint64_t args[6], char *buf, size_t size);

/* syscall.c: the handler of 64-bit call `nr`, or NULL if it passes through. */
SyscallHandler os_syscall_handler(uint32_t nr);

/* mm.c */
int64_t os_sys_brk(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mmap(Thread *thread, const uint64_t args[6]);
int64_t os_sys_munmap(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mprotect(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mremap(Thread *thread, const uint64_t args[6]);
int64_t os_sys_madvise(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mseal(Thread *thread, const uint64_t args[6]);
#ifndef SYS_mseal
#define SYS_mseal 462 /* Linux 6.10; glibc 2.36 has no name for it */
#endif
int64_t os_sys_pkey_mprotect(Thread *thread, const uint64_t args[6]);

/* shm.c */
int64_t os_sys_shmat(Thread *thread, const uint64_t args[6]);
int64_t os_sys_shmdt(Thread *thread, const uint64_t args[6]);

/* vmas.c: the kernel's view of the address space. */
/* The text of a /proc file of ours (maps, smaps), malloc'd and
 * NUL-terminated, its length in *len; NULL if it cannot be read. */
char *os_kernel_maps(const char *path, size_t *len);
/* The address range of a maps/smaps header line; false for other lines. */
bool os_maps_line_range(const char *line, GuestAddr *start, GuestAddr *end);
/* True if a page of [start, end) is mapped but not the guest's (Shunt's
 * memory). May extend grows-down regions to what the kernel shows. */
bool os_map_foreign(GuestMap *map, GuestAddr start, GuestAddr end);
/* Index of the first region of the map that ends after `addr`. */
size_t os_map_first_after(const GuestMap *map, GuestAddr addr);
/* Extends the map's grows-down regions to the kernel's vmas in `maps`. */
void os_map_sync(GuestMap *map, const char *maps);
/* The end of the part of [start, end) the map covers without a gap from
 * `start` on (start itself if `start` is not covered). */
GuestAddr os_map_covered_end(const GuestMap *map, GuestAddr start, GuestAddr end);
/* Gives the regions inside [start, end) protection `prot`, keeping their
 * grows-down mark; gaps stay gaps. */
void os_map_protect(GuestMap *map, GuestAddr start, GuestAddr end, int prot);

/* process.c */
int64_t os_sys_exit(Thread *thread, const uint64_t args[6]);
int64_t os_sys_exit_group(Thread *thread, const uint64_t args[6]);
int64_t os_sys_arch_prctl(Thread *thread, const uint64_t args[6]);
int64_t os_sys_clone(Thread *thread, const uint64_t args[6]);
int64_t os_sys_clone3(Thread *thread, const uint64_t args[6]);
int64_t os_sys_set_tid_address(Thread *thread, const uint64_t args[6]);
int64_t os_sys_fork(Thread *thread, const uint64_t args[6]);
int64_t os_sys_vfork(Thread *thread, const uint64_t args[6]);
int64_t os_sys_personality(Thread *thread, const uint64_t args[6]);
int64_t os_sys_enosys(Thread *thread, const uint64_t args[6]);
/* The protection the kernel gives a mapping asked for with `prot`: with
 * READ_IMPLIES_EXEC, readable means executable (except file mappings
 * from a noexec mount: `fd` is the mapping's file, -1 if anonymous). */
int os_effective_prot(const OsState *os, int prot, int fd);

/* exec.c */
int64_t os_sys_execve(Thread *thread, const uint64_t args[6]);
int64_t os_sys_execveat(Thread *thread, const uint64_t args[6]);
/* The 32-bit forms (int 0x80): argv and envp are arrays of 32-bit pointers. */
int64_t os_sys_execve_ia32(Thread *thread, const uint64_t args[6]);
int64_t os_sys_execveat_ia32(Thread *thread, const uint64_t args[6]);

/* files.c */
int64_t os_sys_readlink(Thread *thread, const uint64_t args[6]);
int64_t os_sys_readlinkat(Thread *thread, const uint64_t args[6]);
int64_t os_sys_open(Thread *thread, const uint64_t args[6]);
int64_t os_sys_openat(Thread *thread, const uint64_t args[6]);
int64_t os_sys_openat2(Thread *thread, const uint64_t args[6]);
int64_t os_sys_creat(Thread *thread, const uint64_t args[6]);
int64_t os_sys_close(Thread *thread, const uint64_t args[6]);
int64_t os_sys_close_range(Thread *thread, const uint64_t args[6]);
int64_t os_sys_dup2(Thread *thread, const uint64_t args[6]);
int64_t os_sys_dup3(Thread *thread, const uint64_t args[6]);

/* signals.c */
int64_t os_sys_rt_sigaction(Thread *thread, const uint64_t args[6]);
int64_t os_sys_rt_sigprocmask(Thread *thread, const uint64_t args[6]);
int64_t os_sys_rt_sigpending(Thread *thread, const uint64_t args[6]);
int64_t os_sys_rt_sigsuspend(Thread *thread, const uint64_t args[6]);
int64_t os_sys_sigaltstack(Thread *thread, const uint64_t args[6]);
int64_t os_sys_ppoll(Thread *thread, const uint64_t args[6]);
int64_t os_sys_pselect6(Thread *thread, const uint64_t args[6]);
int64_t os_sys_epoll_pwait(Thread *thread, const uint64_t args[6]);
int64_t os_sys_epoll_pwait2(Thread *thread, const uint64_t args[6]);
/* The host mask for the thread's guest mask (or the hold mask). */
uint64_t os_signal_host_mask(const Thread *thread);
void os_signal_update_host_mask(Thread *thread);
/* A held signal this thread will not deliver goes back to the kernel. */
void os_signal_give_back(const OsHeldSignal *held);
/* An exiting thread's held signals go back to the process (signals.c). */
void os_signals_thread_exit(Thread *thread);
/* Sets the guest's mask (and the host's), releasing queued signals. */
void os_signal_set_blocked(Thread *thread, uint64_t blocked);
/* Holds the first queued signal the guest no longer blocks, if none is held. */
void os_signal_release_queued(Thread *thread);
/* Gives `sig` the handler SIG_DFL (flags and mask kept, as SA_RESETHAND
 * does), for the guest and on the host. */
void os_signal_reset_action(Thread *thread, int sig);
/* sigaltstack for a guest whose stack pointer is `sp` (the kernel's
 * do_sigaltstack): 0 or -errno. */
int64_t os_signal_sigaltstack(Thread *thread, GuestAddr new_addr, GuestAddr old_addr, GuestAddr sp);
/* The kernel's on_sig_stack(sp) and sas_ss_flags(sp). */
bool os_signal_on_altstack(const OsThreadSignals *ts, GuestAddr sp);
int os_signal_altstack_state(const OsThreadSignals *ts, GuestAddr sp);

/* Around an execve: the host actions the kernel must carry across it
 * (`before`), then Shunt's again (the exec failed). */
void os_signals_exec(Thread *thread, bool before);

/* limits.c: RLIMIT_STACK without Shunt's part of the process stack. */
void os_limits_init(OsState *os, uint64_t shunt_above);
/* Around an execve: the guest's own stack limit (`before`), then the
 * raised one again (the exec failed). */
void os_limits_exec(Thread *thread, bool before);
int64_t os_sys_prlimit64(Thread *thread, const uint64_t args[6]);
int64_t os_sys_getrlimit(Thread *thread, const uint64_t args[6]);
int64_t os_sys_setrlimit(Thread *thread, const uint64_t args[6]);

/* sigframe.c */
int64_t os_sys_rt_sigreturn(Thread *thread, const uint64_t args[6]);

/* procfs.c: the process's own /proc files, as the guest must see them. */
typedef enum ProcFile {
    PROC_NONE, /* not one of ours: the kernel answers */
    PROC_EXE,
    PROC_CMDLINE,
    PROC_AUXV,
    PROC_MAPS,
    PROC_STAT,
    PROC_SMAPS,
    PROC_ENVIRON,
} ProcFile;
/* Which of the files above `path` names, relative to `dirfd` (or the cwd
 * for AT_FDCWD): /proc/self, /proc/thread-self, /proc/<pid> and
 * /proc/<pid>/task/<tid> of this process, reached by any spelling. */
ProcFile os_proc_file(int dirfd, const char *path);
/* Opens the guest's view of `file` (not PROC_NONE, not PROC_EXE). */
int64_t os_proc_open(Thread *thread, ProcFile file, int flags);
/* A memfd holding `data`, positioned at its start (O_CLOEXEC in `flags`
 * makes it close-on-exec). */
int64_t os_proc_memfd(const char *name, const void *data, size_t len, int flags);
/* maps.c: the kernel's maps or smaps (`path`) as the guest must see them:
 * its own mappings only, as a memfd. */
int64_t os_proc_open_maps(Thread *thread, const char *path, int flags);
/* The text of the guest's /proc/self/exe link into buf (NUL-terminated):
 * its length, or -errno. */
int64_t os_proc_exe_link(const OsState *os, char *buf, size_t size);
/* A path the kernel opens as the guest's program ("/proc/self/fd/N" of
 * the exe fd, or its path if there is none), in buf. */
const char *os_proc_exe_path(const OsState *os, char *buf, size_t size);

/* startup.c */
/* Records the views above and probes the kernel (called by os_init). */
void os_init_views(Thread *thread);
/* The lowest fd number the hidden exe fd may take. */
int os_exe_fd_base(void);

/* Copies the guest's NUL-terminated string at addr into buf (size bytes):
 * 0, -EFAULT, or -ENAMETOOLONG. */
int64_t os_guest_string(GuestAddr addr, char *buf, size_t size);

/* Ends the process with `status` after flushing Shunt's logs, with
 * exit_group, or with exit (`group` false: only the calling thread ends,
 * and no other system call is made on the way). */
__attribute__((noreturn)) void os_exit_process(Thread *thread, int status, bool group);

/* process.c: ends the calling guest thread as exit does, or (`killed_by`
 * SIGKILL or SIGSYS) as the kernel kills a thread that breaks seccomp's
 * strict mode or a filter's KILL_THREAD. */
__attribute__((noreturn)) void os_thread_exit(Thread *thread, int status, int killed_by);

/* sigframe.c: the process dies of `sig` (its default action, forced). */
__attribute__((noreturn)) void os_die_of(Thread *thread, int sig);

/* seccomp.c: strict mode and filters, kept by Shunt. */
int64_t os_sys_prctl(Thread *thread, const uint64_t args[6]);
int64_t os_sys_seccomp(Thread *thread, const uint64_t args[6]);

/* seccomp.c: the guest's filters, kept by Shunt. A guest system call as
 * its seccomp_data shows it (`rax` the register as it was). */
typedef struct OsSyscallData {
    uint32_t nr, arch;
    uint64_t ip; /* the instruction after the call's */
    const uint64_t *args;
    uint64_t rax;
} OsSyscallData;
/* Checks a guest call first, against the thread's strict mode or its
 * filters: true if the call goes on; false with *result for rax if it
 * does not (an errno, or SIGSYS held for delivery); a call that kills
 * does not return. Inline, as almost no thread has either. */
bool os_seccomp_decide(Thread *thread, const OsSyscallData *call, int64_t *result);
static inline bool os_seccomp_allows(Thread *thread, const OsSyscallData *call, int64_t *result)
{
    if (__builtin_expect(!thread->seccomp_strict &&
                             !__atomic_load_n(&thread->seccomp_filters, __ATOMIC_RELAXED),
                         1))
        return true;
    return os_seccomp_decide(thread, call, result);
}
/* Before the host's execve of a program that runs natively (or whose
 * filters are too long to pass): the filters go to the kernel, as they
 * must bind the new program (and then its Shunt). */
void os_seccomp_exec(Thread *thread);
/* The thread's filters as a string for the new Shunt's --seccomp-filters
 * (malloc'd), or NULL: none, or too long for an argument. */
char *os_seccomp_encode(Thread *thread);

#endif
