/*
 * os/guestmem.c: reading and writing guest memory on the guest's behalf.
 *
 * An emulated system call that dereferences a guest pointer itself (a
 * path to compare, a struct to record) must answer EFAULT for a bad
 * pointer, as the kernel does, instead of faulting inside Shunt. The guest
 * memory map knows every guest mapping and its protection.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

bool os_guest_access_ok(const GuestMap *map, GuestAddr addr, size_t len, int prot)
{
    GuestAddr end = addr + len;
    if (end < addr)
        return false;
    while (addr < end) {
        const GuestRegion *r = os_map_find(map, addr);
        if (!r || (r->prot & prot) != prot)
            return false;
        addr = r->end;
    }
    return true;
}

int64_t os_guest_string(const GuestMap *map, GuestAddr addr, char *buf, size_t size)
{
    size_t copied = 0;
    while (copied < size) {
        const GuestRegion *r = os_map_find(map, addr + copied);
        if (!r || !(r->prot & PROT_READ))
            return -EFAULT;
        size_t chunk = r->end - (addr + copied);
        if (chunk > size - copied)
            chunk = size - copied;
        const char *src = (const char *)(uintptr_t)(addr + copied);
        const char *nul = memchr(src, '\0', chunk);
        if (nul) {
            memcpy(buf + copied, src, (size_t)(nul - src) + 1);
            return 0;
        }
        memcpy(buf + copied, src, chunk);
        copied += chunk;
    }
    return -ENAMETOOLONG;
}
