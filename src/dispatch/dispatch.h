/*
 * dispatch: the Thread and Process contexts, the context switch and the
 * dispatcher.
 *
 * PURPOSE: the dispatcher is the loop of DynamoRIO's shape: come back from
 * the cache with a reason, find (or scan and translate) the next block,
 * link it to where we came from, enter it again. Generated code reaches the
 * current Thread through GS (layout.h); Shunt's C code gets it as its first
 * argument. Process holds everything shared by the threads of the process.
 */
#ifndef SHUNT_DISPATCH_H
#define SHUNT_DISPATCH_H

#include "base/base.h"
#include "cache/cache.h"
#include "dispatch/layout.h"
#include "loader/loader.h"
#include "log/log.h"
#include "os/os.h"
#include "scan/scan.h"

#include <pthread.h>
#include <setjmp.h>

typedef struct GuestContext {
    uint64_t rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi;
    uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
    uint64_t rip, rflags, fsbase, gsbase;
} GuestContext;

typedef struct Options {
    uint32_t log_items; /* LOG_* bits */
    const char *log_file;
    bool stats;
    bool chaining;          /* false with -d nochain */
    const char *argv0;      /* -0: argv[0] for the guest, NULL: the program path */
    bool strace;            /* -strace: every guest system call on the log */
    bool log_append;        /* --log-append: an exec'd Shunt adds to the -D file */
    bool strace_shared;     /* other processes write -strace lines to the same log */
    const char *prefix;     /* -L: where the interpreter and absolute paths are looked up first */
    const char **env_edits; /* -E VAR=value and -U VAR, in order (main.c applies them) */
    size_t env_edit_count;
    bool no_follow_exec;         /* --no-follow-exec: exec'd programs run natively */
    const char *execfn;          /* --execfn (from execveat): AT_EXECFN, NULL: the program path */
    const char *seccomp_filters; /* --seccomp-filters: the guest's, across its execve */
    size_t cache_size;           /* --cache-size: the code cache's most, in bytes */
} Options;

typedef struct Process {
    Options options;
    LoadedImage image;
    StackInfo stack;
    Cache *cache;
    Log *log;
    Stats stats;
    OsState os;
    ScannedBlock *scan_buffer; /* the block being scanned (under the dispatcher) */
    char *shunt_path;          /* Shunt's own executable, to re-execute on execve */
    char **shunt_options;      /* argv of Shunt before the program name, NULL-ended */
    /*
     * The process lock (DESIGN.md decision 16): held by a thread that
     * scans, translates, links or predicts, and around the system calls
     * that change what the threads share (the guest memory map, signal
     * actions, limits: os/syscall.c). Never held while guest code runs or
     * while a call blocks, so threads that only run translated code never
     * wait on it. dispatch_lock/dispatch_unlock take it.
     */
    pthread_mutex_t lock;
    uint32_t live_threads;   /* guest threads not yet exited (atomic) */
    int32_t tid_offset;      /* of the tid in glibc's struct pthread, -1: unknown */
    uint32_t tid_candidates; /* offsets still to confirm (dispatch/thread.c) */
    int32_t tid_candidate[8];
    struct Thread *spare_threads; /* Thread blocks of exited threads, for reuse (under lock) */
    struct Thread *threads;       /* every Thread block made, live or spare (under lock) */
    uint32_t protected_pages;     /* pages write-protected for their code now (atomic) */
    bool membarrier;      /* registered for MEMBARRIER_CMD_PRIVATE_EXPEDITED (a flush's fence) */
    uint64_t flush_epoch; /* cache flushes so far (written under the lock, read by the resume) */
    /* A filter of the pages protected since protected_pages was last 0:
     * bit (page number mod 4096) set when a page is protected (atomic).
     * Read without the lock before each system call: a clear bit means
     * no argument page needs the lock's look. */
    uint64_t protected_filter[64];
} Process;

/* The per-thread block GS points at. The hot fields come first at the
 * offsets of layout.h (checked below); the inline lookup table and the
 * xsave area follow. Allocated page-aligned with dispatch_thread_new. */
typedef struct Thread {
    struct Thread *self;
    uint64_t slot_rax, slot_rcx, slot_rdx, slot_scratch;
    uint64_t exit_arg;
    uint32_t exit_kind, pad0;
    uint8_t *jump_target;
    uint64_t host_rsp;
    uint64_t host_fsbase;
    void *routine_exit;
    void *routine_miss;
    uint64_t xsave_mask;
    uint64_t has_fsgsbase;
    Process *process;
    void *routine_site_miss;
    IndirectSite *exit_site;
    uint64_t slot_scratch2;
    bool stepping; /* running one instruction for the guest's trap flag (C only) */
    void *routine_exit_direct;
    uint32_t signal_pending; /* a signal is held: deliver before guest code runs */
    uint32_t pad1;
    Block *step_block;      /* the stepping block last built (not in the block table) */
    uint8_t *host_altstack; /* Shunt's signal stack for this thread */
    Block *exit_from;       /* the block whose table lookup missed (its stub sets it) */
    void *routine_from_miss;
    uint32_t in_cache;       /* the flush's wait (dispatch.c "A full cache") */
    uint32_t fence_on_entry; /* no membarrier: the resume fences (switch.S) */
    Block *target_block;     /* the block jump_target enters */
    /* Reclaiming a flush's records (dispatch.c): the thread holds none of
     * those flushed up to seen_epoch, nor any while in_syscall, nor any
     * once gone. */
    const uint64_t *epoch_source;
    uint64_t seen_epoch;
    uint32_t in_syscall;
    uint8_t pad2[T_CTX - 0xEC];
    GuestContext ctx;
    uint8_t pad3[T_XSAVE - T_CTX - CTX_SIZE];
    _Alignas(64) uint8_t xsave[T_XSAVE_SIZE];
    uint8_t pad4[T_IBL - T_XSAVE - T_XSAVE_SIZE];
    struct {
        uint64_t key;   /* 0 - guest rip */
        uint8_t *value; /* the block's lookup entry */
    } ibl[IBL_ENTRIES];
    OsThreadSignals signals; /* the guest's signal state (C only) */
    /* The rest is dispatch/thread.c's (C only). */
    uint32_t tid;        /* the host task's (and so the guest thread's) id */
    bool leader;         /* the process's first task: it ends with a raw exit */
    bool vfork_child;    /* a vfork's child: its own process on the parent's Process */
    bool seccomp_strict; /* in seccomp's strict mode (os/seccomp.c) */
    bool gone;           /* the guest thread has exited (its block may wait for reuse) */
    struct OsSeccompFilter *seccomp_filters; /* the guest's filters, newest first (os/seccomp.c) */
    uint32_t lock_depth;          /* dispatch_lock held (checked where C stacks are dropped) */
    GuestAddr clear_tid;          /* CLONE_CHILD_CLEARTID / set_tid_address: zeroed at exit */
    struct SpawnWait *spawn_wait; /* the parent waits for the new task's set-up, or NULL */
    uint32_t spawn_done;          /* futex word: the parent's clone has returned */
    uint64_t clone_flags;         /* the guest's clone flags, for the new thread's set-up */
    GuestAddr parent_tid_ptr;     /* CLONE_PARENT_SETTID's word */
    GuestAddr child_tid_ptr;      /* CLONE_CHILD_SETTID's and CLONE_CHILD_CLEARTID's word */
    jmp_buf exit_jump;            /* where a non-leader thread leaves the guest for good */
    struct Thread *next_spare;
    struct Thread *next_thread; /* in process->threads */
    struct {
        siginfo_t info; /* the guest's siginfo of a write fault in the cache */
        uint64_t trapno, err, cr2;
        bool resume_flag;
    } write_fault;
} Thread;

_Static_assert(offsetof(Thread, slot_rax) == T_SLOT_RAX, "layout");
_Static_assert(offsetof(Thread, slot_rcx) == T_SLOT_RCX, "layout");
_Static_assert(offsetof(Thread, slot_rdx) == T_SLOT_RDX, "layout");
_Static_assert(offsetof(Thread, slot_scratch) == T_SLOT_SCRATCH, "layout");
_Static_assert(offsetof(Thread, exit_arg) == T_EXIT_ARG, "layout");
_Static_assert(offsetof(Thread, exit_kind) == T_EXIT_KIND, "layout");
_Static_assert(offsetof(Thread, jump_target) == T_JUMP_TARGET, "layout");
_Static_assert(offsetof(Thread, host_rsp) == T_HOST_RSP, "layout");
_Static_assert(offsetof(Thread, host_fsbase) == T_HOST_FSBASE, "layout");
_Static_assert(offsetof(Thread, routine_exit) == T_ROUTINE_EXIT, "layout");
_Static_assert(offsetof(Thread, routine_miss) == T_ROUTINE_MISS, "layout");
_Static_assert(offsetof(Thread, xsave_mask) == T_XSAVE_MASK, "layout");
_Static_assert(offsetof(Thread, has_fsgsbase) == T_HAS_FSGSBASE, "layout");
_Static_assert(offsetof(Thread, routine_site_miss) == T_ROUTINE_SITE_MISS, "layout");
_Static_assert(offsetof(Thread, exit_site) == T_EXIT_SITE, "layout");
_Static_assert(offsetof(Thread, slot_scratch2) == T_SLOT_SCRATCH2, "layout");
_Static_assert(offsetof(Thread, routine_exit_direct) == T_ROUTINE_EXIT_DIRECT, "layout");
_Static_assert(offsetof(Thread, signal_pending) == T_SIGNAL_PENDING, "layout");
_Static_assert(offsetof(Thread, host_altstack) == 0xB0, "layout");
_Static_assert(offsetof(Thread, epoch_source) == T_EPOCH_SOURCE, "layout");
_Static_assert(offsetof(Thread, seen_epoch) == T_SEEN_EPOCH, "layout");
_Static_assert(offsetof(Thread, in_syscall) == T_IN_SYSCALL, "layout");
_Static_assert(offsetof(Thread, exit_from) == T_EXIT_FROM, "layout");
_Static_assert(offsetof(Thread, routine_from_miss) == T_ROUTINE_FROM_MISS, "layout");
_Static_assert(offsetof(Thread, in_cache) == T_IN_CACHE, "layout");
_Static_assert(offsetof(Thread, target_block) == T_TARGET_BLOCK, "layout");
_Static_assert(offsetof(Thread, fence_on_entry) == T_FENCE_ON_ENTRY, "layout");
_Static_assert(offsetof(Block, dead) == BLOCK_DEAD, "layout");
_Static_assert(offsetof(Thread, ctx) == T_CTX, "layout");
_Static_assert(offsetof(GuestContext, rsp) == CTX_RSP, "layout");
_Static_assert(offsetof(GuestContext, r15) == CTX_R15, "layout");
_Static_assert(offsetof(GuestContext, rip) == CTX_RIP, "layout");
_Static_assert(offsetof(GuestContext, rflags) == CTX_RFLAGS, "layout");
_Static_assert(offsetof(GuestContext, fsbase) == CTX_FSBASE, "layout");
_Static_assert(sizeof(GuestContext) == CTX_SIZE, "layout");
_Static_assert(offsetof(Thread, xsave) == T_XSAVE, "layout");
_Static_assert(offsetof(Thread, ibl) == T_IBL, "layout");
_Static_assert(sizeof(((Thread *)0)->ibl[0]) == 16, "layout");

/* A thread block for `process`, GS not yet pointed at it. */
Thread *dispatch_thread_new(Process *process);

/* The process lock (see Process). Shunt's C code that holds it must not
 * leave its stack (dispatch_resume, a raised fault) before unlocking. */
void dispatch_lock(Thread *thread);
void dispatch_unlock(Thread *thread);

/* Adds `n` to a statistics counter that several threads may update; only
 * with --stats, so that threads going through the dispatcher (a system
 * call each) do not all write one shared cache line for nothing. */
#define STAT_ADD(process, field, n)                                                                \
    do {                                                                                           \
        if ((process)->options.stats)                                                              \
            __atomic_fetch_add(&(process)->stats.field, (n), __ATOMIC_RELAXED);                    \
    } while (0)

/*
 * Guest threads (dispatch/thread.c). dispatch_thread_spawn starts a host
 * thread that runs the guest from `child` (its context, extended state
 * and signal mask already set by the caller, os/process.c): it writes the
 * CLONE_PARENT_SETTID and CLONE_CHILD_SETTID words, keeps the
 * CLONE_CHILD_CLEARTID one, and unshares what `flags` does not share
 * (files, fs, SysV semaphores), before the caller gets its tid (or -errno).
 * dispatch_thread_alloc gives a block for the child, with its guest state
 * to fill in (a spare one when a thread has exited).
 */
Thread *dispatch_thread_alloc(Process *process);
int64_t dispatch_thread_spawn(Thread *parent, Thread *child, uint64_t flags,
                              GuestAddr parent_tid_ptr, GuestAddr child_tid_ptr);
/* A guest thread that is not the process's first task has exited (its
 * signals blocked, its clear-tid word done, os/process.c): its host
 * thread leaves Shunt and ends, its block kept for reuse. */
__attribute__((noreturn)) void dispatch_thread_leave(Thread *thread);
/* After a fork of a guest with several threads, in the child: the calling
 * thread is the only one, the process lock is free. */
void dispatch_thread_forked(Thread *thread);
/* The number of guest threads alive. */
uint32_t dispatch_thread_count(const Process *process);
/* A vfork child's block, in the registry while the child runs (its own
 * task on the parent's memory): a flush by another thread of the parent
 * waits for it, and keeps the records it may hold. */
void dispatch_thread_list(Thread *thread);
void dispatch_thread_unlist(Thread *thread);

/* The process's first thread, before it runs: the process lock and the
 * thread count start (thread.c). */
void dispatch_thread_first(Thread *thread);

/* Points GS at `thread` and runs guest code from thread->ctx until the
 * guest exits the process. Never returns. */
__attribute__((noreturn)) void dispatch_run(Thread *thread);

/* Called by switch.S when generated code leaves the cache; sets
 * thread->jump_target to where the guest resumes. */
void dispatch_exit(Thread *thread);

/* Loads the null selector into GS, as the kernel does when the guest sets
 * its GS base with arch_prctl; Shunt's own GS base is kept. */
void dispatch_clear_gs_selector(Thread *thread);

/* Forgets every inline-lookup entry of the thread. */
void dispatch_lookup_flush(Thread *thread);

/* The guest's memory in [lo, hi) changed (unmapped, remapped, made not
 * executable...): its translations are dropped, and every thread's lookup
 * table forgets them; `cause` (the call, for -d smc) says why. The caller
 * holds the process lock. */
void dispatch_invalidate(Thread *thread, GuestAddr lo, GuestAddr hi, const char *cause);
/* Registers the process for the membarrier a flush uses (before the
 * first Thread is made: it decides whether entering the cache fences). */
void dispatch_register_membarrier(Process *process);
/* Whether a page of [lo, hi) is write-protected for its translated code
 * (the guest sees it writable). Under the process lock. */
bool dispatch_code_protected(Thread *thread, GuestAddr lo, GuestAddr hi);
/* Before a system call: a page write-protected for its code that one of
 * the arguments points into (or just below the next page) is given back
 * to the guest, its translations dropped, so that the kernel's writes
 * there succeed as natively instead of failing with EFAULT. */
void dispatch_unprotect_pointed(Thread *thread, const uint64_t args[6]);
/* Shunt is about to write guest memory in [addr, addr + len) and the write
 * failed (os_guest_write): if a page there is write-protected for its
 * code, it is given back as for a guest write, and true is returned (try
 * again). From any Shunt code of a guest thread, with the lock held or
 * not; false outside one. */
bool dispatch_give_back_code(GuestAddr addr, size_t len);

/* Puts the guest's extended state in its initial configuration (execve's,
 * and a signal handler's). */
void dispatch_xsave_reset(Thread *thread);

/* Leaves Shunt's C code for the guest at thread->ctx (its extended state
 * in thread->xsave), delivering a held signal first; the C stack is
 * dropped. Used where a fault is raised deep in C code. */
__attribute__((noreturn)) void dispatch_resume(Thread *thread);

/* A system call for the guest that a held signal may interrupt safely
 * (DESIGN.md decision 15, switch.S): the kernel's result, or
 * -OS_ERESTART_GUEST when a signal was held before the call entered the
 * kernel (or the kernel chose to restart it), so the call never ran. */
int64_t dispatch_safe_syscall(int64_t nr, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
                              uint64_t a5, uint64_t a6);

/* Bytes of Shunt's alternate signal stack of each thread (its handler's
 * C code runs there, under ASan too). */
#define DISPATCH_ALTSTACK_SIZE (256 * 1024)

/* Installs Shunt's host handler for signal `sig` (os/ decides when: the
 * guest handles it, or it is synchronous). `guest_flags`: the guest's
 * sa_flags, whose SA_RESTART and SA_NOCLD* the host action copies so that
 * the kernel decides restarts as it would natively. 0 or -errno. */
int64_t dispatch_signal_install(int sig, uint64_t guest_flags);
/* Gives `sig` its default action on the host (SIG_DFL). */
void dispatch_signal_default(int sig);
/* Sets the host signal mask (rt_sigprocmask SETMASK). */
void dispatch_signal_set_mask(uint64_t mask);

#endif
