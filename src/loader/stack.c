/*
 * loader/stack.c: the guest's initial stack, laid out as by Linux
 * (fs/exec.c copies the strings, fs/binfmt_elf.c create_elf_tables the
 * rest), so that a guest walking past envp into auxv, or reading the strings
 * above, finds exactly what it finds natively. From the top down:
 *
 *   8 zero bytes
 *   execfn string            <- AT_EXECFN
 *   envp strings, argv strings (argv[0]'s lowest)
 *   (align down 16) "x86_64" <- AT_PLATFORM
 *   16 random bytes          <- AT_RANDOM
 *   padding
 *   auxv pairs, AT_NULL
 *   envp pointers, NULL
 *   argv pointers, NULL
 *   argc                     <- initial rsp, 16-byte aligned
 *
 * The kernel also subtracts a random amount below the strings (stack
 * randomization); Shunt does not, since the stack address is random anyway.
 *
 * The guest's stack is the process's own (the vma the kernel shows as
 * [stack]; DESIGN.md decision 12), SHUNT_STACK_ROOM below Shunt's frames:
 * the kernel's strings, argv, environ and auxv that Shunt's libc uses stay
 * where they are, above. Written, its pages become part of the vma, which
 * then grows down on the guest's accesses as natively, up to
 * RLIMIT_STACK, which counts Shunt's part too (docs/os.md). With a stack
 * limit under 4 MiB it is mapped apart instead, somewhere below.
 */
#include "loader/internal.h"

#include <cpuid.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <unistd.h>

#define STACK_MIN (128ULL << 10)
#define STACK_MAX (1ULL << 30)
/* Below the host stack, clear of it and of its growth. */
#define STACK_GAP (64ULL << 30)
/* What Shunt's own frames may use below the point where the guest stack
 * is built, in the process stack (its runtime stack on the main thread). */
#define SHUNT_STACK_ROOM (1ULL << 20)
#define STACK_EXPAND (128ULL << 10) /* the kernel's stack_expand in setup_arg_pages */
#define MAX_AUXV 64 /* the kernel gives about 25 (AT_VECTOR_SIZE_BASE is 22 + arch) */

static const char PLATFORM[] = "x86_64";

typedef struct Auxv {
    size_t count;
    uint64_t pairs[MAX_AUXV][2];
} Auxv;

static uint64_t stack_size(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
        rl.rlim_cur > STACK_MAX)
        return STACK_MAX;
    return rl.rlim_cur < STACK_MIN ? STACK_MIN : PAGE_UP(rl.rlim_cur);
}

/* Maps `size` bytes RW with a PROT_NONE guard page below; returns the low
 * end of the RW part, or 0. The fallback when the process stack is too
 * small to share. */
static GuestAddr map_stack(uint64_t size)
{
    int local;
    uint64_t len = size + PAGE_SIZE;
    GuestAddr host_sp = PAGE_DOWN((uintptr_t)&local);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK;
    void *p = MAP_FAILED;
    if (host_sp > STACK_GAP + len)
        p = mmap((void *)(host_sp - STACK_GAP - len), len, PROT_READ | PROT_WRITE,
                 flags | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED)
        p = mmap(NULL, len, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (p == MAP_FAILED)
        return 0;
    if (mprotect(p, PAGE_SIZE, PROT_NONE) != 0) {
        munmap(p, len);
        return 0;
    }
    return (GuestAddr)p + PAGE_SIZE;
}

/* The top of the guest's stack inside the process stack (the kernel's
 * [stack] vma, which grows down as it is touched): SHUNT_STACK_ROOM below
 * Shunt's frames, which keep that much room to run in. 0 if the stack
 * limit leaves the guest too little. */
static GuestAddr process_stack_top(void)
{
    int local;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0)
        return 0;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 4 * SHUNT_STACK_ROOM)
        return 0;
    return PAGE_DOWN((uintptr_t)&local) - SHUNT_STACK_ROOM;
}

static void aux_add(Auxv *aux, uint64_t type, uint64_t value)
{
    aux->pairs[aux->count][0] = type;
    aux->pairs[aux->count][1] = value;
    aux->count++;
}

/* Shunt's own auxiliary vector as the kernel gave it, up to `max` pairs
 * without AT_NULL; 0 pairs without /proc. Not getauxval: glibc rewrites
 * AT_HWCAP (to its own bits; the kernel's is CPUID.1:EDX). */
static size_t read_host_auxv(uint64_t (*pairs)[2], size_t max)
{
    int fd = open("/proc/self/auxv", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    size_t got = 0, cap = max * sizeof pairs[0];
    ssize_t n;
    while (got < cap && (n = read(fd, (uint8_t *)pairs + got, cap - got)) > 0)
        got += (size_t)n;
    close(fd);
    size_t count = got / sizeof pairs[0];
    for (size_t i = 0; i < count; i++)
        if (pairs[i][0] == AT_NULL)
            return i;
    return count;
}

/* Without /proc: the kernel's entries and order (create_elf_tables on
 * x86-64, ARCH_DLINFO first) from getauxval, AT_HWCAP from CPUID. The
 * entries describing the program are filled in by build_auxv. */
static size_t fallback_auxv(uint64_t (*pairs)[2])
{
    unsigned int eax, ebx, ecx, edx = 0;
    __get_cpuid(1, &eax, &ebx, &ecx, &edx);
    const uint64_t list[][2] = {
        {AT_SYSINFO_EHDR, getauxval(AT_SYSINFO_EHDR)},
        {AT_MINSIGSTKSZ, getauxval(AT_MINSIGSTKSZ)},
        {AT_HWCAP, edx},
        {AT_PAGESZ, PAGE_SIZE},
        {AT_CLKTCK, (uint64_t)sysconf(_SC_CLK_TCK)},
        {AT_PHDR, 0},
        {AT_PHENT, 0},
        {AT_PHNUM, 0},
        {AT_BASE, 0},
        {AT_FLAGS, 0},
        {AT_ENTRY, 0},
        {AT_UID, getuid()},
        {AT_EUID, geteuid()},
        {AT_GID, getgid()},
        {AT_EGID, getegid()},
        {AT_SECURE, getauxval(AT_SECURE)},
        {AT_RANDOM, 0},
        {AT_HWCAP2, getauxval(AT_HWCAP2)},
        {AT_EXECFN, 0},
        {AT_PLATFORM, 0},
        {AT_RSEQ_FEATURE_SIZE, getauxval(AT_RSEQ_FEATURE_SIZE)},
        {AT_RSEQ_ALIGN, getauxval(AT_RSEQ_ALIGN)},
    };
    memcpy(pairs, list, sizeof list);
    return ARRAY_LEN(list);
}

/* The kernel's entries in the kernel's order: Shunt's own vector, which the
 * kernel made for this CPU, kernel and user (AT_SECURE too: if Shunt runs
 * setuid, so does the guest), with the entries that describe the program
 * replaced by the guest's. The vDSO is the host's: the guest runs it
 * translated like any guest code. */
static void build_auxv(Auxv *aux, const LoadedImage *image, GuestAddr execfn, GuestAddr platform,
                       GuestAddr random)
{
    uint64_t host[MAX_AUXV][2];
    size_t n = read_host_auxv(host, MAX_AUXV - 1);
    if (n == 0)
        n = fallback_auxv(host);
    const uint64_t guest[][2] = {
        {AT_PHDR, image->phdr},   {AT_PHENT, image->phent},
        {AT_PHNUM, image->phnum}, {AT_BASE, image->interp ? image->interp->load_bias : 0},
        {AT_ENTRY, image->entry}, {AT_RANDOM, random},
        {AT_EXECFN, execfn},      {AT_PLATFORM, platform},
    };
    aux->count = 0;
    for (size_t i = 0; i < n; i++) {
        /* Shunt's binfmt_misc descriptor and base platform string (none on
         * x86-64) are not the guest's. */
        if (host[i][0] == AT_EXECFD || host[i][0] == AT_BASE_PLATFORM)
            continue;
        uint64_t value = host[i][1];
        for (size_t k = 0; k < ARRAY_LEN(guest); k++)
            if (guest[k][0] == host[i][0])
                value = guest[k][1];
        aux_add(aux, host[i][0], value);
    }
    aux_add(aux, AT_NULL, 0);
}

static size_t count_strings(char *const *strs)
{
    size_t n = 0;
    while (strs[n] != NULL)
        n++;
    return n;
}

static size_t strings_bytes(char *const *strs, size_t n)
{
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++)
        bytes += strlen(strs[i]) + 1;
    return bytes;
}

/* Copies `n` strings upward from *cursor and stores their guest addresses
 * in `table`, then the NULL that ends the table. */
static void place_strings(char *const *strs, size_t n, char **cursor, uint64_t *table)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(strs[i]) + 1;
        memcpy(*cursor, strs[i], len);
        table[i] = (uint64_t)(uintptr_t)*cursor;
        *cursor += len;
    }
    table[n] = 0;
}

/* The pointer tables and auxv, from `sp` (argc) up; the strings from
 * `strings` up. */
static void write_tables(uint64_t *sp, GuestAddr strings, char *const *argv, size_t argc,
                         char *const *envp, size_t envc, const Auxv *aux)
{
    char *cursor = (char *)strings;
    sp[0] = argc;
    place_strings(argv, argc, &cursor, sp + 1);
    place_strings(envp, envc, &cursor, sp + 2 + argc);
    memcpy(sp + 3 + argc + envc, aux->pairs, aux->count * sizeof aux->pairs[0]);
}

/* Lays everything out below stack_high; false if the strings do not fit
 * in a quarter of `size` (the kernel's E2BIG rule). */
static bool fill_stack(const LoadedImage *image, char *const *argv, size_t argc, char *const *envp,
                       const char *execfn, uint64_t size, StackInfo *stack)
{
    size_t envc = count_strings(envp), execfn_len = strlen(execfn) + 1;
    size_t bytes = strings_bytes(argv, argc) + strings_bytes(envp, envc) + execfn_len;
    if (bytes > size / 4) {
        errno = E2BIG;
        return false;
    }
    GuestAddr execfn_at = stack->stack_high - 8 - execfn_len;
    GuestAddr strings = execfn_at - (bytes - execfn_len);
    GuestAddr platform = (strings & ~15ULL) - sizeof PLATFORM;
    GuestAddr random = platform - 16;
    memcpy((void *)execfn_at, execfn, execfn_len);
    memcpy((void *)platform, PLATFORM, sizeof PLATFORM);
    if (getrandom((void *)random, 16, 0) != 16)
        return false;
    Auxv aux;
    build_auxv(&aux, image, execfn_at, platform, random);
    size_t words = 1 + (argc + 1) + (envc + 1) + 2 * aux.count;
    stack->initial_rsp = (random - words * 8) & ~15ULL;
    write_tables((uint64_t *)stack->initial_rsp, strings, argv, argc, envp, envc, &aux);
    return true;
}

/* The kernel leaves the stack vma STACK_EXPAND bytes below the initial
 * stack pointer (setup_arg_pages); a read there makes it grow as far.
 * Returns the new low end. */
static GuestAddr expand_stack(GuestAddr initial_rsp)
{
    GuestAddr low = PAGE_DOWN(initial_rsp) - STACK_EXPAND;
    (void)*(volatile const char *)low;
    return low;
}

/* The end of the process stack: the kernel copies AT_EXECFN's string
 * right below its last 8 bytes. */
static GuestAddr process_stack_end(void)
{
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    return execfn ? (GuestAddr)(uintptr_t)execfn + strlen(execfn) + 1 + 8 : 0;
}

bool loader_build_stack(const LoadedImage *image, int argc, char *const *argv, char *const *envp,
                        const char *execfn, StackInfo *stack)
{
    uint64_t size = stack_size();
    GuestAddr top = process_stack_top();
    stack->in_process_stack = top != 0;
    if (!top) {
        GuestAddr low = map_stack(size);
        if (low == 0)
            return false;
        top = low + size;
    }
    stack->stack_high = top;
    GuestAddr end = process_stack_end();
    stack->shunt_above = stack->in_process_stack && end > top ? end - top : 0;
    if (argc >= 0 && fill_stack(image, argv, (size_t)argc, envp, execfn, size, stack)) {
        stack->stack_low = stack->in_process_stack ? expand_stack(stack->initial_rsp) : top - size;
        return true;
    }
    int e = argc < 0 ? EINVAL : errno;
    if (!stack->in_process_stack)
        munmap((void *)(top - size - PAGE_SIZE), size + PAGE_SIZE);
    errno = e;
    return false;
}
