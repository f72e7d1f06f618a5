/*
 * os_internal.h: the system-call handler type and the handlers, private
 * to src/os/. A handler gets the thread and the six argument registers and
 * returns the value for rax (or -errno).
 */
#ifndef SHUNT_OS_INTERNAL_H
#define SHUNT_OS_INTERNAL_H

#include "dispatch/dispatch.h"
#include "os/os.h"

/* A raw result in -4095..-1 is -errno; anything else (addresses) succeeded. */
#define SYSCALL_FAILED(r) ((uint64_t)(r) > (uint64_t)-4096)

typedef int64_t (*SyscallHandler)(Thread *thread, const uint64_t args[6]);

/* mm.c */
int64_t os_sys_brk(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mmap(Thread *thread, const uint64_t args[6]);
int64_t os_sys_munmap(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mprotect(Thread *thread, const uint64_t args[6]);
int64_t os_sys_mremap(Thread *thread, const uint64_t args[6]);

/* process.c */
int64_t os_sys_exit_group(Thread *thread, const uint64_t args[6]);
int64_t os_sys_arch_prctl(Thread *thread, const uint64_t args[6]);
int64_t os_sys_clone(Thread *thread, const uint64_t args[6]);
int64_t os_sys_fork(Thread *thread, const uint64_t args[6]);
int64_t os_sys_execve(Thread *thread, const uint64_t args[6]);
int64_t os_sys_enosys(Thread *thread, const uint64_t args[6]);

/* files.c */
int64_t os_sys_readlink(Thread *thread, const uint64_t args[6]);
int64_t os_sys_readlinkat(Thread *thread, const uint64_t args[6]);
int64_t os_sys_open(Thread *thread, const uint64_t args[6]);
int64_t os_sys_openat(Thread *thread, const uint64_t args[6]);

/* signals.c */
int64_t os_sys_rt_sigaction(Thread *thread, const uint64_t args[6]);

/* guestmem.c: true if [addr, addr+len) is guest memory allowing `prot`. */
bool os_guest_access_ok(const GuestMap *map, GuestAddr addr, size_t len, int prot);
/* Copies the guest's NUL-terminated string at addr into buf (size bytes):
 * 0, -EFAULT, or -ENAMETOOLONG. */
int64_t os_guest_string(const GuestMap *map, GuestAddr addr, char *buf, size_t size);

/* Ends the process with `status` after flushing Shunt's logs. */
__attribute__((noreturn)) void os_exit_process(Thread *thread, int status);

/* The guest's view of a path: /proc/self/exe and /proc/<pid>/exe name the
 * guest program, not Shunt. NULL if `path` is not such a name. */
const char *os_exe_alias(Thread *thread, const char *path);

#endif
