/*
 * os/mm.c: brk and the mmap family.
 *
 * brk is emulated (Shunt's libc owns the real program break) as the
 * kernel's brk works (mm/mmap.c, 6.x), from the start the loader chose:
 * nothing is reserved; growing maps zero pages after the break and is
 * refused (the old break returned) when the new end plus a guard page
 * would reach the next mapping or RLIMIT_DATA would be exceeded; an
 * existing mapping is never replaced; shrinking unmaps. The mmap family
 * passes through to the kernel, except over Shunt's own memory (any mapped
 * page the guest map does not cover: vmas.c), which the guest may never
 * replace, unmap, re-protect or advise: such a call fails with the errno
 * the kernel gives for a range it cannot act on (docs/os.md). Both record
 * the result in the guest memory map, so the scanner knows which pages
 * hold executable guest code and the maps view what to show.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>

/* TASK_SIZE on x86-64: no break reaches past it. */
#define USER_SPACE_END 0x7ffffffff000ULL
/* Free room below a new MAP_GROWSDOWN mapping: the kernel's stack guard
 * gap (1 MiB by default) and some growth. */
#define GROWSDOWN_ROOM (64ULL << 20)

/* The kernel's check_data_rlimit: the break's size plus the initialized
 * data (end_data - start_data) against RLIMIT_DATA. */
static bool brk_exceeds_rlimit(const Process *process, GuestAddr want)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_DATA, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return false;
    const LoadedImage *image = &process->image;
    return want - process->os.brk_start + (image->data_end - image->data_start) > rl.rlim_cur;
}

/* Maps [old_end, new_end) if it and the guard page after it are free.
 * The guard page is mapped with it (so one MAP_FIXED_NOREPLACE checks
 * both) and given back at once. */
static bool brk_grow(OsState *os, GuestAddr old_end, GuestAddr new_end)
{
    uint64_t len = new_end - old_end + PAGE_SIZE;
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE;
    void *p = mmap((void *)old_end, len, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (p == MAP_FAILED)
        return false;
    if ((GuestAddr)p != old_end) { /* kernels before 4.17 take the flag as a hint */
        munmap(p, len);
        return false;
    }
    munmap((void *)new_end, PAGE_SIZE);
    os_map_set(&os->map, old_end, new_end, PROT_READ | PROT_WRITE);
    return true;
}

/* Unmaps the guest's pages in [new_end, old_end); refused, as by the
 * kernel, when there are none. Only guest pages go: whatever else lies
 * there (the guest may have unmapped its break) is Shunt's. */
static bool brk_shrink(OsState *os, GuestAddr new_end, GuestAddr old_end)
{
    bool found = false;
    for (size_t i = 0; i < os->map.count; i++) {
        const GuestRegion *r = &os->map.regions[i];
        GuestAddr start = r->start > new_end ? r->start : new_end;
        GuestAddr end = r->end < old_end ? r->end : old_end;
        if (start < end) {
            munmap((void *)start, end - start);
            found = true;
        }
    }
    if (found)
        os_map_clear(&os->map, new_end, old_end);
    return found;
}

int64_t os_sys_brk(Thread *thread, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    GuestAddr want = args[0];
    if (want < os->brk_start || want > USER_SPACE_END - PAGE_SIZE ||
        brk_exceeds_rlimit(thread->process, want))
        return (int64_t)os->brk_current;
    GuestAddr old_end = PAGE_UP(os->brk_current), new_end = PAGE_UP(want);
    bool ok = true;
    if (new_end != old_end && want <= os->brk_current)
        ok = brk_shrink(os, new_end, old_end);
    else if (new_end != old_end)
        ok = brk_grow(os, old_end, new_end);
    if (ok && new_end != old_end) /* new or gone memory: no translation of it holds */
        dispatch_invalidate(thread, old_end < new_end ? old_end : new_end,
                            old_end < new_end ? new_end : old_end, "brk");
    if (ok)
        os->brk_current = want;
    return (int64_t)os->brk_current;
}

/* True if the kernel would accept [start, start + len) as a range to
 * act on: page-aligned, not empty, inside the user address space. Ranges
 * it refuses go to it unexamined, for its own errno. */
static bool range_sane(GuestAddr start, uint64_t len)
{
    uint64_t size = PAGE_UP(len);
    return (start & (PAGE_SIZE - 1)) == 0 && len != 0 && size >= len && size <= USER_SPACE_END &&
           start <= USER_SPACE_END - size;
}

/* True if the guest may not act on [start, start + len): it holds
 * Shunt's memory. */
static bool touches_shunt(Thread *thread, GuestAddr start, uint64_t len)
{
    return range_sane(start, len) &&
           os_map_foreign(&thread->process->os.map, start, start + PAGE_UP(len));
}

/* The protection to record: what the kernel gives, with GUEST_SHARED
 * marking a shared mapping and PROT_GROWSDOWN a grows-down one. */
static int mmap_prot(const OsState *os, const uint64_t args[6])
{
    int fd = (args[3] & MAP_ANONYMOUS) ? -1 : (int)args[4];
    int prot = os_effective_prot(os, (int)args[2] & (PROT_READ | PROT_WRITE | PROT_EXEC), fd);
    if ((args[3] & MAP_TYPE) != MAP_PRIVATE)
        prot |= GUEST_SHARED; /* MAP_SHARED, MAP_SHARED_VALIDATE */
    return (args[3] & MAP_GROWSDOWN) ? prot | PROT_GROWSDOWN : prot;
}

/* A MAP_GROWSDOWN mapping natively lands below the lowest mapping, with
 * room to grow; in Shunt's process the kernel may put it in a small hole
 * above Shunt's memory, where the stack guard gap forbids any growth. So
 * it is placed at the top of a free range of GROWSDOWN_ROOM more bytes. */
static int64_t mmap_grows_down(const uint64_t args[6])
{
    uint64_t len = PAGE_UP(args[1]), total = len + GROWSDOWN_ROOM;
    if (len == 0 || len < args[1])
        return raw_syscall6(SYS_mmap, args[0], args[1], args[2], args[3], args[4], args[5]);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    int64_t room = raw_syscall6(SYS_mmap, 0, total, PROT_NONE, (uint64_t)flags, (uint64_t)-1, 0);
    if (SYSCALL_FAILED(room))
        return raw_syscall6(SYS_mmap, args[0], args[1], args[2], args[3], args[4], args[5]);
    uint64_t top = (uint64_t)room + GROWSDOWN_ROOM;
    int64_t r =
        raw_syscall6(SYS_mmap, top, args[1], args[2], args[3] | MAP_FIXED, args[4], args[5]);
    raw_syscall(SYS_munmap, (uint64_t)room, SYSCALL_FAILED(r) ? total : GROWSDOWN_ROOM, 0);
    return r;
}

/* MAP_FIXED over Shunt's memory is ENOMEM (as when the kernel cannot
 * split a mapping); MAP_FIXED_NOREPLACE needs nothing: the kernel answers
 * EEXIST over any mapping. */
int64_t os_sys_mmap(Thread *thread, const uint64_t args[6])
{
    OsState *os = &thread->process->os;
    bool fixed = (args[3] & MAP_FIXED) && !(args[3] & MAP_FIXED_NOREPLACE);
    if (fixed && touches_shunt(thread, args[0], args[1]))
        return -ENOMEM;
    bool grows = (args[3] & (MAP_GROWSDOWN | MAP_FIXED)) == MAP_GROWSDOWN && args[0] == 0;
    int64_t r = grows
                    ? mmap_grows_down(args)
                    : raw_syscall6(SYS_mmap, args[0], args[1], args[2], args[3], args[4], args[5]);
    if (!SYSCALL_FAILED(r)) {
        os_map_set(&os->map, (GuestAddr)r, (GuestAddr)r + PAGE_UP(args[1]), mmap_prot(os, args));
        dispatch_invalidate(thread, (GuestAddr)r, (GuestAddr)r + PAGE_UP(args[1]), "mmap");
    }
    return r;
}

/* munmap over Shunt's memory is ENOMEM, as when the kernel cannot split a
 * mapping (nothing is unmapped). */
int64_t os_sys_munmap(Thread *thread, const uint64_t args[6])
{
    if (touches_shunt(thread, args[0], args[1]))
        return -ENOMEM;
    int64_t r = raw_syscall(SYS_munmap, args[0], args[1], 0);
    if (r == 0) {
        os_map_clear(&thread->process->os.map, args[0], args[0] + PAGE_UP(args[1]));
        dispatch_invalidate(thread, args[0], args[0] + PAGE_UP(args[1]), "munmap");
    }
    return r;
}

/* mprotect and pkey_mprotect: ENOMEM over Shunt's memory, as over an
 * unmapped page. The kernel changes the range up to its first hole and
 * then answers ENOMEM; the map follows it. It also leaves out PROT_EXEC
 * where the mapping may not be executable (a noexec mount): Shunt does not
 * track that. */
/* With PROT_GROWSDOWN the kernel changes a grows-down mapping from the
 * start of its vma (glibc makes the stack executable so): where that is. */
static GuestAddr grows_down_start(GuestMap *map, GuestAddr start)
{
    size_t len;
    char *text = os_kernel_maps("/proc/thread-self/maps", &len);
    if (text)
        os_map_sync(map, text);
    free(text);
    const GuestRegion *r = os_map_find(map, start);
    return r && (r->prot & PROT_GROWSDOWN) ? r->start : start;
}

static bool all_executable(const GuestMap *map, GuestAddr start, GuestAddr end)
{
    for (GuestAddr at = start; at < end;) {
        const GuestRegion *r = os_map_find(map, at);
        if (!r || !(r->prot & PROT_EXEC))
            return false;
        at = r->end;
    }
    return true;
}

static int64_t mprotect_with(Thread *thread, const uint64_t args[6], int64_t nr)
{
    OsState *os = &thread->process->os;
    if (touches_shunt(thread, args[0], args[1]))
        return -ENOMEM;
    int64_t r = raw_syscall6(nr, args[0], args[1], args[2], args[3], 0, 0);
    GuestAddr start = args[0], end = start + PAGE_UP(args[1]);
    if (r == -ENOMEM && range_sane(start, args[1]))
        end = os_map_covered_end(&os->map, start, end);
    else if (r != 0)
        return r;
    else if (args[2] & PROT_GROWSDOWN)
        start = grows_down_start(&os->map, start);
    int prot = os_effective_prot(os, (int)args[2] & (PROT_READ | PROT_WRITE | PROT_EXEC), -1);
    /* Code that stays executable stays valid; any other change drops the
     * translations (made not executable, or made executable where a
     * fetch fault was translated, or a page Shunt write-protected, whose
     * protection the call just replaced). */
    bool keeps_code = (prot & PROT_EXEC) && all_executable(&os->map, start, end) &&
                      !dispatch_code_protected(thread, start, end); /* its new prot is the host's */
    os_map_protect(&os->map, start, end, prot);
    if (!keeps_code)
        dispatch_invalidate(thread, start, end, "mprotect");
    return r;
}

int64_t os_sys_mprotect(Thread *thread, const uint64_t args[6])
{
    return mprotect_with(thread, args, SYS_mprotect);
}

int64_t os_sys_pkey_mprotect(Thread *thread, const uint64_t args[6])
{
    return mprotect_with(thread, args, SYS_pkey_mprotect);
}

/* madvise over Shunt's memory is ENOMEM, as over an unmapped page, and
 * advises nothing (MADV_DONTNEED would zero Shunt's pages). */
int64_t os_sys_madvise(Thread *thread, const uint64_t args[6])
{
    if (touches_shunt(thread, args[0], args[1]))
        return -ENOMEM;
    int64_t r = raw_syscall(SYS_madvise, args[0], args[1], args[2]);
    /* Advice that may change the contents (zero them, or go back to the
     * file) drops their translations. */
    if (r == 0 && (args[2] == MADV_DONTNEED || args[2] == MADV_FREE || args[2] == MADV_REMOVE ||
                   args[2] == MADV_DONTNEED_LOCKED))
        dispatch_invalidate(thread, args[0], args[0] + PAGE_UP(args[1]), "madvise");
    return r;
}

/* mseal over Shunt's memory is ENOMEM, as over an unmapped page: sealed,
 * Shunt could never unmap or re-protect it again. */
int64_t os_sys_mseal(Thread *thread, const uint64_t args[6])
{
    if (touches_shunt(thread, args[0], args[1]))
        return -ENOMEM;
    return raw_syscall(SYS_mseal, args[0], args[1], args[2]);
}

/* mremap of a range holding Shunt's memory is EFAULT (the kernel's answer
 * for a range that is not one mapping); MREMAP_FIXED onto it is ENOMEM.
 * The moved region keeps its protection; MREMAP_DONTUNMAP leaves the old
 * range mapped. */
int64_t os_sys_mremap(Thread *thread, const uint64_t args[6])
{
    GuestMap *map = &thread->process->os.map;
    if (args[1] != 0 && touches_shunt(thread, args[0], args[1]))
        return -EFAULT;
    if ((args[3] & MREMAP_FIXED) && touches_shunt(thread, args[4], args[2]))
        return -ENOMEM;
    const GuestRegion *old = os_map_find(map, args[0]);
    int prot = old ? old->prot : PROT_READ | PROT_WRITE;
    int64_t r = raw_syscall6(SYS_mremap, args[0], args[1], args[2], args[3], args[4], 0);
    if (!SYSCALL_FAILED(r)) {
        if (!(args[3] & MREMAP_DONTUNMAP))
            os_map_clear(map, args[0], args[0] + PAGE_UP(args[1]));
        os_map_set(map, (GuestAddr)r, (GuestAddr)r + PAGE_UP(args[2]), prot);
        dispatch_invalidate(thread, args[0], args[0] + PAGE_UP(args[1]), "mremap");
        dispatch_invalidate(thread, (GuestAddr)r, (GuestAddr)r + PAGE_UP(args[2]), "mremap");
    }
    return r;
}
