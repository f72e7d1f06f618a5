/*
 * loader: ELF64 x86-64 loading and the initial guest stack.
 *
 * PURPOSE: map a program (ET_EXEC or ET_DYN) at its guest addresses in
 * Shunt's own address space, with its PT_INTERP (the system's ld.so) beside
 * it if it has one, as binfmt_elf does; choose where its program break
 * starts, and build the initial stack exactly as the
 * kernel's binfmt_elf does (argc, argv, envp, auxv, strings, AT_RANDOM).
 * Also reads the ELF symbol table so logs can name guest code.
 *
 * Every check of the file happens here, before anything is mapped: a bad
 * input gives a one-line message and an exit status (127: not found, 126:
 * cannot execute), never a crash.
 */
#ifndef SHUNT_LOADER_H
#define SHUNT_LOADER_H

#include "base/base.h"

/* A mapped range of the image, page-aligned, with its PROT_* bits (from
 * p_flags, except that PROT_EXEC implies PROT_READ). The list is sorted and
 * disjoint whatever the order of the program headers: where two PT_LOADs
 * share pages, those pages belong to the one later in the table (the
 * kernel maps them in table order, each replacing what was there). */
typedef struct LoadedSegment {
    GuestAddr start, end;
    int prot;
} LoadedSegment;

typedef struct LoaderSymbol {
    GuestAddr addr;
    uint64_t size;
    const char *name;
} LoaderSymbol;

typedef struct LoadedImage {
    char *path;                 /* absolute path of the program (for /proc/self/exe) */
    GuestAddr load_bias;        /* 0 for ET_EXEC */
    GuestAddr entry;            /* e_entry + load_bias (AT_ENTRY) */
    GuestAddr start;            /* where the guest starts: the interpreter's entry, or entry */
    struct LoadedImage *interp; /* the PT_INTERP's image (malloc'd; its load_bias is
                                   AT_BASE), or NULL; its own brk and symbol fields unused */
    GuestAddr phdr;             /* guest address of the program headers (AT_PHDR) */
    uint16_t phnum;             /* AT_PHNUM */
    uint16_t phent;             /* AT_PHENT */
    GuestAddr image_start;      /* page-aligned lowest mapped address */
    GuestAddr image_end;        /* page-aligned end of the highest segment (bss included) */
    GuestAddr brk_start;        /* where the program break starts: page-aligned, nothing
                                   reserved (chosen as the kernel does, randomized likewise) */
    GuestAddr data_start;       /* the kernel's start_data and end_data (highest p_vaddr, */
    GuestAddr data_end;         /* highest p_vaddr + p_filesz): brk's RLIMIT_DATA check */
    bool executable_stack;      /* PT_GNU_STACK asks for PF_X (without one the x86-64
                                   kernel gives a non-executable stack) */
    size_t segment_count;
    LoadedSegment *segments; /* malloc'd */
    size_t symbol_count;     /* function and object symbols, sorted by address */
    LoaderSymbol *symbols;
} LoadedImage;

typedef enum LoadStatus {
    LOAD_OK = 0,
    LOAD_CANNOT_EXECUTE = 126, /* exists but is not something we can run */
    LOAD_NOT_FOUND = 127,
} LoadStatus;

/*
 * Checks and maps the program at `path` (a path as given by the user; it is
 * not searched in PATH). On failure writes a one-line reason (no newline,
 * not prefixed, e.g. "./x: not an ELF file") into `err` and returns the
 * status. On success fills `image`.
 */
LoadStatus loader_load(const char *path, LoadedImage *image, char *err, size_t err_size);
/* loader_load with -L's `prefix` (NULL: none): the interpreter is looked up
 * under it first, as qemu-user does (base_prefixed_path). */
LoadStatus loader_load_prefixed(const char *path, const char *prefix, LoadedImage *image, char *err,
                                size_t err_size);

typedef struct StackInfo {
    GuestAddr stack_low, stack_high; /* the guest stack as built: [initial_rsp's page, top) */
    GuestAddr initial_rsp;           /* points at argc */
    bool in_process_stack; /* inside the process's [stack], growing down; else a mapping of
                              RLIMIT_STACK bytes below stack_high */
    uint64_t shunt_above;  /* in the process stack: its bytes above stack_high (Shunt's
                              frames, room and the kernel's strings), which RLIMIT_STACK
                              counts against the guest (os/limits.c gives them back) */
} StackInfo;

/*
 * Builds the guest stack in the process stack, 1 MiB below the caller's
 * frame (or, with RLIMIT_STACK under 4 MiB, in a mapping of that size with
 * a PROT_NONE guard page below) and lays out argc/argv/envp/auxv/strings
 * on it as the kernel does. `execfn` is the string for AT_EXECFN (the path
 * as the user gave it). The first `argc` entries of `argv` are used;
 * `envp` ends with NULL. Returns false with errno set (E2BIG if the
 * strings exceed a quarter of RLIMIT_STACK, as the kernel's limit) on
 * failure.
 */
bool loader_build_stack(const LoadedImage *image, int argc, char *const *argv, char *const *envp,
                        const char *execfn, StackInfo *stack);

/* Unmaps the image and frees what loader_load allocated (the program
 * break, which the os layer maps, is not the loader's); `image` is zeroed. For tests and tools that
 * load several programs in one process. */
void loader_unload(LoadedImage *image);

/* The symbol containing `addr` (a size-0 symbol contains only its own
 * address), or NULL; *offset (if offset is not NULL) receives addr - symbol. */
const LoaderSymbol *loader_symbol_at(const LoadedImage *image, GuestAddr addr, uint64_t *offset);

#endif
