/*
 * os/startup.c: what the personality learns once, when the program is
 * loaded and its stack built (os_init calls os_init_views before the first
 * guest instruction).
 *
 * It records what later answers need and cannot recompute: the guest's
 * auxv and memory layout as the kernel would have made them (for
 * /proc/self/auxv and /proc/self/stat), an fd of the program (so
 * /proc/self/exe still opens after the file is deleted, and its identity
 * for ETXTBSY), and three facts about the running kernel: whether it runs
 * x32 system calls, the highest FS/GS base it accepts (TASK_SIZE_MAX,
 * higher with 5-level paging) and the persona.
 */
#include "os/os_internal.h"

#include <cpuid.h>

#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The exe fd sits this far below the fd limit, and never above
 * EXE_FD_CEILING (the kernel sizes the fd table to the highest fd). */
#define EXE_FD_MARGIN 8
#define EXE_FD_CEILING 65536

/* Only with 5-level paging can a page above 2^47 be mapped; user space
 * (and so the FS/GS bases arch_prctl accepts) then reaches 2^56. */
static GuestAddr probe_task_size_max(void)
{
    void *high = mmap((void *)(1ULL << 48), PAGE_SIZE, PROT_NONE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (high == MAP_FAILED)
        return (1ULL << 47) - PAGE_SIZE;
    munmap(high, PAGE_SIZE);
    return (1ULL << 56) - PAGE_SIZE;
}

static void probe_kernel(OsState *os)
{
    os->x32_enabled = raw_syscall(X32_SYSCALL_BIT | SYS_getpid, 0, 0, 0) > 0;
    os->task_size_max = probe_task_size_max();
    os->personality = (uint32_t)raw_syscall(SYS_personality, 0xffffffffu, 0, 0);
    unsigned eax, ebx, ecx, edx;
    __cpuid_count(0xD, 0, eax, ebx, ecx, edx);
    os->xstate_size = ebx; /* what the kernel's signal frames hold */
}

int os_exe_fd_base(void)
{
    struct rlimit rl;
    uint64_t limit = EXE_FD_CEILING;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < limit)
        limit = rl.rlim_cur;
    return limit > EXE_FD_MARGIN + 3 ? (int)(limit - EXE_FD_MARGIN) : 3;
}

static void open_exe(OsState *os, const char *path)
{
    os->exe_fd = -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    int high = fcntl(fd, F_DUPFD_CLOEXEC, os_exe_fd_base());
    if (high >= 0 && fstat(high, &st) == 0) {
        os->exe_fd = high;
        os->exe_dev = st.st_dev;
        os->exe_ino = st.st_ino;
    } else if (high >= 0) {
        close(high);
    }
    close(fd);
}

/* start_code, end_code, start_data, end_data as binfmt_elf computes them
 * from the PT_LOAD headers (unaligned p_vaddr, p_filesz), plus the bias. */
static void layout_from_phdrs(GuestLayout *layout, const Elf64_Phdr *ph, size_t n, GuestAddr bias)
{
    GuestAddr start_code = ~0ULL, end_code = 0, start_data = 0, end_data = 0;
    for (size_t i = 0; i < n; i++) {
        if (ph[i].p_type != PT_LOAD)
            continue;
        GuestAddr start = ph[i].p_vaddr, end = ph[i].p_vaddr + ph[i].p_filesz;
        bool exec = (ph[i].p_flags & PF_X) != 0;
        if (exec && start < start_code)
            start_code = start;
        if (exec && end > end_code)
            end_code = end;
        if (start > start_data)
            start_data = start;
        if (end > end_data)
            end_data = end;
    }
    layout->start_code = start_code + bias;
    layout->end_code = end_code + bias;
    layout->start_data = start_data + bias;
    layout->end_data = end_data + bias;
}

static void layout_from_image(GuestLayout *layout, int fd, GuestAddr bias)
{
    Elf64_Ehdr eh;
    if (fd < 0 || pread(fd, &eh, sizeof(eh), 0) != (ssize_t)sizeof(eh))
        return;
    size_t bytes = (size_t)eh.e_phnum * sizeof(Elf64_Phdr);
    Elf64_Phdr *ph = malloc(bytes ? bytes : 1);
    if (ph && pread(fd, ph, bytes, (off_t)eh.e_phoff) == (ssize_t)bytes)
        layout_from_phdrs(layout, ph, eh.e_phnum, bias);
    free(ph);
}

/* End (after the NUL) of the guest string at `addr`, found in `copy`, the
 * stack bytes from `base` up. */
static GuestAddr string_end(const char *copy, size_t size, GuestAddr base, GuestAddr addr)
{
    if (addr < base || addr - base >= size)
        return addr;
    const char *s = copy + (addr - base);
    return addr + strnlen(s, size - (addr - base)) + 1;
}

/* The argv/envp string ranges and the auxv, from the stack the loader
 * built: argc, argv[], NULL, envp[], NULL, auxv pairs up to AT_NULL. */
static void scan_initial_stack(OsState *os, const StackInfo *stack)
{
    GuestAddr base = stack->initial_rsp;
    size_t size = stack->stack_high - base;
    char *copy = malloc(size);
    if (!copy || os_guest_read(copy, base, size) != 0) {
        free(copy);
        return;
    }
    const uint64_t *words = (const uint64_t *)copy, *end = words + size / 8;
    const uint64_t *argv = words + 1, *envp = argv + words[0] + 1, *aux = envp;
    while (aux < end && *aux)
        aux++;
    aux++;
    const uint64_t *aux_end = aux;
    while (aux_end + 2 <= end && aux_end[0] != AT_NULL)
        aux_end += 2;
    if (aux_end + 2 > end) { /* no AT_NULL: not the loader's stack */
        free(copy);
        return;
    }
    GuestLayout *layout = &os->layout;
    layout->start_stack = base;
    layout->arg_start = layout->arg_end = words[0] ? argv[0] : 0;
    for (uint64_t i = 0; i < words[0]; i++)
        layout->arg_end = string_end(copy, size, base, argv[i]);
    layout->env_start = layout->env_end = layout->arg_end;
    for (const uint64_t *e = envp; e < end && *e; e++)
        layout->env_end = string_end(copy, size, base, *e);
    os->auxv_bytes = (size_t)(aux_end + 2 - aux) * 8;
    os->auxv = malloc(os->auxv_bytes);
    if (os->auxv)
        memcpy(os->auxv, aux, os->auxv_bytes);
    free(copy);
}

void os_init_views(Thread *thread)
{
    Process *process = thread->process;
    OsState *os = &process->os;
    probe_kernel(os);
    open_exe(os, process->image.path);
    layout_from_image(&os->layout, os->exe_fd, process->image.load_bias);
    os->layout.start_brk = process->image.brk_start;
    scan_initial_stack(os, &process->stack);
}
