/*
 * dispatch/thread.c: guest threads as host threads, and the process lock.
 *
 * A guest clone(CLONE_THREAD) becomes a host thread made with
 * pthread_create, as QEMU makes them: Shunt's own C code then has a TLS
 * block of its own in every thread (errno, malloc's caches, the stack
 * protector's canary, AddressSanitizer's thread state), which a raw clone
 * sharing the parent's TLS would not give it. The host task is the guest
 * thread: gettid, tgkill, sched_setaffinity and the kernel's choice of a
 * thread for a process-directed signal (by the host masks, which are the
 * guest's) all act on it unchanged. What the kernel's clone does beyond
 * pthread_create is done here: the tid words (CLONE_PARENT_SETTID and
 * CLONE_CHILD_SETTID written before the guest's clone returns, the
 * CLONE_CHILD_CLEARTID word zeroed and woken at exit, as QEMU does), and
 * the file, fs and SysV semaphore state a guest thread may choose not to
 * share (unshared by the new task before it runs guest code).
 *
 * Each thread has its own Thread block (GS, slots, lookup table, signal
 * state); a thread that exits leaves it on the process's spare list, so a
 * program that creates and joins threads over and over reuses blocks
 * whose lookup tables are already warm (blocks are never freed, so their
 * entries stay valid). Exits: the process's first task (the leader) ends
 * with a raw exit, as natively, since its stack and the process's wait
 * status are the kernel's; any other one leaves the guest through
 * exit_jump and returns from its start routine, so glibc reclaims its
 * stack.
 */
#include "dispatch/dispatch_internal.h"

#include <asm/prctl.h>
#include <errno.h>
#include <linux/futex.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

/* Shunt's C stack in a guest thread's host task: translation and signal
 * delivery run here (the host handler has its own stack). */
#ifdef __SANITIZE_ADDRESS__
#define THREAD_HOST_STACK (4u << 20)
#else
#define THREAD_HOST_STACK (1u << 20)
#endif

void dispatch_lock(Thread *thread)
{
    pthread_mutex_lock(&thread->process->lock);
    thread->lock_depth++;
}

void dispatch_unlock(Thread *thread)
{
    thread->lock_depth--;
    pthread_mutex_unlock(&thread->process->lock);
}

uint32_t dispatch_thread_count(const Process *process)
{
    return __atomic_load_n(&process->live_threads, __ATOMIC_ACQUIRE);
}

/* A spare block made new for another thread: everything but what belongs
 * to the block itself (its lookup table, Shunt's signal stack). */
static void thread_reuse(Thread *thread, Process *process)
{
    uint8_t *altstack = thread->host_altstack;
    Thread *next = thread->next_thread;
    memset(thread, 0, offsetof(Thread, ibl));
    memset(&thread->signals, 0, sizeof(Thread) - offsetof(Thread, signals));
    dispatch_thread_init(thread, process);
    thread->host_altstack = altstack;
    thread->next_thread = next;
}

Thread *dispatch_thread_alloc(Process *process)
{
    pthread_mutex_lock(&process->lock);
    Thread *spare = process->spare_threads;
    if (spare)
        process->spare_threads = spare->next_spare;
    pthread_mutex_unlock(&process->lock);
    if (spare) {
        thread_reuse(spare, process);
        return spare;
    }
    Thread *thread = dispatch_thread_new(process);
    if (thread)
        dispatch_thread_list(thread);
    return thread;
}

void dispatch_thread_list(Thread *thread)
{
    Process *process = thread->process;
    pthread_mutex_lock(&process->lock);
    thread->next_thread = process->threads;
    process->threads = thread;
    pthread_mutex_unlock(&process->lock);
}

void dispatch_thread_unlist(Thread *thread)
{
    Process *process = thread->process;
    pthread_mutex_lock(&process->lock);
    for (Thread **link = &process->threads; *link; link = &(*link)->next_thread)
        if (*link == thread) {
            *link = thread->next_thread;
            break;
        }
    pthread_mutex_unlock(&process->lock);
}

static void thread_release(Thread *thread)
{
    Process *process = thread->process;
    pthread_mutex_lock(&process->lock);
    thread->next_spare = process->spare_threads;
    process->spare_threads = thread;
    pthread_mutex_unlock(&process->lock);
}

/* The parent waits on this, on its stack, when it needs the new task's
 * word (see dispatch_thread_spawn): the task must not touch it after
 * setting `done`. */
typedef struct SpawnWait {
    uint32_t done;  /* futex word */
    int64_t result; /* the new task's tid, or -errno */
} SpawnWait;

static void futex_wake_all(uint32_t *word)
{
    raw_syscall6(SYS_futex, (uint64_t)(uintptr_t)word, FUTEX_WAKE_PRIVATE, INT32_MAX, 0, 0, 0);
}

static void futex_wait(uint32_t *word, uint32_t value)
{
    raw_syscall6(SYS_futex, (uint64_t)(uintptr_t)word, FUTEX_WAIT_PRIVATE, value, 0, 0, 0);
}

/* A new task runs guest code (or ends) only once its parent's clone is
 * done with it: the parent has read the tid from its glibc struct
 * pthread, and written the guest's CLONE_PARENT_SETTID word, which the
 * guest thread itself may zero as it exits (its CLONE_CHILD_CLEARTID word
 * is often the same one), so no write of the parent may come later. */
static void await_spawn_done(Thread *thread)
{
    while (!__atomic_load_n(&thread->spawn_done, __ATOMIC_ACQUIRE))
        futex_wait(&thread->spawn_done, 0);
}

static void block_all_signals(uint64_t *old)
{
    uint64_t all = ~0ULL;
    raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (uint64_t)(uintptr_t)&all,
                 (uint64_t)(uintptr_t)old, 8, 0, 0);
}

/* The thread-sharing flags a guest thread may go without: its task then
 * gets its own copy of each, as clone would give it. */
static const uint64_t UNSHARABLE[] = {CLONE_FILES, CLONE_FS, CLONE_SYSVSEM};

static bool shares_all(uint64_t flags)
{
    for (size_t i = 0; i < ARRAY_LEN(UNSHARABLE); i++)
        if (!(flags & UNSHARABLE[i]))
            return false;
    return true;
}

/* What clone's flags ask of the new task besides a thread: its own copy
 * of what it does not share, and the tid words, written before any guest
 * code runs. 0 or -errno. */
static int64_t set_up_task(Thread *thread)
{
    uint64_t flags = thread->clone_flags;
    for (size_t i = 0; i < ARRAY_LEN(UNSHARABLE); i++) {
        if (flags & UNSHARABLE[i])
            continue;
        int64_t r = raw_syscall(SYS_unshare, UNSHARABLE[i], 0, 0);
        if (r < 0)
            return r;
    }
    uint32_t tid = thread->tid;
    /* The kernel ignores a fault writing either word. The parent writes
     * CLONE_PARENT_SETTID's unless it waits for this set-up. */
    if (flags & CLONE_CHILD_SETTID)
        os_guest_write(thread->child_tid_ptr, &tid, sizeof(tid));
    if ((flags & CLONE_PARENT_SETTID) && thread->spawn_wait)
        os_guest_write(thread->parent_tid_ptr, &tid, sizeof(tid));
    if (flags & CLONE_CHILD_CLEARTID)
        thread->clear_tid = thread->child_tid_ptr;
    if (raw_syscall(SYS_arch_prctl, ARCH_GET_FS, (uint64_t)(uintptr_t)&thread->host_fsbase, 0) !=
            0 ||
        raw_syscall(SYS_arch_prctl, ARCH_SET_GS, (uint64_t)(uintptr_t)thread, 0) != 0)
        return -EAGAIN;
    return 0;
}

static void *thread_main(void *arg)
{
    Thread *thread = arg;
    Process *process = thread->process;
    SpawnWait *wait = thread->spawn_wait;
    thread->tid = (uint32_t)raw_syscall(SYS_gettid, 0, 0, 0);
    int64_t error = set_up_task(thread);
    thread->spawn_wait = NULL;
    if (wait) {
        __atomic_store_n(&wait->result, error ? error : (int64_t)thread->tid, __ATOMIC_RELAXED);
        __atomic_store_n(&wait->done, 1, __ATOMIC_RELEASE);
        futex_wake_all(&wait->done);
    }
    if (error) {
        __atomic_sub_fetch(&process->live_threads, 1, __ATOMIC_ACQ_REL);
        await_spawn_done(thread);
        thread_release(thread);
        return NULL;
    }
    if (setjmp(thread->exit_jump) == 0) {
        dispatch_signal_stack(thread);
        await_spawn_done(thread);
        os_signals_thread_start(thread);
        dispatch_enter(thread);
    }
    /* The guest thread has exited (dispatch_thread_leave): every signal
     * is blocked, so no handler runs on the block once it is a spare. */
    stack_t off = {.ss_flags = SS_DISABLE};
    raw_syscall(SYS_sigaltstack, (uint64_t)(uintptr_t)&off, 0, 0);
    thread_release(thread);
    return NULL;
}

/*
 * Where glibc keeps a thread's tid in its struct pthread, which
 * pthread_create fills in before it returns (its clone's
 * CLONE_PARENT_SETTID). Knowing it, the parent need not wait for the new
 * task to be scheduled (hundreds of microseconds with busy cores: most of
 * the cost of a program that creates threads by the thousand). The offset
 * is not an interface: it is found, not assumed. Candidates are the words
 * of the first task's struct pthread that hold its tid; the first spawn
 * waits for the new task's own gettid and keeps the one candidate that
 * holds it in the new thread's struct too. No single one: always wait.
 */
#define TID_SEARCH_BYTES 2048

static void tid_offset_candidates(Process *process)
{
    const uint32_t *words = (const uint32_t *)(uintptr_t)pthread_self();
    uint32_t tid = (uint32_t)raw_syscall(SYS_gettid, 0, 0, 0);
    process->tid_offset = -1;
    process->tid_candidates = 0;
    for (size_t i = 0; i < TID_SEARCH_BYTES / 4 && process->tid_candidates < 8; i++)
        if (words[i] == tid)
            process->tid_candidate[process->tid_candidates++] = (int32_t)(i * 4);
}

static uint32_t tid_word(pthread_t host, int32_t offset)
{
    uint32_t word;
    memcpy(&word, (const uint8_t *)(uintptr_t)host + offset, sizeof(word));
    return word;
}

static void tid_offset_confirm(Process *process, pthread_t host, int64_t tid)
{
    int found = -1, count = 0;
    for (uint32_t i = 0; i < process->tid_candidates; i++) {
        if ((int64_t)tid_word(host, process->tid_candidate[i]) == tid) {
            found = process->tid_candidate[i];
            count++;
        }
    }
    process->tid_candidates = 0; /* decided, one way or the other */
    process->tid_offset = count == 1 ? found : -1;
}

int64_t dispatch_thread_spawn(Thread *parent, Thread *child, uint64_t flags,
                              GuestAddr parent_tid_ptr, GuestAddr child_tid_ptr)
{
    Process *process = parent->process;
    child->clone_flags = flags;
    child->parent_tid_ptr = parent_tid_ptr;
    child->child_tid_ptr = child_tid_ptr;
    /* Wait for the new task when the tid's place is not known yet, or
     * when its set-up may fail (an unshare) and clone must say so. */
    SpawnWait wait = {0};
    bool confirming = process->tid_candidates > 0;
    bool waits = process->tid_offset < 0 || !shares_all(flags);
    child->spawn_wait = waits ? &wait : NULL;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, THREAD_HOST_STACK);
    __atomic_add_fetch(&process->live_threads, 1, __ATOMIC_ACQ_REL);
    /* The new task starts with every signal blocked (it inherits the
     * mask) until GS points at its block and its guest mask is set. */
    uint64_t old_mask;
    block_all_signals(&old_mask);
    pthread_t host;
    int error = pthread_create(&host, &attr, thread_main, child);
    raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (uint64_t)(uintptr_t)&old_mask, 0, 8, 0, 0);
    pthread_attr_destroy(&attr);
    if (error) {
        __atomic_sub_fetch(&process->live_threads, 1, __ATOMIC_ACQ_REL);
        thread_release(child);
        return -EAGAIN; /* what clone answers when a limit stops it */
    }
    int64_t tid;
    if (waits) {
        while (!__atomic_load_n(&wait.done, __ATOMIC_ACQUIRE))
            futex_wait(&wait.done, 0);
        tid = __atomic_load_n(&wait.result, __ATOMIC_RELAXED);
        if (confirming && tid > 0)
            tid_offset_confirm(process, host, tid);
    } else {
        uint32_t word = tid_word(host, process->tid_offset);
        if (flags & CLONE_PARENT_SETTID)
            os_guest_write(parent_tid_ptr, &word, sizeof(word));
        tid = word;
    }
    /* The new task may end now: its struct pthread has been read. */
    __atomic_store_n(&child->spawn_done, 1, __ATOMIC_RELEASE);
    futex_wake_all(&child->spawn_done);
    return tid;
}

void dispatch_thread_leave(Thread *thread)
{
    if (thread->lock_depth)
        fatal("a thread left the guest holding the process lock");
    longjmp(thread->exit_jump, 1);
}

void dispatch_thread_first(Thread *thread)
{
    Process *process = thread->process;
    pthread_mutex_init(&process->lock, NULL);
    process->live_threads = 1;
    process->threads = thread;
    thread->leader = true;
    thread->tid = (uint32_t)raw_syscall(SYS_gettid, 0, 0, 0);
    tid_offset_candidates(process);
}

void dispatch_thread_forked(Thread *thread)
{
    Process *process = thread->process;
    pthread_mutex_init(&process->lock, NULL);
    thread->lock_depth = 0;
    process->live_threads = 1;
    process->spare_threads = NULL; /* the other threads' blocks are not reused */
    /* Nor looked at: a flush would wait for a thread of the parent that was
     * in the code cache when the fork was made, and is not in this process. */
    process->threads = thread;
    thread->next_thread = NULL;
    thread->leader = true;
    thread->tid = (uint32_t)raw_syscall(SYS_gettid, 0, 0, 0);
}
