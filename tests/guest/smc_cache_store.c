/* A guest store aimed at the code cache faults as natively it would on
 * memory nobody mapped: SIGSEGV, SEGV_MAPERR, si_addr the address, a page
 * fault's error code without "present"; a jump there too (an instruction
 * fetch). Natively the cache does not exist, so the program checks what it
 * can check in both worlds:
 *   1. a store to and a jump to a page it unmapped (SEGV_MAPERR), and a
 *      store to a read-only page (SEGV_ACCERR), with si_addr, the error
 *      code and rip;
 *   2. a hunt, as a hostile program would hunt: every range its
 *      /proc/self/maps does not show is searched for memory that is
 *      there anyway (MAP_FIXED_NOREPLACE probes; natively none is), and
 *      readable pages found in it (process_vm_readv) get a store that
 *      changes nothing (lock or 0) and a jump: both must fault as on
 *      unmapped memory, or (a store) not at all. Under Shunt the hunt
 *      finds its code cache's executable view, which is read-execute (W^X)
 *      and must answer as unmapped memory. Its writable view elsewhere, and
 *      Shunt's other writable memory, take the store without a fault: no
 *      translator sharing the address space can tell those from the
 *      program's own stores; lock-or-0 keeps the test from harming them.
 * Only the verdicts are printed, never what was found: natively nothing is.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <ucontext.h>
#include <unistd.h>

#define PAGE 4096UL
#define LOW 0x10000UL
#define TASK_END 0x7ffffffff000UL
#define MAX_GAPS 512
#define STRIDE (64UL << 10)  /* the smallest code-cache chunk */
#define WINDOW (256UL << 20) /* how far into each found range the hunt looks */

static sigjmp_buf back;
static volatile int faults;
static struct {
    int code;
    unsigned long addr, err, trapno, rip;
} seen;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
    (void)sig;
    const ucontext_t *uc = ctx;
    seen.code = si->si_code;
    seen.addr = (unsigned long)si->si_addr;
    seen.err = (unsigned long)uc->uc_mcontext.gregs[REG_ERR];
    seen.trapno = (unsigned long)uc->uc_mcontext.gregs[REG_TRAPNO];
    seen.rip = (unsigned long)uc->uc_mcontext.gregs[REG_RIP];
    faults++;
    siglongjmp(back, 1);
}

/* A store of what is there already, atomically: a write access that
 * changes nothing. Returns whether it faulted (then `seen` says how). */
static int store_faults(unsigned long addr)
{
    int before = faults;
    if (sigsetjmp(back, 1) == 0)
        __asm__ volatile("lock orb $0, (%0)" : : "r"(addr) : "memory", "cc");
    return faults != before;
}

static int jump_faults(unsigned long addr)
{
    int before = faults;
    if (sigsetjmp(back, 1) == 0)
        ((void (*)(void))addr)();
    return faults != before;
}

/* Faulted as on nothing mapped at `addr`, by a write (err 6: user, write)
 * or an instruction fetch (0x14: user, fetch). */
static int as_unmapped(unsigned long addr, unsigned long err)
{
    return seen.code == SEGV_MAPERR && seen.addr == addr && (seen.err & 0x1f) == err &&
           seen.trapno == 14;
}

static void known_pages(void)
{
    unsigned long gone = (unsigned long)mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
                                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap((void *)gone, PAGE);
    int faulted = store_faults(gone + 8);
    printf("store to an unmapped page: fault %d, si_code %d, si_addr ok %d, err %lu, trapno %lu\n",
           faulted, seen.code, seen.addr == gone + 8, seen.err & 0x1f, seen.trapno);
    faulted = jump_faults(gone);
    printf("jump to an unmapped page: fault %d, si_code %d, si_addr ok %d, rip ok %d, err %#lx\n",
           faulted, seen.code, seen.addr == gone, seen.rip == gone, seen.err & 0x1f);
    unsigned long ro = (unsigned long)mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    faulted = store_faults(ro + 16);
    printf("store to a read-only page: fault %d, si_code %d, si_addr ok %d, err %lu\n", faulted,
           seen.code, seen.addr == ro + 16, seen.err & 0x1f);
    munmap((void *)ro, PAGE);
}

/* ---- the hunt ---- */

static char text[1 << 20];
static unsigned long gap_lo[MAX_GAPS], gap_hi[MAX_GAPS];
static int gaps;

static void read_gaps(void)
{
    int fd = open("/proc/self/maps", O_RDONLY);
    size_t n = 0;
    ssize_t r;
    while ((r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
        n += (size_t)r;
    close(fd);
    unsigned long prev = LOW, s, e;
    for (char *p = text; *p && gaps < MAX_GAPS; p = strchr(p, '\n') + 1) {
        if (sscanf(p, "%lx-%lx", &s, &e) != 2 || s >= TASK_END)
            break;
        if (s > prev) {
            gap_lo[gaps] = prev;
            gap_hi[gaps++] = s;
        }
        if (e > prev)
            prev = e;
    }
    if (prev < TASK_END && gaps < MAX_GAPS) {
        gap_lo[gaps] = prev;
        gap_hi[gaps++] = TASK_END;
    }
}

/* Whether anything is mapped in [lo, hi): MAP_FIXED_NOREPLACE fails. */
static int any_mapped(unsigned long lo, unsigned long hi)
{
    void *p = mmap((void *)lo, hi - lo, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    munmap(p, hi - lo);
    return p != (void *)lo; /* a kernel that took the flag as a hint */
}

/* The first mapped page of [lo, hi), or 0. */
static unsigned long first_mapped(unsigned long lo, unsigned long hi)
{
    if (!any_mapped(lo, hi))
        return 0;
    while (hi - lo > PAGE) {
        unsigned long mid = lo + (hi - lo) / 2 / PAGE * PAGE;
        if (any_mapped(lo, mid))
            hi = mid;
        else
            lo = mid;
    }
    return lo;
}

static int readable(unsigned long addr)
{
    char byte;
    struct iovec local = {&byte, 1}, remote = {(void *)addr, 1};
    return process_vm_readv(getpid(), &local, 1, &remote, 1, 0) == 1;
}

static int bad_stores, bad_jumps, jumps;

/* A page the program never mapped: a store faults as on nothing, or not
 * at all; a jump (to a few of those that refuse stores) faults as on
 * nothing. */
static void try_page(unsigned long page)
{
    if (!readable(page))
        return;
    if (!store_faults(page))
        return;
    bad_stores += !as_unmapped(page, 6);
    if (jumps++ < 8 && (!jump_faults(page) || !as_unmapped(page, 0x14) || seen.rip != page))
        bad_jumps++;
}

/* The end of the mapped range that starts at `at` (before `hi`): msync
 * answers ENOMEM for a range with a hole. */
static unsigned long run_end(unsigned long at, unsigned long hi)
{
    unsigned long len = PAGE;
    while (at + 2 * len <= hi && msync((void *)at, 2 * len, MS_ASYNC) == 0)
        len *= 2;
    unsigned long good = len, bad = at + 2 * len <= hi ? 2 * len : hi - at;
    while (bad - good > PAGE) {
        unsigned long mid = good + (bad - good) / 2 / PAGE * PAGE;
        if (msync((void *)at, mid, MS_ASYNC) == 0)
            good = mid;
        else
            bad = mid;
    }
    return at + good;
}

static void hunt(void)
{
    read_gaps();
    for (int i = 0; i < gaps; i++) {
        unsigned long lo = gap_lo[i], at;
        while (lo < gap_hi[i] && (at = first_mapped(lo, gap_hi[i])) != 0) {
            unsigned long end = run_end(at, gap_hi[i]);
            for (unsigned long page = at; page < end && page < at + WINDOW; page += STRIDE)
                try_page(page);
            try_page(end - PAGE);
            lo = end;
        }
    }
    printf("hunt: stores into memory the maps do not show: %s\n",
           bad_stores ? "some did not fault as unmapped" : "none faulted but as unmapped");
    printf("hunt: jumps there: %s\n", bad_jumps ? "some did not fault as unmapped" : "ok");
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    known_pages();
    hunt();
    return 0;
}
