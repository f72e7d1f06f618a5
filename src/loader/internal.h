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

typedef struct ElfFile {
    const char *path; /* as given by the user, for messages */
    int fd;
    uint64_t size; /* file size from fstat */
    Elf64_Ehdr ehdr;
    Elf64_Phdr *phdrs; /* ehdr.e_phnum entries (malloc'd) */
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

/* Maps the validated PT_LOAD segments; fills the address fields of `image`
 * and its segment list (map.c). */
LoadStatus loader_map(const ElfFile *file, LoadedImage *image);

/* Sets image->brk_start, once the image is mapped (brk.c). */
void loader_place_brk(const ElfFile *file, LoadedImage *image);

/* Reads the function and object symbols, if the file has a sane symbol table
 * (symbols.c). A missing or corrupt table just leaves no symbols. */
void loader_read_symbols(const ElfFile *file, LoadedImage *image);

#endif
