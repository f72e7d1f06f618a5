/* The process's /proc/self/maps and smaps list its own mappings only:
 * every file-backed line is the program or a library it loaded (none when
 * static), every executable line is one of those or the vDSO/vsyscall,
 * lines are sorted and disjoint, a local variable lies in [stack], the
 * break in [heap], a new mapping appears with its permissions, a partial
 * munmap and an mprotect split its line, smaps has the same entries, and
 * /proc/thread-self, /proc/<pid> and /proc/<pid>/task/<tid> show the same. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char text[1 << 20], other[1 << 20], smaps[4 << 20];
static char objects[16][PATH_MAX];
static int object_count;

static size_t slurp(const char *path, char *buf, size_t size)
{
    int fd = open(path, O_RDONLY);
    size_t n = 0;
    ssize_t r;
    while (fd >= 0 && (r = read(fd, buf + n, size - 1 - n)) > 0)
        n += (size_t)r;
    if (fd >= 0)
        close(fd);
    buf[n] = '\0';
    return n;
}

static int add_object(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size, (void)data;
    if (info->dlpi_name[0] && object_count < 16 && realpath(info->dlpi_name, objects[object_count]))
        object_count++;
    return 0;
}

static int known_file(const char *name)
{
    for (int i = 0; i < object_count; i++)
        if (strcmp(name, objects[i]) == 0)
            return 1;
    return 0;
}

typedef struct Line {
    unsigned long start, end;
    char perms[5];
    unsigned long inode;
    char name[PATH_MAX];
} Line;

static int parse(const char *line, Line *l)
{
    int n = 0;
    l->name[0] = '\0';
    if (sscanf(line, "%lx-%lx %4s %*x %*x:%*x %lu %n", &l->start, &l->end, l->perms, &l->inode, &n) < 4)
        return 0;
    sscanf(line + n, "%4095[^\n]", l->name);
    return 1;
}

/* Checks every line; counts those overlapping [lo, hi) into *in_range. */
static void check_lines(const char *maps, unsigned long lo, unsigned long hi, int *in_range,
                        char perms_of_lo[5])
{
    int files_ok = 1, exec_ok = 1, sorted = 1, stack = 0, heap = 0;
    unsigned long prev_end = 0, local_addr = (unsigned long)&local_addr;
    unsigned long brk_now = (unsigned long)sbrk(0);
    *in_range = 0;
    for (const char *p = maps; *p; p = strchr(p, '\n') + 1) {
        Line l;
        if (!parse(p, &l))
            break;
        int file = l.name[0] == '/';
        int vdso = strcmp(l.name, "[vdso]") == 0 || strcmp(l.name, "[vsyscall]") == 0;
        if (file && !known_file(l.name))
            files_ok = 0, printf("unknown file %s\n", l.name);
        if (l.perms[2] == 'x' && !(file && known_file(l.name)) && !vdso)
            exec_ok = 0, printf("unknown executable %s %s\n", l.perms, l.name);
        sorted &= l.start < l.end && l.start >= prev_end;
        prev_end = l.end;
        if (local_addr >= l.start && local_addr < l.end)
            stack = strcmp(l.name, "[stack]") == 0;
        if (brk_now - 1 >= l.start && brk_now - 1 < l.end)
            heap = strcmp(l.name, "[heap]") == 0;
        if (l.start < hi && l.end > lo)
            ++*in_range;
        if (l.start <= lo && lo < l.end)
            memcpy(perms_of_lo, l.perms, 5);
    }
    printf("files ok %d, executable ok %d, sorted %d, local in [stack] %d, break in [heap] %d\n",
           files_ok, exec_ok, sorted, stack, heap);
}

/* smaps has one header line per maps line, the same text. */
static int smaps_matches(const char *maps, const char *sm)
{
    const char *m = maps;
    for (const char *p = sm; *p; p = strchr(p, '\n') + 1) {
        Line l;
        if (!parse(p, &l))
            continue;
        size_t len = (size_t)(strchr(p, '\n') - p + 1);
        if (strncmp(p, m, len) != 0)
            return 0;
        m += len;
    }
    return *m == '\0';
}

static void show(const char *what, unsigned long lo, unsigned long hi)
{
    int in_range;
    char perms[5] = "none";
    slurp("/proc/self/maps", text, sizeof(text));
    printf("%s: ", what);
    check_lines(text, lo, hi, &in_range, perms);
    printf("  lines in the mapping %d, first page %s\n", in_range, perms);
}

int main(void)
{
    dl_iterate_phdr(add_object, NULL);
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    self[n > 0 ? n : 0] = '\0';
    if (n > 0 && object_count < 16)
        strcpy(objects[object_count++], self);
    free(malloc(100000)); /* the break is used */

    long page = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, 8 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned long lo = (unsigned long)m, hi = lo + 8 * page;
    show("new read-only mapping", lo, hi);
    mprotect(m + 2 * page, page, PROT_READ | PROT_WRITE);
    show("after mprotect of page 2", lo, hi);
    munmap(m + 5 * page, page);
    show("after munmap of page 5", lo, hi);
    mprotect(m, page, PROT_NONE);
    show("after mprotect of page 0", lo, hi);

    slurp("/proc/self/maps", text, sizeof(text));
    slurp("/proc/self/smaps", smaps, sizeof(smaps));
    printf("smaps headers match maps: %d\n", smaps_matches(text, smaps));
    char path[64];
    const char *spellings[] = {"/proc/thread-self/maps", "/proc/%d/maps", "/proc/%d/task/%d/maps"};
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof(path), spellings[i], getpid(), (int)syscall(SYS_gettid));
        slurp(path, other, sizeof(other));
        printf("%s same: %d\n", spellings[i], strcmp(text, other) == 0);
    }
    return 0;
}
