/* The address space a program may use natively is the program's under
 * Shunt too: a 1.5 GiB sbrk, brk stopping short of a mapping (and leaving
 * it intact), shrinking and growing again, MAP_FIXED_NOREPLACE at low
 * addresses, and a MAP_FIXED mapping over 0x44000000-0x66000000 with more
 * code run after it. stdout is a static buffer: no malloc moves the break
 * behind the test's back. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096UL

static char out[1 << 14];

static void big_sbrk(void)
{
    char *b0 = sbrk(0);
    size_t big = 3UL << 29; /* 1.5 GiB */
    char *p = sbrk(big);
    if (p == (char *)-1) {
        printf("sbrk(1.5 GiB): failed, errno %d\n", errno);
        return;
    }
    for (size_t off = 0; off < big; off += big / 8)
        p[off] = (char)(off >> 20);
    p[big - 1] = 7;
    int ok = p[big / 8] == (char)((big / 8) >> 20) && p[big - 1] == 7 && p[PAGE] == 0;
    printf("sbrk(1.5 GiB): ok, pages usable: %s\n", ok ? "yes" : "no");
    sbrk(-(intptr_t)big);
    printf("shrunk back: %s\n", sbrk(0) == b0 ? "yes" : "no");
}

static void brk_meets_mapping(void)
{
    char *base = (char *)(((uintptr_t)sbrk(0) + PAGE - 1) & ~(PAGE - 1));
    char *m = mmap(base + 16 * PAGE, PAGE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (m != base + 16 * PAGE) {
        printf("mapping after the break: failed, errno %d\n", errno);
        return;
    }
    strcpy(m, "keep");
    printf("brk over the mapping: %d\n", brk(base + 32 * PAGE));
    printf("brk up to the guard page: %d\n", brk(base + 15 * PAGE + 1));
    printf("brk to one page short: %d\n", brk(base + 15 * PAGE));
    printf("mapping kept: %s\n", m);
    memset(base, 0x55, 15 * PAGE);
    printf("shrink: %d\n", brk(base + PAGE));
    int grown = brk(base + 8 * PAGE);
    printf("grow again: %d, fresh pages zero: %s\n", grown,
           grown == 0 && base[4 * PAGE] == 0 && base[PAGE] == 0 ? "yes" : "no");
    printf("kept below the shrink point: %s\n", base[PAGE - 1] == 0x55 ? "yes" : "no");
    printf("brk near the top of the address space: %d\n", brk((void *)-4095L));
    printf("brk below its start: %d\n", brk((void *)0x1000));
    brk(base);
    munmap(m, PAGE);
}

static void fixed_low(uintptr_t addr)
{
    void *p = mmap((void *)addr, 1 << 20, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("MAP_FIXED_NOREPLACE at 0x%lx: %s\n", (unsigned long)addr,
           p == (void *)addr ? "ok" : strerror(errno));
    if (p != MAP_FAILED)
        munmap(p, 1 << 20);
}

static int descending(const void *a, const void *b)
{
    return *(const int *)b - *(const int *)a;
}

static void fixed_over_0x44000000(void)
{
    uintptr_t lo = 0x44000000, hi = 0x66000000;
    char *p = mmap((void *)lo, hi - lo, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED over 0x%lx-0x%lx: %s\n", (unsigned long)lo, (unsigned long)hi,
           p == (char *)lo ? "ok" : strerror(errno));
    if (p == MAP_FAILED)
        return;
    memset(p, 1, PAGE);
    p[hi - lo - 1] = 2;
    /* Code never run before, translated after the mapping. */
    int v[] = {4, 9, 1, 7, 3};
    qsort(v, 5, sizeof v[0], descending);
    char text[64];
    snprintf(text, sizeof text, "%.3f %x", 3.14159 * v[0], (unsigned)p[hi - lo - 1]);
    printf("code after it: %d %d %d %d %d, %s\n", v[0], v[1], v[2], v[3], v[4], text);
    munmap(p, hi - lo);
}

int main(void)
{
    setvbuf(stdout, out, _IOFBF, sizeof out);
    big_sbrk();
    brk_meets_mapping();
    fixed_low(0x10000000);
    fixed_low(0x50000000);
    fixed_over_0x44000000();
    return 0;
}
