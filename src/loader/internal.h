/*
 * loader/internal.h: what the loader's files share, private to src/loader/.
 *
 * An ElfFile is the open program while it is checked and mapped: check.c
 * fills the headers (every field used afterwards has been validated there),
 * map.c and symbols.c only read them.
 */
#ifndef SHUNT_LOADER_INTERNAL_H
#define SHUNT_LOADER_INTERNAL_H

#include "loader/loader.h"

#include <elf.h>

/* First address the kernel never gives to user space (TASK_SIZE on x86-64:
 * the last page below 2^47 is not mappable). */
#define LOADER_USER_END 0x7ffffffff000ULL

/* The kernel's ELF_ET_DYN_BASE on x86-64: two thirds of the 47-bit user
 * address space, not page-aligned (each user rounds it its own way). */
#define LOADER_ET_DYN_BASE (LOADER_USER_END / 3 * 2)

typedef struct ElfFile {
    const char *path; /* as given by the user, for messages */
    int fd;
    uint64_t size; /* file size from fstat */
    Elf64_Ehdr ehdr;
    Elf64_Phdr *phdrs;        /* ehdr.e_phnum entries (malloc'd) */
    const Elf64_Phdr *interp; /* its first PT_INTERP, or NULL */
    bool near_dyn_base;       /* map an ET_DYN at ELF_ET_DYN_BASE (it has an interpreter) */
    const char *prefix;       /* -L: the interpreter is looked up under it first, or NULL */
    char *err;
    size_t err_size;
} ElfFile;

/* Writes "PATH: <message>" into file->err; returns LOAD_CANNOT_EXECUTE. */
__attribute__((format(printf, 2, 3))) LoadStatus loader_fail(const ElfFile *file, const char *fmt,
                                                             ...);

/* Reads exactly `len` bytes at `offset`; false on error or end of file. */
bool loader_read_at(const ElfFile *file, void *buf, size_t len, uint64_t offset);

/* Reads and validates the ELF header and program headers (check.c). */
LoadStatus loader_check(ElfFile *file);

/* The interpreter's path from PT_INTERP (malloc'd into *path), checked as
 * binfmt_elf checks it (check.c). */
LoadStatus loader_interp_path(const ElfFile *file, char **path);

/* Whether the kernel would randomize this process's layout: no
 * ADDR_NO_RANDOMIZE personality and randomize_va_space 2 (brk.c). */
bool loader_randomizing(void);

/* A random multiple of the page size below `range` (0 if the kernel gives
 * no random bytes) (brk.c). */
uint64_t loader_random_pages(uint64_t range);

/* Maps the validated PT_LOAD segments; fills the address fields of `image`
 * and its segment list (map.c). */
LoadStatus loader_map(const ElfFile *file, LoadedImage *image);

/* Sets image->brk_start, once the image and its interpreter are mapped
 * (brk.c). */
void loader_place_brk(const ElfFile *file, LoadedImage *image);

/* Reads the function and object symbols, if the file has a sane symbol table
 * (symbols.c). A missing or corrupt table just leaves no symbols. */
void loader_read_symbols(const ElfFile *file, LoadedImage *image);

#endif
