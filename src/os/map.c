/*
 * os/map.c: the guest memory map.
 *
 * Shunt's own mappings share the address space with the guest's, so the
 * kernel cannot tell us which executable pages belong to the guest. This
 * map can: the loader's segments, the guest stack, the vDSO (guest code
 * like any other), and every mmap/mprotect/munmap/mremap the guest makes.
 * The scanner fetches code only where this map says PROT_EXEC.
 */
#include "os/os_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

static void map_insert_at(GuestMap *map, size_t index, GuestRegion region)
{
    if (map->count == map->capacity) {
        size_t cap = map->capacity ? map->capacity * 2 : 64;
        GuestRegion *grown = realloc(map->regions, cap * sizeof(*grown));
        if (!grown)
            fatal("out of memory growing the guest memory map");
        map->regions = grown;
        map->capacity = cap;
    }
    memmove(&map->regions[index + 1], &map->regions[index],
            (map->count - index) * sizeof(GuestRegion));
    map->regions[index] = region;
    map->count++;
}

void os_map_clear(GuestMap *map, GuestAddr start, GuestAddr end)
{
    for (size_t i = 0; i < map->count;) {
        GuestRegion *r = &map->regions[i];
        if (r->end <= start || r->start >= end) {
            i++;
            continue;
        }
        if (r->start < start && r->end > end) { /* split in two */
            GuestRegion tail = {end, r->end, r->prot};
            r->end = start;
            map_insert_at(map, i + 1, tail);
            return;
        }
        if (r->start < start) {
            r->end = start;
            i++;
        } else if (r->end > end) {
            r->start = end;
            i++;
        } else {
            memmove(r, r + 1, (map->count - i - 1) * sizeof(GuestRegion));
            map->count--;
        }
    }
}

void os_map_set(GuestMap *map, GuestAddr start, GuestAddr end, int prot)
{
    if (start >= end)
        return;
    os_map_clear(map, start, end);
    size_t i = 0;
    while (i < map->count && map->regions[i].start < start)
        i++;
    map_insert_at(map, i, (GuestRegion){start, end, prot});
}

const GuestRegion *os_map_find(const GuestMap *map, GuestAddr addr)
{
    size_t lo = 0, hi = map->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const GuestRegion *r = &map->regions[mid];
        if (addr < r->start)
            hi = mid;
        else if (addr >= r->end)
            lo = mid + 1;
        else
            return r;
    }
    return NULL;
}

int os_guest_prot(const OsState *os, GuestAddr addr)
{
    const GuestRegion *r = os_map_find(&os->map, addr);
    return r ? r->prot & (PROT_READ | PROT_WRITE | PROT_EXEC) : -1;
}

bool os_guest_shared_code(const OsState *os, GuestAddr addr)
{
    const GuestRegion *r = os_map_find(&os->map, addr);
    return r && (r->prot & GUEST_SHARED) && (r->prot & PROT_EXEC);
}

size_t os_executable_bytes(void *arg, GuestAddr addr)
{
    Process *process = arg;
    size_t total = 0;
    /* Adjacent executable regions count together: an instruction may
     * straddle two mappings. 16 bytes are all the scanner needs. */
    while (total < 16) {
        const GuestRegion *r = os_map_find(&process->os.map, addr + total);
        if (!r || !(r->prot & PROT_EXEC) || !(r->prot & PROT_READ))
            break;
        total += r->end - (addr + total);
    }
    return total;
}

/* The vDSO is mapped by the kernel into Shunt's process and handed to the
 * guest through AT_SYSINFO_EHDR: record it (and its data pages). */
static void map_vdso(GuestMap *map)
{
    FILE *maps = fopen("/proc/self/maps", "r");
    if (!maps)
        return;
    char line[512];
    while (fgets(line, sizeof(line), maps)) {
        unsigned long long start, end;
        char perms[8];
        if (sscanf(line, "%llx-%llx %7s", &start, &end, perms) != 3)
            continue;
        if (strstr(line, "[vdso]"))
            os_map_set(map, start, end, PROT_READ | PROT_EXEC);
        else if (strstr(line, "[vvar]") || strstr(line, "[vvar_vclock]"))
            os_map_set(map, start, end, PROT_READ);
    }
    fclose(maps);
}

static void record_host_sigactions(OsState *os)
{
    for (int sig = 1; sig < 65; sig++) {
        GuestSigaction act;
        if (raw_syscall6(SYS_rt_sigaction, (uint64_t)sig, 0, (uint64_t)(uintptr_t)&act, 8, 0, 0) ==
            0)
            os->sigactions[sig] = act;
    }
}

void os_init(Thread *thread)
{
    Process *process = thread->process;
    OsState *os = &process->os;
    const LoadedImage *image = &process->image;
    for (const LoadedImage *im = image; im != NULL; im = im->interp)
        for (size_t i = 0; i < im->segment_count; i++)
            os_map_set(&os->map, im->segments[i].start, im->segments[i].end, im->segments[i].prot);
    /* In the process stack it grows down without a system call. */
    int stack_prot = PROT_READ | PROT_WRITE | (image->executable_stack ? PROT_EXEC : 0);
    if (image->executable_stack) {
        /* As binfmt_elf's setup_arg_pages: the whole stack mapping (with
         * Shunt's part above the guest's, one VMA) is made executable. */
        uint64_t high = process->stack.stack_high + process->stack.shunt_above;
        int grows = process->stack.in_process_stack ? PROT_GROWSDOWN : 0;
        raw_syscall(SYS_mprotect, process->stack.stack_low, high - process->stack.stack_low,
                    (uint64_t)(stack_prot | grows));
    }
    os_map_set(&os->map, process->stack.stack_low, process->stack.stack_high,
               stack_prot | (process->stack.in_process_stack ? PROT_GROWSDOWN : 0));
    map_vdso(&os->map);
    os->brk_start = os->brk_current = image->brk_start;
    os->guest_path = image->path;
    record_host_sigactions(os);
    os_signals_init(thread);
    os_limits_init(os, process->stack.shunt_above);
    os_init_views(thread);
}
