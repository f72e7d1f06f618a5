/*
 * base: the few things every module needs.
 *
 * PURPOSE: the guest/host address types, the one fatal() for broken
 * invariants, raw system calls that return -errno instead of touching errno
 * (Shunt's C code runs between guest instructions and must not disturb the
 * guest's view of anything), and small arithmetic helpers.
 */
#ifndef SHUNT_BASE_H
#define SHUNT_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An address in the guest's view (also the host address it is mapped at:
 * guest memory is host memory, see DESIGN.md decision 2). Code-cache
 * addresses are always pointers (uint8_t *), never GuestAddr. */
typedef uint64_t GuestAddr;

#define PAGE_SIZE 4096ULL
#define PAGE_DOWN(x) ((uint64_t)(x) & ~(PAGE_SIZE - 1))
#define PAGE_UP(x) (((uint64_t)(x) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Prints "shunt: fatal: <message>" and aborts. For broken invariants only:
 * recoverable failures return a status to the caller. */
__attribute__((noreturn, format(printf, 1, 2))) void fatal(const char *fmt, ...);

/* Prints "shunt: <message>" on stderr (one line, newline added). */
__attribute__((format(printf, 1, 2))) void base_error(const char *fmt, ...);

/* -L: `path` under `prefix` (written to buf) if it is absolute and exists
 * there, as qemu-user's path() chooses; else `path` itself (also when
 * prefix is NULL). Here so that the loader may use it for PT_INTERP. */
const char *base_prefixed_path(const char *prefix, const char *path, char *buf, size_t size);

/* A raw Linux system call: returns the kernel's value, -errno on failure. */
int64_t raw_syscall6(int64_t nr, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5,
                     uint64_t a6);

static inline int64_t raw_syscall(int64_t nr, uint64_t a1, uint64_t a2, uint64_t a3)
{
    return raw_syscall6(nr, a1, a2, a3, 0, 0, 0);
}

#endif
