/*
 * os/mm.c: brk and the mmap family.
 *
 * brk is emulated inside the region the loader reserved after the image
 * (Shunt's libc owns the real program break). The mmap family passes
 * through to the kernel and records the result in the guest memory map,
 * so the scanner knows which pages hold executable guest code.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

static bool map_fixed(GuestAddr start, GuestAddr end, int prot, int extra_flags)
{
    void *p = mmap((void *)start, end - start, prot,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | extra_flags, -1, 0);
    return p != MAP_FAILED;
}

int64_t os_sys_brk(Thread *thread, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    GuestAddr want = args[0];
    if (want < os->brk_start || want > os->brk_limit)
        return (int64_t)os->brk_current;
    GuestAddr end = PAGE_UP(want);
    if (end > os->brk_mapped_end) {
        if (!map_fixed(os->brk_mapped_end, end, PROT_READ | PROT_WRITE, 0))
            return (int64_t)os->brk_current;
    } else if (end < os->brk_mapped_end) {
        /* Give the memory back but keep the reservation. */
        map_fixed(end, os->brk_mapped_end, PROT_NONE, MAP_NORESERVE);
    }
    os_map_set(&os->map, os->brk_start, end, PROT_READ | PROT_WRITE);
    os->brk_mapped_end = end;
    os->brk_current = want;
    return (int64_t)want;
}

int64_t os_sys_mmap(Thread *thread, const uint64_t args[6])
{
    const OsState *os = &thread->process->os;
    int64_t r = raw_syscall6(SYS_mmap, args[0], args[1], args[2], args[3], args[4], args[5]);
    int fd = (args[3] & MAP_ANONYMOUS) ? -1 : (int)args[4];
    if (!SYSCALL_FAILED(r))
        os_map_set(&thread->process->os.map, (GuestAddr)r, (GuestAddr)r + PAGE_UP(args[1]),
                   os_effective_prot(os, (int)args[2], fd));
    return r;
}

int64_t os_sys_munmap(Thread *thread, const uint64_t args[6])
{
    int64_t r = raw_syscall(SYS_munmap, args[0], args[1], 0);
    if (r == 0)
        os_map_clear(&thread->process->os.map, args[0], args[0] + PAGE_UP(args[1]));
    return r;
}

int64_t os_sys_mprotect(Thread *thread, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    int64_t r = raw_syscall(SYS_mprotect, args[0], args[1], args[2]);
    /* The kernel also leaves out PROT_EXEC where the mapping may not be
     * executable (a noexec mount): Shunt does not track that. */
    if (r == 0)
        os_map_set(&os->map, args[0], args[0] + PAGE_UP(args[1]),
                   os_effective_prot(os, (int)args[2], -1));
    return r;
}

int64_t os_sys_mremap(Thread *thread, const uint64_t args[6])
{
    GuestMap *map = &thread->process->os.map;
    const GuestRegion *old = os_map_find(map, args[0]);
    int prot = old ? old->prot : PROT_READ | PROT_WRITE;
    int64_t r = raw_syscall6(SYS_mremap, args[0], args[1], args[2], args[3], args[4], 0);
    if (!SYSCALL_FAILED(r)) {
        os_map_clear(map, args[0], args[0] + PAGE_UP(args[1]));
        os_map_set(map, (GuestAddr)r, (GuestAddr)r + PAGE_UP(args[2]), prot);
    }
    return r;
}
