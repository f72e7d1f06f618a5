/*
 * phdr_edit MODE IN OUT: rewrites the program headers of a linked static
 * program, for loader tests (tests/Makefile builds the guest programs
 * segments_*.{static,spie} with it). Modes:
 *   many      cut the executable PT_LOAD into 24 page-aligned PT_LOADs
 *   unsorted  the PT_LOAD headers in reverse order
 *   overlap   the executable PT_LOAD once more, at the end (loaded twice)
 * The new header table does not fit where the old one was, so it goes at
 * the end of the file, covered by one more PT_LOAD (read-only, after the
 * highest segment), which is where the kernel finds AT_PHDR; e_phoff and
 * PT_PHDR point there.
 */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE 4096UL
#define PIECES 24
#define MAX_PHDRS 128

static Elf64_Phdr out[MAX_PHDRS];
static size_t n_out;

static void add(Elf64_Phdr ph)
{
    if (n_out == MAX_PHDRS) {
        fprintf(stderr, "phdr_edit: too many headers\n");
        exit(1);
    }
    out[n_out++] = ph;
}

/* The executable segment cut at page boundaries into PIECES parts. */
static void split(const Elf64_Phdr *ph)
{
    Elf64_Addr start = ph->p_vaddr, end = ph->p_vaddr + ph->p_memsz;
    Elf64_Addr pages = ((end + PAGE - 1) / PAGE) - start / PAGE;
    Elf64_Addr step = (pages + PIECES - 1) / PIECES * PAGE;
    for (Elf64_Addr a = start; a < end;) {
        Elf64_Addr b = (a / PAGE) * PAGE + step;
        if (b > end)
            b = end;
        Elf64_Phdr piece = *ph;
        piece.p_vaddr = piece.p_paddr = a;
        piece.p_offset = ph->p_offset + (a - start);
        Elf64_Addr file_end = start + ph->p_filesz;
        piece.p_filesz = file_end <= a ? 0 : (file_end < b ? file_end : b) - a;
        piece.p_memsz = b - a;
        add(piece);
        a = b;
    }
}

static void edit(const char *mode, const Elf64_Phdr *in, size_t n)
{
    size_t loads[MAX_PHDRS], n_loads = 0;
    for (size_t i = 0; i < n; i++)
        if (in[i].p_type == PT_LOAD)
            loads[n_loads++] = i;
    for (size_t i = 0, k = 0; i < n; i++) {
        const Elf64_Phdr *ph = &in[i];
        if (ph->p_type == PT_LOAD && !strcmp(mode, "unsorted"))
            ph = &in[loads[n_loads - 1 - k++]];
        if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X) && !strcmp(mode, "many"))
            split(ph);
        else
            add(*ph);
    }
    if (!strcmp(mode, "overlap"))
        for (size_t i = 0; i < n; i++)
            if (in[i].p_type == PT_LOAD && (in[i].p_flags & PF_X))
                add(in[i]);
}

int main(int argc, char **argv)
{
    FILE *f = argc == 4 ? fopen(argv[2], "rb") : NULL;
    if (!f) {
        fprintf(stderr, "usage: phdr_edit many|unsorted|overlap IN OUT\n");
        return 2;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    rewind(f);
    unsigned long table_off = (size + PAGE - 1) / PAGE * PAGE;
    unsigned char *buf = calloc(1, table_off + MAX_PHDRS * sizeof(Elf64_Phdr));
    if (!buf || fread(buf, 1, size, f) != (size_t)size)
        return 1;
    fclose(f);
    Elf64_Ehdr *eh = (Elf64_Ehdr *)buf;
    const Elf64_Phdr *in = (const Elf64_Phdr *)(buf + eh->e_phoff);
    Elf64_Addr top = 0;
    for (size_t i = 0; i < eh->e_phnum; i++)
        if (in[i].p_type == PT_LOAD && in[i].p_vaddr + in[i].p_memsz > top)
            top = in[i].p_vaddr + in[i].p_memsz;
    edit(argv[1], in, eh->e_phnum);
    Elf64_Addr table_vaddr = (top + PAGE - 1) / PAGE * PAGE;
    size_t bytes = (n_out + 1) * sizeof(Elf64_Phdr);
    add((Elf64_Phdr){PT_LOAD, PF_R, table_off, table_vaddr, table_vaddr, bytes, bytes, PAGE});
    for (size_t i = 0; i < n_out; i++)
        if (out[i].p_type == PT_PHDR) {
            out[i].p_offset = table_off;
            out[i].p_vaddr = out[i].p_paddr = table_vaddr;
            out[i].p_filesz = out[i].p_memsz = bytes;
        }
    memcpy(buf + table_off, out, bytes);
    eh->e_phoff = table_off;
    eh->e_phnum = (Elf64_Half)n_out;
    f = fopen(argv[3], "wb");
    if (!f || fwrite(buf, 1, table_off + bytes, f) != table_off + bytes || fclose(f))
        return 1;
    return 0;
}
