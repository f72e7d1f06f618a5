// dynamic: no (natively the kernel puts a hint-less MAP_GROWSDOWN mapping right under a library
// in a dynamic process, where the touch below it that this test makes faults)
/* The mmap family's edge cases, as /proc/self/maps shows them: a
 * MAP_GROWSDOWN mapping grows on a touch below it (and then unmaps whole),
 * mprotect with PROT_GROWSDOWN changes it from its bottom; mremap grows
 * in place, shrinks and moves (contents kept, the old range
 * gone), a partial munmap leaves the rest, mprotect across a hole changes
 * the part before the hole and answers ENOMEM, madvise(MADV_DONTNEED)
 * zeroes private anonymous pages, MAP_FIXED replaces part of a mapping. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096UL

static char text[1 << 20];

/* "perms" of each maps line overlapping [lo, hi), clipped to it, e.g.
 * "0-2 rw-p, 3-4 r--p" in pages from lo. */
static void show(const char *what, char *lo, unsigned long pages)
{
    int fd = open("/proc/self/maps", O_RDONLY);
    size_t n = 0;
    ssize_t r;
    while ((r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
        n += (size_t)r;
    close(fd);
    text[n] = '\0';
    unsigned long a = (unsigned long)lo, b = a + pages * PAGE, s, e;
    char perms[5];
    printf("%s:", what);
    for (char *p = text; *p; p = strchr(p, '\n') + 1) {
        if (sscanf(p, "%lx-%lx %4s", &s, &e, perms) != 3 || e <= a || s >= b)
            continue;
        s = s < a ? a : s;
        e = e > b ? b : e;
        printf(" %lu-%lu %s", (s - a) / PAGE, (e - a) / PAGE - 1, perms);
    }
    printf("\n");
}

static void growsdown(void)
{
    char *g = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN, -1, 0);
    show("growsdown mapped", g - 3 * PAGE, 5);
    g[-1] = 1;
    g[-PAGE - 1] = 2;
    show("growsdown after touching 2 pages below", g - 3 * PAGE, 5);
    printf("munmap of the grown mapping: %d\n", munmap(g - 2 * PAGE, 4 * PAGE));
    show("growsdown unmapped", g - 3 * PAGE, 5);
    g = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN,
             -1, 0);
    static const unsigned char ret42[] = {0xb8, 0x2a, 0, 0, 0, 0xc3}; /* mov eax, 42; ret */
    memcpy(g - PAGE, ret42, sizeof(ret42));
    int r = mprotect(g + PAGE, PAGE, PROT_READ | PROT_EXEC | PROT_GROWSDOWN);
    printf("mprotect PROT_GROWSDOWN of the top page: %d\n", r);
    show("whole grown mapping executable", g - 2 * PAGE, 4);
    printf("code on the grown page runs: %d\n", ((int (*)(void))(g - PAGE))());
    munmap(g - PAGE, 3 * PAGE);
}

static void remaps(void)
{
    char *m = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m + 4 * PAGE, 12 * PAGE); /* room to grow in place */
    mprotect(m, 4 * PAGE, PROT_READ | PROT_WRITE);
    memset(m, 7, 4 * PAGE);
    char *g = mremap(m, 4 * PAGE, 8 * PAGE, 0);
    printf("mremap grow in place: %d\n", g == m);
    show("grown", m, 16);
    char *s = mremap(m, 8 * PAGE, 2 * PAGE, 0);
    printf("mremap shrink: %d\n", s == m);
    show("shrunk", m, 16);
    char *t = mmap(NULL, 4 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *v = mremap(m, 2 * PAGE, 3 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, t);
    printf("mremap move: %d, contents kept: %d, tail zero: %d\n", v == t, v[PAGE + 5] == 7,
           v[2 * PAGE + 5] == 0);
    unsigned char vec[2];
    printf("old range unmapped: %d\n", mincore(m, 2 * PAGE, vec) == -1 && errno == ENOMEM);
    show("new range after the move", t, 4);
    munmap(t, 4 * PAGE);
}

static void partial(void)
{
    char *m = mmap(NULL, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(m, 9, 8 * PAGE);
    munmap(m + 3 * PAGE, 2 * PAGE);
    show("partial munmap of pages 3-4", m, 8);
    int r = mprotect(m + PAGE, 6 * PAGE, PROT_READ);
    printf("mprotect across the hole: %d %s\n", r, r ? strerror(errno) : "");
    show("after it", m, 8);
    printf("madvise DONTNEED: %d, page 0 before %d after", madvise(m, PAGE, MADV_DONTNEED), 9);
    printf(" %d, page 1 kept %d\n", m[100], m[PAGE + 100]);
    char *f = mmap(m + 6 * PAGE, PAGE, PROT_READ | PROT_EXEC,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED over page 6: %d, zero: %d\n", f == m + 6 * PAGE, f[0] == 0);
    show("after it", m, 8);
    munmap(m, 8 * PAGE);
    show("all unmapped", m, 8);
}

int main(void)
{
    growsdown();
    remaps();
    partial();
    return 0;
}
