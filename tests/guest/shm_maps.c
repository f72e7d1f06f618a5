/* System V shared memory in the process's own view: an attach appears in
 * /proc/self/maps as a shared mapping of the segment, can be munmapped
 * in part like any mapping, and shmdt removes the rest; SHM_REMAP over
 * the program's own mapping replaces it. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <unistd.h>

#define PAGE 4096UL

static char text[1 << 20];

static void show(const char *what, const char *lo, unsigned long pages)
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
        printf(" %lu-%lu %s%s", (s - a) / PAGE, (e - a) / PAGE - 1, perms,
               strstr(p, "SYSV") && strstr(p, "SYSV") < strchr(p, '\n') ? " SYSV" : "");
    }
    printf("\n");
}

int main(void)
{
    int id = shmget(IPC_PRIVATE, 4 * PAGE, IPC_CREAT | 0600);
    if (id < 0) {
        printf("no System V shared memory here\n");
        return 0;
    }
    char *m = shmat(id, NULL, 0);
    shmctl(id, IPC_RMID, NULL);
    memset(m, 5, 4 * PAGE);
    show("attached", m, 4);
    mprotect(m + PAGE, PAGE, PROT_READ);
    printf("munmap of the last page: %d\n", munmap(m + 3 * PAGE, PAGE));
    show("split and cut", m, 4);
    printf("shmdt: %d\n", shmdt(m));
    show("detached", m, 4);

    int id2 = shmget(IPC_PRIVATE, 2 * PAGE, IPC_CREAT | 0600);
    char *own = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *r = shmat(id2, own, SHM_REMAP | SHM_RDONLY);
    shmctl(id2, IPC_RMID, NULL);
    printf("SHM_REMAP over its own mapping: %d\n", r == own);
    show("remapped", own, 2);
    printf("shmdt: %d\n", shmdt(own));
    show("detached", own, 2);
    return 0;
}
