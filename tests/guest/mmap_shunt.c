/* Every address range /proc/self/maps does not list is no business of the
 * program's: natively nothing is there; under a translator its own memory
 * may be. mprotect, madvise and mseal of each such gap answer ENOMEM, mremap
 * EFAULT, and munmap and MAP_FIXED either succeed (nothing there) or
 * answer ENOMEM (the translator's memory, which must stay), and the program
 * goes on running. A range the program unmapped is free again for
 * MAP_FIXED, and MAP_FIXED_NOREPLACE over its own mapping is EEXIST. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define LOW 0x10000UL
#define TASK_END 0x7ffffffff000UL
#define MAX_GAPS 512

static char text[1 << 20], out[1 << 16];
static unsigned long gap_lo[MAX_GAPS], gap_hi[MAX_GAPS];
static int gaps;
static int prot_enomem, advise_enomem, seal_enomem, remap_efault, unmap_ok, fixed_ok;

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

/* No allocation, no output, no deeper stack from reading the map to the
 * end: natively the calls would unmap whatever appeared since. */
static void try_gaps(void)
{
    for (int i = 0; i < gaps; i++) {
        void *lo = (void *)gap_lo[i];
        size_t len = gap_hi[i] - gap_lo[i];
        prot_enomem += mprotect(lo, len, PROT_READ) == -1 && errno == ENOMEM;
        advise_enomem += madvise(lo, len, MADV_DONTNEED) == -1 && errno == ENOMEM;
        seal_enomem += syscall(462, lo, len, 0) == -1 && (errno == ENOMEM || errno == ENOSYS);
        remap_efault += mremap(lo, 4096, 8192, MREMAP_MAYMOVE) == MAP_FAILED && errno == EFAULT;
        int r = munmap(lo, len);
        unmap_ok += r == 0 || errno == ENOMEM;
        void *p = mmap(lo, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED,
                       -1, 0);
        fixed_ok += p == lo || (p == MAP_FAILED && errno == ENOMEM);
        if (p == lo)
            munmap(p, len);
    }
}

static void grow_stack(void)
{
    volatile char big[256 << 10];
    memset((char *)big, 1, sizeof(big));
}

int main(void)
{
    setvbuf(stdout, out, _IOFBF, sizeof(out));
    grow_stack();
    read_gaps();
    try_gaps();
    printf("gaps %s\n", gaps > 1 ? "several" : "few");
    printf("mprotect ENOMEM in every gap: %d\n", prot_enomem == gaps);
    printf("madvise ENOMEM in every gap: %d\n", advise_enomem == gaps);
    printf("mseal ENOMEM (or ENOSYS) in every gap: %d\n", seal_enomem == gaps);
    printf("mremap EFAULT in every gap: %d\n", remap_efault == gaps);
    printf("munmap 0 or ENOMEM in every gap: %d\n", unmap_ok == gaps);
    printf("MAP_FIXED mapped or ENOMEM in every gap: %d\n", fixed_ok == gaps);

    char *m = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(m, 4 * 4096);
    char *again = mmap(m, 4 * 4096, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED where the program unmapped: %d\n", again == m);
    void *over = mmap(m + 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
                      -1, 0);
    printf("MAP_FIXED_NOREPLACE over its own mapping: %s\n",
           over == MAP_FAILED && errno == EEXIST ? "EEXIST" : "mapped");
    char *heap = malloc(1 << 20);
    memset(heap, 3, 1 << 20);
    printf("still running, malloc works: %d\n", heap[12345]);
    return 0;
}
