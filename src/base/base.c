/*
 * base: fatal(), error lines, the raw system call, and -L's choice of path.
 *
 * raw_syscall6 exists because glibc's syscall() stores errno in Shunt's TLS
 * and returns -1; the Linux personality needs the kernel's -errno to hand
 * back to the guest unchanged.
 */
#include "base/base.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

void fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("shunt: fatal: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fflush(NULL);
    abort();
}

void base_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("shunt: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int64_t raw_syscall6(int64_t nr, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5,
                     uint64_t a6)
{
    int64_t ret;
    register uint64_t r10 __asm__("r10") = a4;
    register uint64_t r8 __asm__("r8") = a5;
    register uint64_t r9 __asm__("r9") = a6;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

#ifdef __SANITIZE_ADDRESS__
/* The AddressSanitizer build (make asan) checks Shunt's own code. Faults of
 * the guest (a load from NULL, a division by zero in translated code) must
 * kill the guest with its native signal, not be reported by ASan; leaks at
 * exit are by design (the cache lives as long as the process). */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "detect_leaks=0:handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
           "handle_abort=0";
}
#endif

const char *base_prefixed_path(const char *prefix, const char *path, char *buf, size_t size)
{
    if (!prefix || !path || path[0] != '/')
        return path;
    int n = snprintf(buf, size, "%s%s", prefix, path);
    if (n < 0 || (size_t)n >= size ||
        raw_syscall(SYS_access, (uint64_t)(uintptr_t)buf, F_OK, 0) != 0)
        return path;
    return buf;
}
