/*
 * os/guestmem.c: reading and writing guest memory on the guest's behalf.
 *
 * An emulated system call that reads or writes through a guest pointer
 * must succeed exactly where the kernel's own copy_from_user/copy_to_user
 * would, and answer EFAULT where they fail, never fault inside Shunt. The
 * guest memory map cannot decide that: it does not know shmat memory, the
 * pages brk just gave back, or the end of a truncated file mapping. So the
 * kernel decides: process_vm_writev/process_vm_readv on our own pid, with
 * the guest buffer as the *local* iovec, which the kernel accesses with
 * copy_from_user/copy_to_user (the remote side goes through
 * get_user_pages, which refuses PROT_WRITE-only and PROT_EXEC-only pages
 * the kernel's copies accept). Measured: the local side succeeds on
 * write-only, exec-only and shmat pages and fails on PROT_NONE, unmapped
 * and past-EOF pages, as open() and readlink() do.
 */
#include "os/os_internal.h"

#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>

/* Copies between the guest range and Shunt's buffer through the kernel:
 * `nr` is SYS_process_vm_writev to read the guest, _readv to write it. */
static int64_t guest_copy(int64_t nr, GuestAddr guest, void *host, size_t len)
{
    if (len == 0)
        return 0;
    struct iovec local = {(void *)(uintptr_t)guest, len};
    struct iovec remote = {host, len};
    /* Our own task, not the process's id: once the first thread has
     * exited (pthread_exit in main) the process's id names a zombie with
     * no memory, and the copy would fail (ESRCH). */
    int64_t pid = raw_syscall(SYS_gettid, 0, 0, 0);
    int64_t r = raw_syscall6(nr, (uint64_t)pid, (uint64_t)(uintptr_t)&local, 1,
                             (uint64_t)(uintptr_t)&remote, 1, 0);
    return r == (int64_t)len ? 0 : -EFAULT; /* a short copy stopped at a fault */
}

int64_t os_guest_read(void *dst, GuestAddr src, size_t len)
{
    return guest_copy(SYS_process_vm_writev, src, dst, len);
}

/* A page write-protected for the code translated from it (a signal frame
 * on a stack page holding a trampoline) is given back, as a guest write
 * to it would be, and the copy done again. */
int64_t os_guest_write(GuestAddr dst, const void *src, size_t len)
{
    int64_t r = guest_copy(SYS_process_vm_readv, dst, (void *)(uintptr_t)src, len);
    if (r == -EFAULT && dispatch_give_back_code(dst, len))
        r = guest_copy(SYS_process_vm_readv, dst, (void *)(uintptr_t)src, len);
    return r;
}

int64_t os_guest_string(GuestAddr addr, char *buf, size_t size)
{
    size_t copied = 0;
    while (copied < size) {
        /* A page at a time: a chunk never spans a page the guest may lack. */
        GuestAddr at = addr + copied;
        size_t chunk = PAGE_SIZE - (at & (PAGE_SIZE - 1));
        if (chunk > size - copied)
            chunk = size - copied;
        if (os_guest_read(buf + copied, at, chunk) != 0)
            return -EFAULT;
        if (memchr(buf + copied, '\0', chunk))
            return 0;
        copied += chunk;
    }
    return -ENAMETOOLONG;
}
