/*
 * os/shm.c: System V shared memory attaches in the guest memory map.
 *
 * shmat maps a segment like mmap does, so the guest map records it (the
 * maps view lists it, munmap and shmdt of it are the guest's own); with
 * SHM_REMAP it may replace mappings, and over Shunt's memory it answers
 * EINVAL, the kernel's answer for an address it cannot attach at. shmdt
 * removes the vma the attach made, found in the kernel's maps.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/syscall.h>

/* The size of segment `id` rounded to pages, 0 if unknown. */
static uint64_t segment_size(int id)
{
    struct shmid_ds ds;
    if (raw_syscall(SYS_shmctl, (uint64_t)id, IPC_STAT, (uint64_t)(uintptr_t)&ds) != 0)
        return 0;
    return PAGE_UP(ds.shm_segsz);
}

int64_t os_sys_shmat(Thread *thread, const uint64_t args[6])
{
    GuestMap *map = &thread->process->os.map;
    int id = (int)args[0], flags = (int)args[2];
    uint64_t size = segment_size(id);
    GuestAddr want = (flags & SHM_RND) ? args[1] & ~(uint64_t)(SHMLBA - 1) : args[1];
    if ((flags & SHM_REMAP) && want != 0 && size != 0 && want <= UINT64_MAX - size &&
        os_map_foreign(map, want, want + size))
        return -EINVAL;
    int64_t r = raw_syscall(SYS_shmat, args[0], args[1], args[2]);
    if (SYSCALL_FAILED(r) || size == 0)
        return r;
    int prot = (flags & SHM_RDONLY) ? PROT_READ : PROT_READ | PROT_WRITE;
    if (flags & SHM_EXEC)
        prot |= PROT_EXEC;
    os_map_set(map, (GuestAddr)r, (GuestAddr)r + size,
               os_effective_prot(&thread->process->os, prot, -1) | GUEST_SHARED);
    dispatch_invalidate(thread, (GuestAddr)r, (GuestAddr)r + size, "shmat");
    return r;
}

/* The end of the attach at `addr` (the kernel's shmdt unmaps every piece
 * of it, mprotect may have split it): its vma's inode is the segment's
 * id, whose size says how far; the vma's end if that is gone. 0 if no
 * vma starts at `addr`. */
static GuestAddr attach_end(GuestAddr addr)
{
    size_t len;
    char *text = os_kernel_maps("/proc/thread-self/maps", &len);
    GuestAddr found = 0;
    for (const char *line = text; line && *line; line = strchr(line, '\n'), line += !!line) {
        unsigned long long s, e, ino;
        if (sscanf(line, "%llx-%llx %*s %*x %*x:%*x %llu", &s, &e, &ino) == 3 && s == addr) {
            uint64_t size = ino <= INT32_MAX ? segment_size((int)ino) : 0;
            found = size > e - s ? s + size : e;
        }
    }
    free(text);
    return found;
}

int64_t os_sys_shmdt(Thread *thread, const uint64_t args[6])
{
    GuestAddr end = attach_end(args[0]);
    int64_t r = raw_syscall(SYS_shmdt, args[0], 0, 0);
    if (r == 0 && end != 0) {
        os_map_clear(&thread->process->os.map, args[0], end);
        dispatch_invalidate(thread, args[0], end, "shmdt");
    }
    return r;
}
