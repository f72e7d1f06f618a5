/*
 * dispatch/dispatch.c: the dispatcher loop and thread set-up.
 *
 * dispatch_exit() runs every time generated code leaves the cache. For an
 * unchained direct branch it finds or builds the target and chains the
 * branch to it, so the next time the branch stays in the cache; for an
 * inline-lookup miss it finds or builds the target and enters it in the
 * thread's lookup table; for a syscall it calls the Linux personality,
 * which also answers branches into the vsyscall page (never a block).
 * "Find or build" is the CSAM/PATM pair: scan the block, translate it, log
 * it, link its exits to blocks that already exist.
 */
#include "dispatch/dispatch_internal.h"

#include "scan/scan.h"
#include "translate/translate.h"

#include <asm/prctl.h>
#include <linux/membarrier.h>
#include <cpuid.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>

/* switch.S */
void shunt_exit(void);
void shunt_exit_lookup_miss(void);
void shunt_exit_site_miss(void);
void shunt_exit_from_miss(void);
void shunt_exit_direct(void);
__attribute__((noreturn)) void shunt_enter_first(Thread *thread);

#ifndef HWCAP2_FSGSBASE
#define HWCAP2_FSGSBASE (1 << 1)
#endif

static uint64_t xsave_mask_and_check(void)
{
    unsigned eax, ebx, ecx, edx;
    __cpuid_count(0xD, 0, eax, ebx, ecx, edx);
    if (ebx > T_XSAVE_SIZE)
        fatal("xsave area of %u bytes does not fit the thread block", ebx);
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

/* The extended state execve leaves: every component in its initial state
 * (XSTATE_BV = 0, so xrstor initializes them and XINUSE reads 0), with the
 * x87 control word and MXCSR at their reset values. */
void dispatch_xsave_reset(Thread *thread)
{
    memset(thread->xsave, 0, sizeof(thread->xsave));
    const uint16_t fcw = 0x037F;
    const uint32_t mxcsr = 0x1F80;
    memcpy(thread->xsave + 0, &fcw, sizeof(fcw));
    memcpy(thread->xsave + 24, &mxcsr, sizeof(mxcsr));
}

void dispatch_lookup_flush(Thread *thread)
{
    for (size_t i = 0; i < IBL_ENTRIES; i++) {
        thread->ibl[i].key = 0;
        thread->ibl[i].value = (uint8_t *)(uintptr_t)shunt_exit_lookup_miss;
    }
}

void dispatch_thread_init(Thread *thread, Process *process)
{
    thread->self = thread;
    thread->process = process;
    thread->routine_exit = (void *)(uintptr_t)shunt_exit;
    thread->routine_miss = (void *)(uintptr_t)shunt_exit_lookup_miss;
    thread->routine_site_miss = (void *)(uintptr_t)shunt_exit_site_miss;
    thread->routine_from_miss = (void *)(uintptr_t)shunt_exit_from_miss;
    thread->routine_exit_direct = (void *)(uintptr_t)shunt_exit_direct;
    thread->xsave_mask = xsave_mask_and_check();
    thread->has_fsgsbase = (getauxval(AT_HWCAP2) & HWCAP2_FSGSBASE) != 0;
    uint64_t fsbase;
    if (raw_syscall(SYS_arch_prctl, ARCH_GET_FS, (uint64_t)(uintptr_t)&fsbase, 0) != 0)
        fatal("arch_prctl(ARCH_GET_FS) failed");
    thread->host_fsbase = fsbase;
    thread->ctx.rflags = 0x202; /* IF and the always-one bit, as at execve */
    thread->fence_on_entry = !process->membarrier;
    thread->epoch_source = &process->flush_epoch;
    thread->seen_epoch = __atomic_load_n(&process->flush_epoch, __ATOMIC_ACQUIRE);
    dispatch_xsave_reset(thread);
}

/* Clears `thread`'s lookup entry for the block, if it names it: the key
 * first, so a lookup racing this sees a miss or, at worst, the old entry
 * whole (and runs the dead block's code once more, complete). */
static void forget_in(Thread *thread, GuestAddr grip)
{
    size_t index = grip & (IBL_ENTRIES - 1);
    if (__atomic_load_n(&thread->ibl[index].key, __ATOMIC_RELAXED) != (uint64_t)0 - grip)
        return;
    __atomic_store_n(&thread->ibl[index].key, 0, __ATOMIC_RELEASE);
    __atomic_store_n(&thread->ibl[index].value, (uint8_t *)(uintptr_t)shunt_exit_lookup_miss,
                     __ATOMIC_RELEASE);
}

typedef struct Forget {
    Process *process;
    size_t pages; /* write-protected pages given back */
} Forget;

static void forget_block(void *arg, const Block *block)
{
    const Forget *forget = arg;
    /* The block is marked dead: that store, then these loads of the
     * entries (remember_indirect's side is the mirror image). */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    for (Thread *t = forget->process->threads; t; t = t->next_thread)
        forget_in(t, block->grip); /* a vfork child's too (dispatch_thread_list) */
}

/* A page whose translations are gone gets the guest's protection back. */
static void unprotect_page(void *arg, GuestAddr page)
{
    Forget *forget = arg;
    Process *process = forget->process;
    forget->pages++;
    int prot = os_guest_prot(&process->os, page);
    if (prot >= 0)
        raw_syscall(SYS_mprotect, page, PAGE_SIZE, (uint64_t)prot);
    cache_page_set_write_protected(process->cache, page, false);
    if (__atomic_sub_fetch(&process->protected_pages, 1, __ATOMIC_RELAXED) == 0)
        memset(process->protected_filter, 0, sizeof(process->protected_filter));
}

bool dispatch_give_back_code(GuestAddr addr, size_t len)
{
    uint64_t gs = 0;
    if (raw_syscall(SYS_arch_prctl, ARCH_GET_GS, (uint64_t)(uintptr_t)&gs, 0) != 0 || !gs)
        return false; /* not a guest thread yet (the loader) */
    Thread *thread = (Thread *)(uintptr_t)gs;
    Process *process = thread->process;
    if (!__atomic_load_n(&process->protected_pages, __ATOMIC_RELAXED) || len == 0)
        return false;
    bool locked = thread->lock_depth == 0;
    if (locked)
        dispatch_lock(thread);
    GuestAddr lo = PAGE_DOWN(addr), hi = PAGE_UP(addr + len);
    bool found = hi > lo && dispatch_code_protected(thread, lo, hi);
    if (found)
        dispatch_invalidate(thread, lo, hi, "write by Shunt");
    if (locked)
        dispatch_unlock(thread);
    return found;
}

/* Whether the page may be write-protected for its code: the filter's bit
 * (Process.protected_filter), read without the lock. */
static bool maybe_protected(const Process *process, GuestAddr page)
{
    uint64_t bit = (page / PAGE_SIZE) % 4096;
    return __atomic_load_n(&process->protected_filter[bit / 64], __ATOMIC_RELAXED) &
           (1ULL << (bit % 64));
}

/* The lengths of buffers are not known here: the argument's page and the
 * next (a structure across a page boundary). A longer buffer that runs
 * into a protected page gets a short read or write, and the call that
 * goes on from there points at it. */
void dispatch_unprotect_pointed(Thread *thread, const uint64_t args[6])
{
    Process *process = thread->process;
    bool any = false;
    for (int i = 0; i < 6 && !any; i++)
        any = maybe_protected(process, PAGE_DOWN(args[i])) ||
              maybe_protected(process, PAGE_DOWN(args[i]) + PAGE_SIZE);
    if (!any)
        return; /* the common case: no lock taken */
    dispatch_lock(thread);
    for (int i = 0; i < 6; i++) {
        GuestAddr page = PAGE_DOWN(args[i]);
        for (int k = 0; k < 2 && page + PAGE_SIZE > page; k++, page += PAGE_SIZE)
            if (cache_page_write_protected(process->cache, page))
                dispatch_invalidate(thread, page, page + PAGE_SIZE, "system call argument");
    }
    dispatch_unlock(thread);
}

static void note_protected(void *arg, GuestAddr page)
{
    (void)page;
    *(bool *)arg = true;
}

bool dispatch_code_protected(Thread *thread, GuestAddr lo, GuestAddr hi)
{
    bool found = false;
    cache_each_write_protected(thread->process->cache, PAGE_DOWN(lo), PAGE_UP(hi), note_protected,
                               &found);
    return found;
}

void dispatch_invalidate(Thread *thread, GuestAddr lo, GuestAddr hi, const char *cause)
{
    Process *process = thread->process;
    if (thread->lock_depth == 0)
        fatal("an invalidation without the process lock");
    Forget forget = {process, 0};
    size_t dropped = cache_invalidate(process->cache, lo, hi, forget_block, &forget);
    cache_each_write_protected(process->cache, PAGE_DOWN(lo), PAGE_UP(hi), unprotect_page, &forget);
    if (dropped) {
        STAT_ADD(process, invalidations, 1);
        STAT_ADD(process, blocks_invalidated, dropped);
    }
    if ((dropped || forget.pages) && log_enabled(process->log, LOG_SMC))
        log_smc(process->log, lo, hi, cause, dropped, forget.pages);
}

Thread *dispatch_thread_new(Process *process)
{
    void *mem =
        mmap(NULL, sizeof(Thread), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return NULL;
    Thread *thread = mem;
    dispatch_thread_init(thread, process);
    dispatch_lookup_flush(thread);
    return thread;
}

static const char *symbol_name(Process *process, GuestAddr grip, uint64_t *offset)
{
    const LoaderSymbol *sym = loader_symbol_at(&process->image, grip, offset);
    return sym ? sym->name : NULL;
}

/* Chains each exit of a new block whose target already exists. */
static void link_exits(Process *process, Block *block)
{
    for (uint16_t i = 0; i < block->exit_count; i++) {
        Block *to = cache_lookup(process->cache, block->exits[i].target);
        if (to && cache_link(process->cache, &block->exits[i], to))
            STAT_ADD(process, chained_links, 1);
    }
}

/*
 * Code written in place (docs/engine.md, "Invalidation"): a page the guest
 * may both write and execute loses PROT_WRITE on the host before code is
 * translated from it, so that a write to it faults and drops its
 * translations (write_fault_exit). Before the bytes are read: a write
 * that comes after the scan must fault (it then waits for the lock, and
 * drops the new block). Pages the guest cannot write need nothing: their
 * code changes only through a system call, which invalidates (os/mm.c). A
 * block spans two pages at most (SCAN_MAX_INSNS instructions of 15 bytes).
 */
_Static_assert(SCAN_MAX_INSNS * 15 < PAGE_SIZE, "a block spans two pages at most");

/*
 * Self-checking blocks (docs/engine.md). Two kinds of page are not watched
 * through their protection: a page written this many times while
 * protected (code beside data it writes, as HotSpot's nmethods and their
 * counters: each write would drop the page's blocks and fault again once
 * they are translated anew, the ping-pong DynamoRIO also switches away
 * from), and shared memory the guest executes (another mapping of it, here
 * or in another process, may write it without a fault). Their blocks
 * check their source bytes on entry instead, and each ends after its first
 * write to memory, so that a write to the code ahead of it is checked too.
 */
#define CHECKED_AFTER_WRITES 8

static bool page_is_checked(Process *process, GuestAddr page)
{
    return cache_page_checked(process->cache, page) || os_guest_shared_code(&process->os, page);
}

static bool needs_check(Process *process, const ScannedBlock *scanned)
{
    const ScannedInsn *last = &scanned->insns[scanned->count - 1];
    GuestAddr end = last->rip + (last->length ? last->length : 1);
    for (GuestAddr page = PAGE_DOWN(scanned->start); page < end; page += PAGE_SIZE)
        if (page_is_checked(process, page))
            return true;
    return false;
}

static void end_after_first_write(ScannedBlock *scanned)
{
    for (size_t i = 0; i + 1 < scanned->count; i++)
        if (scan_writes_memory(&scanned->insns[i])) {
            scanned->count = i + 1;
            return;
        }
}

static void protect_code_pages(Process *process, GuestAddr grip)
{
    GuestAddr first = PAGE_DOWN(grip);
    for (GuestAddr page = first; page <= first + PAGE_SIZE && page >= first; page += PAGE_SIZE) {
        int prot = os_guest_prot(&process->os, page);
        if (prot < 0 || (prot & (PROT_WRITE | PROT_EXEC)) != (PROT_WRITE | PROT_EXEC) ||
            cache_page_write_protected(process->cache, page) || page_is_checked(process, page))
            continue;
        /* The filter's bit and the count first: a system call that
         * starts after the protection must see them (a stray bit costs a
         * lock, nothing more). */
        uint64_t bit = (page / PAGE_SIZE) % 4096;
        __atomic_or_fetch(&process->protected_filter[bit / 64], 1ULL << (bit % 64),
                          __ATOMIC_SEQ_CST);
        __atomic_add_fetch(&process->protected_pages, 1, __ATOMIC_SEQ_CST);
        if (raw_syscall(SYS_mprotect, page, PAGE_SIZE, (uint64_t)(prot & ~PROT_WRITE)) == 0) {
            cache_page_set_write_protected(process->cache, page, true);
            STAT_ADD(process, pages_protected, 1);
        } else {
            __atomic_sub_fetch(&process->protected_pages, 1, __ATOMIC_SEQ_CST);
        }
    }
}

/* At start, before any thread is made: a flush's fence for every thread
 * at once (a membarrier), so that entering the cache needs no mfence.
 * The registration lasts across fork; execve starts Shunt anew. */
void dispatch_register_membarrier(Process *process)
{
    process->membarrier =
        raw_syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
}

/*
 * A full cache is flushed, and execution goes on (--cache-size; the
 * issue's "flushed safely"). Under the lock, the flush:
 *   1. drops every block (dispatch_invalidate over all memory: each is
 *      dead, chains into it are undone, predictions and lookup-table
 *      entries naming it are cleared, protected pages are given back),
 *      and marks every block of the cache dead, stepping blocks among them;
 *   2. waits until no other thread runs translated code. A thread inside
 *      the cache leaves at the end of its block (nothing is chained any
 *      more); one about to enter checks, after saying it is in the cache
 *      (store, fence), that its target is alive (switch.S), while the
 *      flush marks blocks dead before it reads that (store, fence): so
 *      either the thread sees its target dead and looks again, which
 *      needs the lock, or the flush sees it in the cache and waits;
 *   3. empties the cache: its memory is reused from the start, and the
 *      dead blocks' records wait until no thread can still hold one
 *      (below), with the flush's number.
 */
static void flush_cache(Thread *self)
{
    Process *process = self->process;
    dispatch_invalidate(self, 0, (GuestAddr)1 << 57, "cache full"); /* past any user address */
    cache_mark_all_dead(process->cache);                            /* the stepping blocks too */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (process->membarrier) /* the entering threads' half of the fence */
        raw_syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
    for (Thread *t = process->threads; t; t = t->next_thread)
        while (t != self && __atomic_load_n(&t->in_cache, __ATOMIC_ACQUIRE))
            sched_yield();
    /* The lookup tables need no clearing: no entry outlives its block
     * (remember_indirect, forget_block). */
    uint64_t epoch = process->flush_epoch + 1;
    cache_flush(process->cache, epoch);
    __atomic_store_n(&process->flush_epoch, epoch, __ATOMIC_SEQ_CST);
    STAT_ADD(process, cache_flushes, 1);
    if (log_enabled(process->log, LOG_SMC))
        log_cache_flush(process->log, cache_capacity(process->cache));
}

/*
 * Reclaiming a flush's records. Where a thread may hold a Block record of
 * its own accord: in the dispatcher, from its exit (the stub's record, the
 * site, the block whose lookup missed) to its next entry into the cache
 * (the lookup it made, a retired table it probes), and in its stepping
 * block. The flush waited until no thread was in the cache; a thread out
 * of it then holds records of the flushed generation until it enters the
 * cache again: the resume, past its check that the target is alive,
 * notes the flush count it has seen (switch.S). A thread in a system call
 * (dispatch_safe_syscall) holds none, nor one that has exited. So the
 * records of flush F go once every thread (a running vfork child among
 * them) has seen F or holds none; the check is made under the lock before
 * each new block while any flush waits (a thread blocked in the lock or
 * a vfork holds them up, nothing more). The fence: the flush's stores
 * (the new table) before the flags' loads, against a thread that clears
 * its in_syscall (xchg) and loads the table.
 */
static void reclaim_flushed(Thread *self)
{
    Process *process = self->process;
    if (!cache_has_flushed(process->cache))
        return;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    uint64_t safe = __atomic_load_n(&self->seen_epoch, __ATOMIC_ACQUIRE);
    for (Thread *t = process->threads; t; t = t->next_thread) {
        if (t == self || __atomic_load_n(&t->in_syscall, __ATOMIC_ACQUIRE) ||
            __atomic_load_n(&t->gone, __ATOMIC_ACQUIRE))
            continue;
        uint64_t seen = __atomic_load_n(&t->seen_epoch, __ATOMIC_ACQUIRE);
        if (seen < safe)
            safe = seen;
    }
    size_t freed = cache_reclaim(process->cache, safe);
    if (freed && log_enabled(process->log, LOG_SMC))
        log_smc_reclaimed(process->log, freed);
}

/* Scans and translates the block at `grip`, under the process lock. A
 * stepping block (one instruction, for the trap flag) is used once: it is
 * not entered in the block table, and nothing links to it. Once inserted
 * the block may run in other threads at once: its code is complete, and
 * linking its exits afterwards patches them as any link does (cache.h).
 * A full cache is flushed, then the block made again from the start (the
 * flush gave its pages back). */
static Block *build_block(Thread *thread, GuestAddr grip, bool stepping)
{
    Process *process = thread->process;
    ScannedBlock *scanned = process->scan_buffer;
    reclaim_flushed(thread);
    if (!stepping)
        protect_code_pages(process, grip);
    scan_block(grip, os_executable_bytes, process, stepping ? 1 : SCAN_MAX_INSNS, scanned);
    bool checked = !stepping && needs_check(process, scanned);
    if (checked)
        end_after_first_write(scanned);
    Block *block = checked ? translate_block_checked(process->cache, scanned)
                           : translate_block(process->cache, scanned, stepping);
    if (!block) {
        if (cache_block_count(process->cache) == 0 && !cache_used_bytes(process->cache))
            fatal("code cache of %zu KiB too small for one block",
                  cache_capacity(process->cache) >> 10);
        flush_cache(thread);
        return build_block(thread, grip, stepping);
    }
    if (checked)
        STAT_ADD(process, checked_blocks, 1);

    STAT_ADD(process, blocks_translated, 1);
    STAT_ADD(process, guest_bytes, block->guest_size);
    STAT_ADD(process, cache_bytes, block->host_size + block->cold_size);
    InsnKind last = scanned->insns[scanned->count - 1].kind;
    if (last == INSN_RET || last == INSN_JMP_INDIRECT || last == INSN_CALL_INDIRECT)
        STAT_ADD(process, indirect_sites, 1);

    if (log_enabled(process->log, LOG_IN_ASM)) {
        uint64_t offset = 0;
        const char *name = symbol_name(process, grip, &offset);
        log_in_asm(process->log, scanned, name, offset);
    }
    if (log_enabled(process->log, LOG_OUT_ASM))
        log_out_asm(process->log, block);
    if (!stepping) {
        cache_block_insert(process->cache, block);
        cache_note_pages(process->cache, block);
    } else {
        cache_block_map(process->cache, block);
    }
    if (process->options.chaining && !stepping)
        link_exits(process, block);
    return block;
}

/* The one-instruction block at `rip` the thread runs next (the trap flag's,
 * or a write to code done alone), under the lock, used once. */
static Block *step_block(Thread *thread, GuestAddr rip)
{
    dispatch_lock(thread);
    thread->step_block = build_block(thread, rip, true);
    dispatch_unlock(thread);
    return thread->step_block;
}

/* The block at `grip`: looked up without the lock (cache_lookup is safe
 * against a concurrent insertion); made under it, after a second look, if
 * no thread has made it yet. */
static Block *block_for(Thread *thread, GuestAddr grip)
{
    Process *process = thread->process;
    Block *block = cache_lookup(process->cache, grip);
    if (!block) {
        dispatch_lock(thread);
        block = cache_lookup(process->cache, grip);
        if (!block)
            block = build_block(thread, grip, false);
        dispatch_unlock(thread);
    }
    if (log_enabled(process->log, LOG_EXEC)) {
        uint64_t offset;
        log_exec(process->log, block, symbol_name(process, grip, &offset));
    }
    return block;
}

/* The entry is stored, then the block's death is checked: an
 * invalidation marks it dead, then clears the entries naming it
 * (forget_block), so either that clearing sees this entry or this check
 * sees the death, and no entry outlives its block. False if it died. */
static bool remember_indirect(Thread *thread, GuestAddr grip, Block *block)
{
    size_t index = grip & (IBL_ENTRIES - 1);
    __atomic_store_n(&thread->ibl[index].key, (uint64_t)0 - grip, __ATOMIC_RELAXED);
    __atomic_store_n(&thread->ibl[index].value, block->host, __ATOMIC_RELAXED);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (!__atomic_load_n(&block->dead, __ATOMIC_RELAXED))
        return true;
    forget_in(thread, grip);
    return false;
}

/* The stepping block's instruction will not complete (a signal or a fault
 * came first): the guest's TF goes back to its flags, and no trap. */
static void stop_stepping(Thread *thread)
{
    if (thread->stepping) {
        thread->stepping = false;
        thread->ctx.rflags |= FLAG_TF;
    }
}

/*
 * The trap flag. The hardware's TF is never set while Shunt's code runs
 * (it would trap in the context switch), so the guest's TF lives in its
 * context and single-stepping is emulated: with TF set, the next guest
 * instruction runs alone in a stepping block that comes back here, then
 * the trap is raised after it, as the CPU raises it. A `syscall` is the
 * exception: it masks TF (SFMASK) so it does not trap itself, and the
 * kernel's return restores TF, so natively the trap comes after the
 * instruction that follows it. Guest handlers are a later issue: for now
 * the trap ends the process as it does natively without one.
 */
static Block *resume_at(Thread *thread, GuestAddr rip, Block *block, bool after_syscall)
{
    if (thread->stepping) {
        thread->stepping = false;
        thread->ctx.rflags |= FLAG_TF;
        if (!after_syscall)
            os_raise_fault(thread, SIGTRAP, rip);
    }
    thread->ctx.rip = rip; /* where a signal held now is delivered */
    if (thread->ctx.rflags & FLAG_TF) {
        thread->ctx.rflags &= ~FLAG_TF;
        thread->stepping = true;
        return step_block(thread, rip);
    }
    return block ? block : block_for(thread, rip);
}

/* Where shunt_resume_guest jumps: the block's body. */
static void aim_at(Thread *thread, Block *block)
{
    thread->target_block = block;
    thread->jump_target = block->body;
}

/* shunt_deliver_pending (switch.S): the held signal goes to the guest at
 * thread->ctx, then the guest resumes where the delivery leaves it. */
void dispatch_signal_resume(Thread *thread);
void dispatch_signal_resume(Thread *thread)
{
    stop_stepping(thread);
    os_signal_deliver(thread);
    aim_at(thread, resume_at(thread, thread->ctx.rip, NULL, false));
}

/* shunt_retarget (switch.S): the target died before the thread entered it
 * (a flush): found again, at the same guest rip. */
void dispatch_retarget(Thread *thread);
void dispatch_retarget(Thread *thread)
{
    aim_at(thread, thread->stepping ? step_block(thread, thread->ctx.rip)
                                    : block_for(thread, thread->ctx.rip));
}

/* dispatch_resume (switch.S): where to jump once no signal is held. */
void dispatch_resume_prepare(Thread *thread);
void dispatch_resume_prepare(Thread *thread)
{
    if (!thread->signal_pending)
        aim_at(thread, resume_at(thread, thread->ctx.rip, NULL, false));
}

/*
 * A write to memory the guest never mapped, present but not writable:
 * Shunt's own, such as the code cache's executable view (W^X) or Shunt's
 * read-only data. Natively nothing is there: SEGV_MAPERR, a page not
 * present, at the same address. (Shunt's writable memory, the cache's
 * writable view among it, takes such a store without a fault: no
 * translator that shares the guest's address space can tell it from the
 * guest's own stores.)
 */
static void fault_as_unmapped(Thread *thread)
{
    thread->write_fault.info.si_code = SEGV_MAPERR;
    thread->write_fault.err &= ~(uint64_t)1; /* the page-fault error code's "present" */
}

/*
 * A write faulted in the cache. On a page Shunt write-protected, it is
 * the guest changing code it runs (or data beside it): the page's
 * translations go, the page is writable again, and the writing
 * instruction runs alone, translated from the bytes as they are, before
 * anything is translated from the page again (which protects it again):
 * so the write is done once, and an instruction it changes ahead of it,
 * in the same block even, runs in its new version. Otherwise it is the
 * guest's own SIGSEGV, held as the host handler would have held it.
 */
static Block *write_fault_exit(Thread *thread, GuestAddr rip)
{
    Process *process = thread->process;
    GuestAddr page = PAGE_DOWN((GuestAddr)(uintptr_t)thread->write_fault.info.si_addr);
    dispatch_lock(thread);
    bool smc = cache_page_write_protected(process->cache, page);
    if (smc) {
        dispatch_invalidate(thread, page, page + PAGE_SIZE, "write to code");
        STAT_ADD(process, code_writes, 1);
        uint32_t writes = cache_page_note_code_write(process->cache, page);
        if (writes == CHECKED_AFTER_WRITES) {
            cache_page_set_checked(process->cache, page);
            STAT_ADD(process, pages_checked, 1);
            if (log_enabled(process->log, LOG_SMC))
                log_smc_checked(process->log, page, writes);
        }
    } else {
        /* Another thread gave the page back between the fault and this
         * lock: the write is the guest's own only if it may not write. */
        int prot = os_guest_prot(&process->os, page);
        smc = prot >= 0 && (prot & PROT_WRITE);
        if (prot < 0)
            fault_as_unmapped(thread);
    }
    dispatch_unlock(thread);
    thread->ctx.rip = rip;
    if (!smc) {
        stop_stepping(thread);
        os_signal_hold_fault(thread, &thread->write_fault.info, thread->write_fault.trapno,
                             thread->write_fault.err, thread->write_fault.cr2,
                             thread->write_fault.resume_flag);
        return NULL; /* shunt_resume_guest delivers it */
    }
    if (thread->stepping) { /* the trap flag's own one-instruction block */
        stop_stepping(thread);
        return resume_at(thread, rip, NULL, false);
    }
    return step_block(thread, rip);
}

/* A self-checking block found its guest bytes changed: it goes (with
 * whatever else overlaps them), and the new bytes are translated. */
static GuestAddr stale_exit(Thread *thread, Block *block)
{
    Process *process = thread->process;
    STAT_ADD(process, stale_blocks, 1);
    dispatch_lock(thread);
    if (!block->dead)
        dispatch_invalidate(thread, block->grip, block->grip + block->guest_size, "stale code");
    dispatch_unlock(thread);
    return block->grip;
}

/* A fault the translation raises (bytes that do not decode, a fetch
 * from memory that is not executable) is looked at again before it is
 * raised: on a self-checking page, the check covers only the bytes that
 * were decoded, and the ones that faulted may have been rewritten since.
 * If the instruction no longer faults so, its translation goes and it is
 * translated again. Faults are rare: the scan of one instruction is
 * nothing beside the signal. */
static bool fault_is_stale(Thread *thread, GuestAddr rip, int signal)
{
    Process *process = thread->process;
    dispatch_lock(thread);
    ScannedBlock *scanned = process->scan_buffer;
    scan_block(rip, os_executable_bytes, process, 1, scanned);
    const ScannedInsn *si = &scanned->insns[0];
    bool stale = si->kind != INSN_FAULT || si->fault_signal != signal;
    if (stale)
        dispatch_invalidate(thread, rip, rip + 1, "stale code");
    dispatch_unlock(thread);
    return stale;
}

static Block *direct_exit(Thread *thread, ExitStub *exit)
{
    Process *process = thread->process;
    Block *block = block_for(thread, exit->target);
    bool linkable = process->options.chaining && !exit->from->single_step;
    if (linkable) {
        dispatch_lock(thread);
        if (cache_link(process->cache, exit, block))
            STAT_ADD(process, chained_links, 1);
        dispatch_unlock(thread);
    }
    return block;
}

/* The block whose indirect branch left the cache: known from its miss
 * stub, its prediction's first miss (`site`), or the stepping block. */
static const Block *branch_source(Thread *thread, const IndirectSite *site)
{
    const Block *from = thread->exit_from;
    thread->exit_from = NULL;
    if (thread->stepping)
        return thread->step_block;
    if (!from && site)
        from = site->from;
    return from;
}

/* An indirect branch to a non-canonical address: natively the branch
 * itself raises #GP, before it pops, pushes or jumps. The translation has
 * done its part: undone here, and the fault raised at the branch. */
static void non_canonical_branch(Thread *thread, const Block *from)
{
    Process *process = thread->process;
    if (!from)
        return; /* not reached: every indirect exit names its block */
    GuestAddr rip = from->grip + from->rip_map[from->insn_count - 1].guest_offset;
    dispatch_lock(thread);
    ScannedBlock *scanned = process->scan_buffer;
    scan_block(rip, os_executable_bytes, process, 1, scanned);
    const ScannedInsn *si = &scanned->insns[0];
    uint64_t slot = si->narrow ? 2 : 8;
    if (si->kind == INSN_RET) {
        bool imm =
            si->insn.operand_count_visible > 0 && si->ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE;
        thread->ctx.rsp -= slot + (imm ? si->ops[0].imm.value.u : 0);
    } else if (si->kind == INSN_CALL_INDIRECT) {
        thread->ctx.rsp += slot;
    }
    dispatch_unlock(thread);
    stop_stepping(thread);
    os_raise_general_protection(thread, rip);
}

static Block *indirect_exit(Thread *thread, GuestAddr target, IndirectSite *site)
{
    Process *process = thread->process;
    STAT_ADD(process, indirect_misses, 1);
    Block *block = block_for(thread, target);
    while (process->options.chaining && !remember_indirect(thread, target, block))
        block = block_for(thread, target); /* it died meanwhile: translated again */
    if (process->options.chaining) {
        if (site) {
            dispatch_lock(thread);
            if (cache_predict(process->cache, site, block))
                STAT_ADD(process, predictions, 1);
            dispatch_unlock(thread);
        }
    }
    return block;
}

void dispatch_exit(Thread *thread)
{
    Process *process = thread->process;
    STAT_ADD(process, dispatcher_entries, 1);
    uint32_t kind = thread->exit_kind & 0xFF;
    GuestAddr rip = 0;
    Block *block = NULL;
    bool after_syscall = kind == EXIT_SYSCALL;
    switch (kind) {
    case EXIT_DIRECT: {
        ExitStub *exit = (ExitStub *)(uintptr_t)thread->exit_arg;
        rip = exit->target;
        if (os_in_vsyscall_page(rip))
            rip = os_vsyscall(thread, rip);
        else if (!thread->stepping)
            block = direct_exit(thread, exit);
        break;
    }
    case EXIT_INDIRECT: {
        rip = thread->exit_arg;
        /* Taken at once: no site outlives the exit that set it (its
         * record may go after a flush). */
        IndirectSite *site = thread->exit_site;
        thread->exit_site = NULL;
        const Block *from = branch_source(thread, site);
        if (!os_canonical(&process->os, rip))
            non_canonical_branch(thread, from);
        if (os_in_vsyscall_page(rip))
            rip = os_vsyscall(thread, rip);
        else if (!thread->stepping)
            block = indirect_exit(thread, rip, site);
        break;
    }
    case EXIT_SYSCALL:
        STAT_ADD(process, syscalls, 1);
        thread->ctx.rip = thread->exit_arg;
        os_syscall(thread);
        rip = thread->ctx.rip;
        break;
    case EXIT_EMULATE:
        rip = dispatch_emulate(thread, thread->exit_arg, &after_syscall);
        STAT_ADD(process, syscalls, after_syscall);
        break;
    case EXIT_SIGNAL: {
        /* The host handler made this exit; shunt_resume_guest delivers. */
        rip = thread->exit_arg;
        /* A stepped instruction that ran before the signal came: its trap
         * is delivered first, the held signal right after. */
        bool stepped =
            thread->stepping && rip != thread->step_block->grip && !thread->signals.held.fault;
        stop_stepping(thread);
        if (stepped)
            os_raise_fault(thread, SIGTRAP, rip);
        if (thread->signal_pending) {
            thread->ctx.rip = rip;
            return;
        }
        break;
    }
    case EXIT_WRITE_FAULT: {
        Block *target = write_fault_exit(thread, thread->exit_arg);
        if (target)
            aim_at(thread, target);
        return;
    }
    case EXIT_STALE:
        rip = stale_exit(thread, (Block *)(uintptr_t)thread->exit_arg);
        break;
    case EXIT_FAULT:
        if (fault_is_stale(thread, thread->exit_arg, (int)(thread->exit_kind >> 8))) {
            rip = thread->exit_arg;
            stop_stepping(thread); /* a stepped instruction is stepped again */
            break;
        }
        os_raise_fault(thread, (int)(thread->exit_kind >> 8), thread->exit_arg);
    default:
        fatal("unknown exit kind %u from the code cache", kind);
    }
    aim_at(thread, resume_at(thread, rip, block, after_syscall));
}

void dispatch_enter(Thread *thread)
{
    aim_at(thread, resume_at(thread, thread->ctx.rip, NULL, false));
    shunt_enter_first(thread);
}

void dispatch_run(Thread *thread)
{
    if (raw_syscall(SYS_arch_prctl, ARCH_SET_GS, (uint64_t)(uintptr_t)thread, 0) != 0)
        fatal("cannot point GS at the thread block");
    dispatch_signal_stack(thread);
    os_signals_start(thread);
    dispatch_enter(thread);
}
