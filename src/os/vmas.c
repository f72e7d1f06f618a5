/*
 * os/vmas.c: the kernel's view of the address space, and which of it is
 * Shunt's.
 *
 * Shunt's memory (its binary, libraries, heap, stacks, code cache) is every
 * mapped page the guest memory map does not cover. The mmap family calls
 * that could replace, unmap or re-protect memory ask os_map_foreign first;
 * it looks only at the gaps the guest map leaves in the range (usually
 * none: a guest unmaps what it mapped) and asks the kernel about each gap
 * with one MAP_FIXED_NOREPLACE PROT_NONE probe: EEXIST means something is
 * mapped there, success means nothing is (the probe is unmapped again).
 * Where the probe cannot answer, /proc/self/maps does.
 *
 * A MAP_GROWSDOWN mapping grows without a system call, so the guest map's
 * record of it may start too high; before calling a gap Shunt's, the
 * grows-down regions are extended to the kernel's vma (os_map_sync).
 */
#include "os/os_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

char *os_kernel_maps(const char *path, size_t *len)
{
    int64_t fd = raw_syscall(SYS_open, (uint64_t)(uintptr_t)path, O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *text = malloc(cap);
    while (text) {
        if (cap - n < 8192) {
            char *grown = realloc(text, cap * 2);
            if (!grown) {
                free(text);
                text = NULL;
                break;
            }
            text = grown;
            cap *= 2;
        }
        int64_t r =
            raw_syscall(SYS_read, (uint64_t)fd, (uint64_t)(uintptr_t)(text + n), cap - n - 1);
        if (r <= 0)
            break;
        n += (size_t)r;
    }
    raw_syscall(SYS_close, (uint64_t)fd, 0, 0);
    if (text)
        text[n] = '\0';
    *len = n;
    return text;
}

bool os_maps_line_range(const char *line, GuestAddr *start, GuestAddr *end)
{
    unsigned long long s, e;
    int n = 0;
    if (sscanf(line, "%llx-%llx %n", &s, &e, &n) != 2 || n == 0 || line[n - 1] != ' ')
        return false;
    *start = s;
    *end = e;
    return true;
}

/* True if a line of the kernel's maps overlaps [start, end); true too if
 * the file cannot be read (refusing is the safe answer). */
static bool kernel_maps_overlap(GuestAddr start, GuestAddr end)
{
    size_t len;
    char *text = os_kernel_maps("/proc/self/maps", &len);
    if (!text)
        return true;
    bool found = false;
    for (char *line = text; line && *line && !found; line = strchr(line, '\n'), line += !!line) {
        GuestAddr s, e;
        if (os_maps_line_range(line, &s, &e) && s < end && e > start)
            found = true;
    }
    free(text);
    return found;
}

/* True if any page of [start, end) is mapped. */
static bool gap_mapped(GuestAddr start, GuestAddr end)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE;
    int64_t p =
        raw_syscall6(SYS_mmap, start, end - start, PROT_NONE, (uint64_t)flags, (uint64_t)-1, 0);
    if (p == -EEXIST)
        return true;
    if (!SYSCALL_FAILED(p))
        raw_syscall(SYS_munmap, (uint64_t)p, end - start, 0);
    if (p == (int64_t)start)
        return false;
    return kernel_maps_overlap(start, end); /* no room for the probe, or an old kernel */
}

size_t os_map_first_after(const GuestMap *map, GuestAddr addr)
{
    size_t lo = 0, hi = map->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (map->regions[mid].end <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool gaps_mapped(const GuestMap *map, GuestAddr start, GuestAddr end)
{
    GuestAddr at = start;
    for (size_t i = os_map_first_after(map, start); i < map->count && at < end; i++) {
        const GuestRegion *r = &map->regions[i];
        if (r->start >= end)
            break;
        if (r->start > at && gap_mapped(at, r->start))
            return true;
        at = r->end;
    }
    return at < end && gap_mapped(at, end);
}

void os_map_sync(GuestMap *map, const char *maps)
{
    for (size_t i = 0; i < map->count; i++) {
        GuestRegion *r = &map->regions[i];
        if (!(r->prot & PROT_GROWSDOWN))
            continue;
        GuestAddr floor = i > 0 ? map->regions[i - 1].end : 0;
        for (const char *line = maps; line && *line; line = strchr(line, '\n'), line += !!line) {
            GuestAddr s, e;
            if (os_maps_line_range(line, &s, &e) && s < r->start && r->start < e)
                r->start = s > floor ? s : floor;
        }
    }
}

static bool has_grows_down(const GuestMap *map)
{
    for (size_t i = 0; i < map->count; i++)
        if (map->regions[i].prot & PROT_GROWSDOWN)
            return true;
    return false;
}

bool os_map_foreign(GuestMap *map, GuestAddr start, GuestAddr end)
{
    if (!gaps_mapped(map, start, end))
        return false;
    if (!has_grows_down(map))
        return true;
    size_t len;
    char *text = os_kernel_maps("/proc/self/maps", &len);
    if (!text)
        return true;
    os_map_sync(map, text);
    free(text);
    return gaps_mapped(map, start, end);
}

GuestAddr os_map_covered_end(const GuestMap *map, GuestAddr start, GuestAddr end)
{
    GuestAddr at = start;
    for (size_t i = os_map_first_after(map, start); i < map->count && at < end; i++) {
        const GuestRegion *r = &map->regions[i];
        if (r->start > at)
            break;
        at = r->end;
    }
    return at < end ? at : end;
}

void os_map_protect(GuestMap *map, GuestAddr start, GuestAddr end, int prot)
{
    GuestAddr at = start;
    while (at < end) {
        size_t i = os_map_first_after(map, at);
        if (i == map->count || map->regions[i].start >= end)
            return;
        const GuestRegion *r = &map->regions[i];
        GuestAddr s = r->start > at ? r->start : at, e = r->end < end ? r->end : end;
        os_map_set(map, s, e, prot | (r->prot & (PROT_GROWSDOWN | GUEST_SHARED)));
        at = e;
    }
}
