/*
 * os: the Linux personality.
 *
 * PURPOSE: what the guest sees of the kernel. System calls that need
 * nothing pass straight through; those that would reveal or disturb Shunt
 * are emulated: brk (grown as the kernel's, from where the loader chose),
 * arch_prctl (the guest's FS/GS bases live in its context), exit/
 * exit_group, mmap/munmap/mprotect/mremap (tracked, so the scanner knows
 * what is executable),
 * readlink of /proc/self/exe, signal actions (recorded: delivering guest
 * handlers is a later issue), rseq and clone3 (refused, as QEMU does),
 * clone/fork/vfork (a host fork), execve (the new program runs under
 * Shunt too). Handlers return the value for rax or -errno.
 */
#ifndef SHUNT_OS_H
#define SHUNT_OS_H

#include "base/base.h"

#include <signal.h>

typedef struct GuestRegion {
    GuestAddr start, end;
    int prot;
} GuestRegion;

/* The guest's memory map as far as it matters to Shunt: which ranges hold
 * executable code. Sorted, non-overlapping. */
typedef struct GuestMap {
    GuestRegion *regions;
    size_t count, capacity;
} GuestMap;

typedef struct GuestSigaction {
    uint64_t handler, flags, restorer, mask;
} GuestSigaction;

typedef struct OsState {
    GuestAddr brk_start, brk_current; /* [brk_start, PAGE_UP(brk_current)) is mapped */
    GuestMap map;
    GuestSigaction sigactions[65];
    const char *guest_path; /* absolute path of the program */
    int guest_argc;
    char **guest_argv;
} OsState;

typedef struct Thread Thread;

/* Sets up the guest memory map from the loaded image, stack and vDSO. */
void os_init(Thread *thread);

/* Performs the system call in thread->ctx (number in rax, arguments in
 * rdi, rsi, rdx, r10, r8, r9), leaving the result in ctx.rax and the
 * registers the hardware clobbers (rcx = next rip, r11 = rflags) set. */
void os_syscall(Thread *thread);

/* The guest executed an instruction that faults natively: delivers the
 * signal. With no guest handler (the only case so far) the process dies of
 * it, exactly as natively. */
__attribute__((noreturn)) void os_raise_fault(Thread *thread, int signo, GuestAddr rip);

/* Bytes from `addr` on that are executable guest memory (ScanExecutableBytes). */
size_t os_executable_bytes(void *process, GuestAddr addr);

/* Records [start, end) with `prot` in the map, replacing what was there. */
void os_map_set(GuestMap *map, GuestAddr start, GuestAddr end, int prot);
/* Removes [start, end) from the map. */
void os_map_clear(GuestMap *map, GuestAddr start, GuestAddr end);
/* The region containing `addr`, or NULL. */
const GuestRegion *os_map_find(const GuestMap *map, GuestAddr addr);

#endif
