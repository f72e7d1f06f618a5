/*
 * loader/symbols.c: the guest's symbol table, so that logs can name code.
 *
 * Reads SHT_SYMTAB and its string table if the section headers are present
 * and sane; any inconsistency just means no symbols, never an error (a
 * stripped or oddly built program still runs). Keeps defined function,
 * object and ifunc symbols, one per address (the global one if there are
 * aliases), sorted by address for a binary search.
 */
#include "loader/internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct SectionData {
    uint8_t *bytes;
    uint64_t size;
} SectionData;

static bool section_in_file(const ElfFile *file, const Elf64_Shdr *sh)
{
    return sh->sh_type != SHT_NOBITS && sh->sh_offset <= file->size &&
           sh->sh_size <= file->size - sh->sh_offset;
}

static Elf64_Shdr *read_section_headers(const ElfFile *file)
{
    const Elf64_Ehdr *eh = &file->ehdr;
    size_t bytes = (size_t)eh->e_shnum * sizeof(Elf64_Shdr);
    if (eh->e_shoff == 0 || eh->e_shnum == 0 || eh->e_shentsize != sizeof(Elf64_Shdr))
        return NULL;
    if (eh->e_shoff > file->size || bytes > file->size - eh->e_shoff)
        return NULL;
    Elf64_Shdr *shdrs = malloc(bytes);
    if (shdrs != NULL && !loader_read_at(file, shdrs, bytes, eh->e_shoff)) {
        free(shdrs);
        return NULL;
    }
    return shdrs;
}

static bool read_section(const ElfFile *file, const Elf64_Shdr *sh, SectionData *out)
{
    if (!section_in_file(file, sh))
        return false;
    out->size = sh->sh_size;
    out->bytes = malloc(sh->sh_size + 1); /* + 1: never malloc(0) */
    if (out->bytes != NULL && loader_read_at(file, out->bytes, sh->sh_size, sh->sh_offset))
        return true;
    free(out->bytes);
    return false;
}

/* Finds SHT_SYMTAB and its linked SHT_STRTAB and reads both. */
static bool read_symtab(const ElfFile *file, SectionData *syms, SectionData *strs)
{
    Elf64_Shdr *shdrs = read_section_headers(file);
    if (shdrs == NULL)
        return false;
    bool ok = false;
    for (size_t i = 0; i < file->ehdr.e_shnum && !ok; i++) {
        const Elf64_Shdr *sh = &shdrs[i];
        if (sh->sh_type != SHT_SYMTAB || sh->sh_entsize != sizeof(Elf64_Sym))
            continue;
        if (sh->sh_link >= file->ehdr.e_shnum || shdrs[sh->sh_link].sh_type != SHT_STRTAB)
            continue;
        if (!read_section(file, sh, syms))
            continue;
        ok = read_section(file, &shdrs[sh->sh_link], strs);
        if (!ok)
            free(syms->bytes);
    }
    free(shdrs);
    return ok;
}

/* A defined code or data symbol with a name that lies inside the string
 * table and is NUL-terminated there. Absolute symbols are not addresses in
 * the image (the load bias does not apply to them), so they go too. */
static bool keep_symbol(const Elf64_Sym *sym, const SectionData *strs)
{
    int type = ELF64_ST_TYPE(sym->st_info);
    if (type != STT_FUNC && type != STT_OBJECT && type != STT_GNU_IFUNC)
        return false;
    if (sym->st_value == 0 || sym->st_shndx == SHN_UNDEF || sym->st_shndx == SHN_ABS)
        return false;
    if (sym->st_name == 0 || sym->st_name >= strs->size)
        return false;
    return memchr(strs->bytes + sym->st_name, 0, strs->size - sym->st_name) != NULL;
}

static int binding_rank(const Elf64_Sym *sym)
{
    switch (ELF64_ST_BIND(sym->st_info)) {
    case STB_GLOBAL:
        return 0;
    case STB_WEAK:
        return 1;
    default:
        return 2;
    }
}

/* By address; among aliases the preferred one first: global, then weak,
 * then local, then the larger size, then (for determinism) name offset. */
static int compare_syms(const void *a, const void *b)
{
    const Elf64_Sym *x = a, *y = b;
    if (x->st_value != y->st_value)
        return x->st_value < y->st_value ? -1 : 1;
    if (binding_rank(x) != binding_rank(y))
        return binding_rank(x) - binding_rank(y);
    if (x->st_size != y->st_size)
        return x->st_size > y->st_size ? -1 : 1;
    return x->st_name < y->st_name ? -1 : x->st_name > y->st_name;
}

/* Filters the symbols in place (they are a private copy) and sorts them;
 * returns how many were kept. */
static size_t select_symbols(Elf64_Sym *syms, size_t count, const SectionData *strs)
{
    size_t kept = 0;
    for (size_t i = 0; i < count; i++)
        if (keep_symbol(&syms[i], strs))
            syms[kept++] = syms[i];
    qsort(syms, kept, sizeof *syms, compare_syms);
    return kept;
}

static void build_table(LoadedImage *image, const Elf64_Sym *syms, size_t count,
                        const SectionData *strs)
{
    image->symbols = malloc((count + 1) * sizeof *image->symbols);
    if (image->symbols == NULL)
        return;
    for (size_t i = 0; i < count; i++) {
        if (i > 0 && syms[i].st_value == syms[i - 1].st_value)
            continue; /* an alias: the preferred one came first */
        char *name = strdup((const char *)strs->bytes + syms[i].st_name);
        if (name == NULL)
            break;
        image->symbols[image->symbol_count++] = (LoaderSymbol){
            .addr = syms[i].st_value + image->load_bias, .size = syms[i].st_size, .name = name};
    }
}

void loader_read_symbols(const ElfFile *file, LoadedImage *image)
{
    SectionData syms, strs;
    if (!read_symtab(file, &syms, &strs))
        return;
    /* The read buffer holds the symbols at offset 0 and malloc's alignment
     * suits Elf64_Sym. */
    Elf64_Sym *entries = (Elf64_Sym *)(void *)syms.bytes;
    size_t count = select_symbols(entries, syms.size / sizeof(Elf64_Sym), &strs);
    build_table(image, entries, count, &strs);
    free(syms.bytes);
    free(strs.bytes);
}

const LoaderSymbol *loader_symbol_at(const LoadedImage *image, GuestAddr addr, uint64_t *offset)
{
    size_t lo = 0, hi = image->symbol_count; /* first symbol above addr is in [lo, hi] */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (image->symbols[mid].addr <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return NULL;
    const LoaderSymbol *sym = &image->symbols[lo - 1];
    uint64_t off = addr - sym->addr;
    if (off >= sym->size && !(sym->size == 0 && off == 0))
        return NULL;
    if (offset != NULL)
        *offset = off;
    return sym;
}
