/*
 * loader/check.c: validation of the ELF and program headers.
 *
 * Runs before anything is mapped and trusts nothing in the file: every table
 * is read with a bounded pread after checking that it lies inside the file,
 * and every sum of two header fields is checked for overflow. What it
 * guarantees to map.c: the file is a little-endian x86-64 ET_EXEC or ET_DYN;
 * its first PT_INTERP, if any, is remembered (its string is read and
 * checked by loader_interp_path, as binfmt_elf reads it); every PT_LOAD
 * with a nonzero p_memsz has its file range inside the file, p_filesz <=
 * p_memsz, p_vaddr congruent to p_offset modulo the page size, its address
 * range inside user space, and there is at least one. Like the kernel's
 * binfmt_elf, it accepts any number of PT_LOADs (up to the 64 KiB header
 * table), in any order, even overlapping: map.c maps them in table order, a
 * later one replacing what an earlier one mapped.
 */
#include "loader/internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The kernel refuses program header tables over 64 KiB (load_elf_phdrs). */
#define MAX_PHNUM (65536 / sizeof(Elf64_Phdr))

static LoadStatus corrupt(const ElfFile *file, const char *what)
{
    return loader_fail(file, "truncated or corrupt ELF (%s)", what);
}

/* e_ident: magic, class, byte order, version. `len` bytes of the header
 * were read (the file may be shorter than a header). */
static LoadStatus check_ident(const ElfFile *file, size_t len)
{
    const unsigned char *id = file->ehdr.e_ident;
    if (len < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0)
        return loader_fail(file, "not an ELF file");
    if (len < EI_NIDENT)
        return corrupt(file, "file header");
    if (id[EI_CLASS] == ELFCLASS32)
        return loader_fail(file, "32-bit ELF is not supported (x86-64 only)");
    if (id[EI_CLASS] != ELFCLASS64)
        return loader_fail(file, "unknown ELF class %d", id[EI_CLASS]);
    if (id[EI_DATA] == ELFDATA2MSB)
        return loader_fail(file, "big-endian ELF is not supported (x86-64 only)");
    if (id[EI_DATA] != ELFDATA2LSB)
        return loader_fail(file, "unknown ELF data encoding %d", id[EI_DATA]);
    if (id[EI_VERSION] != EV_CURRENT)
        return loader_fail(file, "unknown ELF version %d", id[EI_VERSION]);
    return LOAD_OK;
}

static LoadStatus check_type(const ElfFile *file)
{
    const Elf64_Ehdr *eh = &file->ehdr;
    if (eh->e_machine != EM_X86_64)
        return loader_fail(file, "ELF for another architecture (machine %u), x86-64 only",
                           eh->e_machine);
    if (eh->e_version != EV_CURRENT)
        return loader_fail(file, "unknown ELF version %u", eh->e_version);
    switch (eh->e_type) {
    case ET_EXEC:
    case ET_DYN:
        return LOAD_OK;
    case ET_REL:
        return loader_fail(file, "relocatable object file, not an executable (link it first)");
    case ET_CORE:
        return loader_fail(file, "core dump, not an executable");
    default:
        return loader_fail(file, "unknown ELF file type %u", eh->e_type);
    }
}

static LoadStatus read_ehdr(ElfFile *file)
{
    size_t len = file->size < sizeof file->ehdr ? (size_t)file->size : sizeof file->ehdr;
    if (!loader_read_at(file, &file->ehdr, len, 0))
        return loader_fail(file, "not an ELF file");
    LoadStatus st = check_ident(file, len);
    if (st != LOAD_OK)
        return st;
    if (len < sizeof file->ehdr)
        return corrupt(file, "file header");
    return check_type(file);
}

static LoadStatus read_phdrs(ElfFile *file)
{
    const Elf64_Ehdr *eh = &file->ehdr;
    if (eh->e_phentsize != sizeof(Elf64_Phdr))
        return corrupt(file, "bad program header size");
    if (eh->e_phnum == 0)
        return corrupt(file, "no program headers");
    if (eh->e_phnum > MAX_PHNUM)
        return corrupt(file, "too many program headers");
    size_t bytes = (size_t)eh->e_phnum * sizeof(Elf64_Phdr);
    if (eh->e_phoff > file->size || bytes > file->size - eh->e_phoff)
        return corrupt(file, "program headers outside the file");
    file->phdrs = malloc(bytes);
    if (file->phdrs == NULL)
        return loader_fail(file, "out of memory");
    if (!loader_read_at(file, file->phdrs, bytes, eh->e_phoff))
        return loader_fail(file, "cannot read the program headers");
    return LOAD_OK;
}

/* One PT_LOAD on its own; `index` is its program header number, as readelf
 * shows it. */
static LoadStatus check_segment(const ElfFile *file, size_t index)
{
    const Elf64_Phdr *ph = &file->phdrs[index];
    char what[96];
    const char *problem = NULL;
    if (ph->p_filesz > ph->p_memsz)
        problem = ": file size larger than memory size";
    else if (ph->p_offset > file->size || ph->p_filesz > file->size - ph->p_offset)
        problem = " outside the file";
    else if ((ph->p_vaddr - ph->p_offset) % PAGE_SIZE != 0)
        problem = ": address and file offset differ modulo the page size";
    else if (ph->p_vaddr >= LOADER_USER_END || ph->p_memsz > LOADER_USER_END - ph->p_vaddr)
        problem = ": address outside user space";
    if (problem == NULL)
        return LOAD_OK;
    snprintf(what, sizeof what, "segment %zu%s", index, problem);
    return corrupt(file, what);
}

/* Every PT_LOAD, and at least one. Segments with p_memsz 0 occupy nothing
 * and are skipped, as by the kernel. */
static LoadStatus check_segments(const ElfFile *file)
{
    size_t count = 0;
    for (size_t i = 0; i < file->ehdr.e_phnum; i++) {
        const Elf64_Phdr *ph = &file->phdrs[i];
        if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
            continue;
        LoadStatus st = check_segment(file, i);
        if (st != LOAD_OK)
            return st;
        count++;
    }
    if (count == 0)
        return loader_fail(file, "no loadable segment");
    return LOAD_OK;
}

/* The first PT_INTERP, as the kernel takes it (later ones are ignored). */
static const Elf64_Phdr *find_interp(const ElfFile *file)
{
    for (size_t i = 0; i < file->ehdr.e_phnum; i++)
        if (file->phdrs[i].p_type == PT_INTERP)
            return &file->phdrs[i];
    return NULL;
}

/* binfmt_elf's rules: between 2 bytes and PATH_MAX, inside the file, and
 * NUL-terminated at its last byte. */
LoadStatus loader_interp_path(const ElfFile *file, char **path)
{
    const Elf64_Phdr *ph = file->interp;
    if (ph->p_filesz < 2 || ph->p_filesz > PATH_MAX)
        return corrupt(file, "bad interpreter name size");
    if (ph->p_offset > file->size || ph->p_filesz > file->size - ph->p_offset)
        return corrupt(file, "interpreter name outside the file");
    *path = malloc(ph->p_filesz);
    if (*path == NULL)
        return loader_fail(file, "out of memory");
    if (loader_read_at(file, *path, ph->p_filesz, ph->p_offset) &&
        (*path)[ph->p_filesz - 1] == '\0')
        return LOAD_OK;
    free(*path);
    *path = NULL;
    return corrupt(file, "interpreter name");
}

LoadStatus loader_check(ElfFile *file)
{
    LoadStatus st = read_ehdr(file);
    if (st == LOAD_OK)
        st = read_phdrs(file);
    if (st == LOAD_OK)
        st = check_segments(file);
    if (st == LOAD_OK)
        file->interp = find_interp(file);
    return st;
}
