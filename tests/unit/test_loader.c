/*
 * Unit test of the loader: writes a small hand-made ELF (a text segment that
 * also covers the headers, a data segment with bss whose file page carries
 * garbage after p_filesz, a symbol table), loads it as ET_EXEC and as
 * ET_DYN, and checks the mapping, zeroed bss, AT_PHDR, symbols and the
 * initial stack; then loads its own (dynamically linked) binary with its
 * interpreter. Bad inputs are tested by tests/bad/run. Exit status 0 when
 * every check passes.
 */
#include "loader/loader.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <unistd.h>

#define EXEC_BASE 0x20000000ULL
#define TEXT_OFF 0x1000
#define DATA_OFF 0x2000
#define DATA_MEMSZ 0x3000
#define STR_OFF 0x2100
#define SYM_OFF 0x2120
#define SH_OFF 0x2180
#define FILE_SIZE (SH_OFF + 5 * sizeof(Elf64_Shdr))

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                        \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static const uint8_t TEXT[16] = {0x55, 0x48, 0x89, 0xe5, 0x90, 0x5d, 0xc3};
static const uint8_t DATA[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static const char STRTAB[] = "\0func\0obj";

static void fill_headers(uint8_t *f, uint16_t type, uint64_t base)
{
    Elf64_Ehdr *eh = (Elf64_Ehdr *)f;
    memcpy(eh->e_ident, ELFMAG, SELFMAG);
    eh->e_ident[EI_CLASS] = ELFCLASS64;
    eh->e_ident[EI_DATA] = ELFDATA2LSB;
    eh->e_ident[EI_VERSION] = EV_CURRENT;
    eh->e_type = type;
    eh->e_machine = EM_X86_64;
    eh->e_version = EV_CURRENT;
    eh->e_entry = base + TEXT_OFF;
    eh->e_phoff = sizeof *eh;
    eh->e_shoff = SH_OFF;
    eh->e_ehsize = sizeof *eh;
    eh->e_phentsize = sizeof(Elf64_Phdr);
    eh->e_phnum = 2;
    eh->e_shentsize = sizeof(Elf64_Shdr);
    eh->e_shnum = 5;
    Elf64_Phdr *ph = (Elf64_Phdr *)(f + eh->e_phoff);
    ph[0] = (Elf64_Phdr){PT_LOAD, PF_R | PF_X, 0, base, base, TEXT_OFF + 16, TEXT_OFF + 16, 0x1000};
    ph[1] = (Elf64_Phdr){PT_LOAD,         PF_R | PF_W, DATA_OFF,   base + DATA_OFF,
                         base + DATA_OFF, sizeof DATA, DATA_MEMSZ, 0x1000};
}

static void fill_symbols(uint8_t *f, uint64_t base)
{
    memcpy(f + STR_OFF, STRTAB, sizeof STRTAB);
    Elf64_Sym *sym = (Elf64_Sym *)(f + SYM_OFF);
    sym[1] = (Elf64_Sym){1, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 0, 1, base + TEXT_OFF, 7};
    sym[2] = (Elf64_Sym){6, ELF64_ST_INFO(STB_LOCAL, STT_OBJECT), 0, 2, base + DATA_OFF, 8};
    Elf64_Shdr *sh = (Elf64_Shdr *)(f + SH_OFF);
    sh[1] = (Elf64_Shdr){.sh_type = SHT_PROGBITS, .sh_addr = base + TEXT_OFF, .sh_size = 16};
    sh[2] = (Elf64_Shdr){.sh_type = SHT_PROGBITS, .sh_addr = base + DATA_OFF, .sh_size = 8};
    sh[3] = (Elf64_Shdr){.sh_type = SHT_SYMTAB,
                         .sh_offset = SYM_OFF,
                         .sh_size = 3 * sizeof *sym,
                         .sh_link = 4,
                         .sh_entsize = sizeof *sym};
    sh[4] = (Elf64_Shdr){.sh_type = SHT_STRTAB, .sh_offset = STR_OFF, .sh_size = sizeof STRTAB};
}

/* Writes the test program; returns its path (static buffer). */
static const char *write_program(uint16_t type, uint64_t base)
{
    static char path[64];
    static uint8_t f[FILE_SIZE];
    memset(f, 0xaa, sizeof f); /* garbage wherever the bss must read as zero */
    memset(f, 0, DATA_OFF);
    fill_headers(f, type, base);
    memcpy(f + TEXT_OFF, TEXT, sizeof TEXT);
    memcpy(f + DATA_OFF, DATA, sizeof DATA);
    memset(f + SYM_OFF, 0, SH_OFF - SYM_OFF + 5 * sizeof(Elf64_Shdr));
    fill_symbols(f, base);
    snprintf(path, sizeof path, "/tmp/shunt-test-loader-%d", (int)getpid());
    FILE *out = fopen(path, "wb");
    if (out == NULL || fwrite(f, 1, sizeof f, out) != sizeof f || fclose(out) != 0) {
        printf("cannot write %s\n", path);
        exit(1);
    }
    return path;
}

static bool all_zero(GuestAddr from, GuestAddr to)
{
    for (const uint8_t *p = (const uint8_t *)from; p < (const uint8_t *)to; p++)
        if (*p != 0)
            return false;
    return true;
}

static void check_image(const LoadedImage *im, const char *path)
{
    GuestAddr b = im->image_start;
    CHECK(im->path != NULL && strcmp(im->path, path) == 0);
    CHECK(b % PAGE_SIZE == 0 && im->load_bias == (b == EXEC_BASE ? 0 : b));
    CHECK(im->entry == b + TEXT_OFF);
    CHECK(im->segment_count == 2);
    CHECK(im->segments[0].start == b && im->segments[0].end == b + 0x2000);
    CHECK(im->segments[0].prot == (PROT_READ | PROT_EXEC));
    CHECK(im->segments[1].start == b + DATA_OFF && im->segments[1].end == b + 0x5000);
    CHECK(im->segments[1].prot == (PROT_READ | PROT_WRITE));
    CHECK(im->image_end == b + 0x5000 && im->brk_start % PAGE_SIZE == 0);
    CHECK(im->data_start == b + DATA_OFF && im->data_end == b + DATA_OFF + sizeof DATA);
    CHECK(im->phdr == b + sizeof(Elf64_Ehdr) && im->phnum == 2);
    CHECK(im->phent == sizeof(Elf64_Phdr));
    CHECK(((const Elf64_Phdr *)im->phdr)[1].p_memsz == DATA_MEMSZ);
    CHECK(memcmp((const void *)(b + TEXT_OFF), TEXT, sizeof TEXT) == 0);
    CHECK(memcmp((const void *)(b + DATA_OFF), DATA, sizeof DATA) == 0);
    CHECK(all_zero(b + DATA_OFF + sizeof DATA, b + 0x5000));
}

static void check_symbols(const LoadedImage *im)
{
    GuestAddr b = im->image_start;
    uint64_t off = 99;
    CHECK(im->symbol_count == 2);
    const LoaderSymbol *s = loader_symbol_at(im, b + TEXT_OFF + 5, &off);
    CHECK(s != NULL && strcmp(s->name, "func") == 0 && off == 5);
    s = loader_symbol_at(im, b + DATA_OFF, &off);
    CHECK(s != NULL && strcmp(s->name, "obj") == 0 && off == 0);
    CHECK(loader_symbol_at(im, b + TEXT_OFF + 7, &off) == NULL);
    CHECK(loader_symbol_at(im, b, &off) == NULL);
}

static uint64_t aux_value(const uint64_t *auxv, uint64_t type)
{
    for (; auxv[0] != AT_NULL; auxv += 2)
        if (auxv[0] == type)
            return auxv[1];
    return 0;
}

static void check_stack(const LoadedImage *im)
{
    char *argv[] = {"prog", "one", "two three", NULL};
    char *envp[] = {"A=1", "B=", NULL};
    StackInfo st;
    CHECK(loader_build_stack(im, 3, argv, envp, "./prog", &st));
    const uint64_t *sp = (const uint64_t *)st.initial_rsp;
    CHECK(st.initial_rsp % 16 == 0 && st.stack_low < st.initial_rsp);
    CHECK(st.initial_rsp < st.stack_high);
    CHECK(sp[0] == 3 && strcmp((const char *)sp[3], "two three") == 0 && sp[4] == 0);
    CHECK(strcmp((const char *)sp[6], "B=") == 0 && sp[7] == 0);
    const uint64_t *auxv = sp + 8;
    CHECK(aux_value(auxv, AT_PHDR) == im->phdr && aux_value(auxv, AT_ENTRY) == im->entry);
    CHECK(aux_value(auxv, AT_PHNUM) == 2 && aux_value(auxv, AT_PAGESZ) == PAGE_SIZE);
    CHECK(strcmp((const char *)aux_value(auxv, AT_EXECFN), "./prog") == 0);
    CHECK(strcmp((const char *)aux_value(auxv, AT_PLATFORM), "x86_64") == 0);
    CHECK(aux_value(auxv, AT_RANDOM) != 0);
    CHECK(aux_value(auxv, AT_SYSINFO_EHDR) == getauxval(AT_SYSINFO_EHDR));
    /* Strings: argv[0] lowest, then envp, then execfn, then 8 zero bytes. */
    CHECK(sp[2] == sp[1] + 5 && sp[5] == sp[3] + 10);
    CHECK(aux_value(auxv, AT_EXECFN) == st.stack_high - 8 - 7);
    CHECK(*(const uint64_t *)(st.stack_high - 8) == 0);
    munmap((void *)(st.stack_low - PAGE_SIZE), st.stack_high - st.stack_low + PAGE_SIZE);
}

static void test_type(uint16_t type, uint64_t base)
{
    const char *path = write_program(type, base);
    char err[256];
    LoadedImage im;
    LoadStatus status = loader_load(path, &im, err, sizeof err);
    if (status != LOAD_OK) {
        printf("loader_load failed (%d): %s\n", status, err);
        failures++;
    } else {
        check_image(&im, path);
        check_symbols(&im);
        check_stack(&im);
        loader_unload(&im);
    }
    unlink(path);
}

/* A dynamically linked PIE (this test's own binary): the program lands in
 * the kernel's ELF_ET_DYN_BASE window, its PT_INTERP (ld.so) is mapped
 * beside it, the guest starts at ld.so's entry, AT_BASE is ld.so's base
 * and the break follows the program. */
static void test_dynamic(void)
{
    char err[256];
    LoadedImage im;
    LoadStatus status = loader_load("/proc/self/exe", &im, err, sizeof err);
    if (status != LOAD_OK) {
        printf("loader_load of a dynamic program failed (%d): %s\n", status, err);
        failures++;
        return;
    }
    CHECK(im.interp != NULL);
    if (im.interp == NULL)
        return;
    CHECK(im.start == im.interp->entry && im.start != im.entry);
    CHECK(im.interp->load_bias != 0 && memcmp((void *)im.interp->load_bias, ELFMAG, SELFMAG) == 0);
    /* Without randomization this binary sits at the window's only address,
     * and the program goes where mmap puts it. */
    if (!(personality(0xffffffff) & ADDR_NO_RANDOMIZE))
        CHECK(im.image_start >= 0x555555554000ULL && im.image_start < 0x565555556000ULL);
    CHECK(im.brk_start >= im.image_end);
    char *argv[] = {"prog", NULL}, *envp[] = {NULL};
    StackInfo st;
    CHECK(loader_build_stack(&im, 1, argv, envp, "prog", &st));
    const uint64_t *auxv = (const uint64_t *)st.initial_rsp + 4;
    CHECK(aux_value(auxv, AT_BASE) == im.interp->load_bias);
    CHECK(aux_value(auxv, AT_ENTRY) == im.entry);
    munmap((void *)(st.stack_low - PAGE_SIZE), st.stack_high - st.stack_low + PAGE_SIZE);
    loader_unload(&im);
}

int main(void)
{
    test_type(ET_EXEC, EXEC_BASE);
    test_type(ET_EXEC, EXEC_BASE); /* loader_unload gave the addresses back */
    test_type(ET_DYN, 0);
    test_dynamic();
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
