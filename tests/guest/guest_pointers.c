/* System calls Shunt emulates must accept exactly the guest pointers the
 * kernel accepts: a buffer in shmat memory or in PROT_WRITE-only pages
 * works (the kernel's copies go through them), a buffer in brk pages just
 * given back or past the end of a truncated file mapping is EFAULT (not a
 * crash, not SIGBUS). Calls: readlink of /proc/self/exe into the buffer,
 * rt_sigaction with act and oldact there, arch_prctl(ARCH_GET_FS) into it,
 * open of a path stored there. */
#include <asm/prctl.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

struct ksigaction {
    unsigned long handler, flags, restorer, mask;
};

static void result(const char *what, long r)
{
    printf("  %-22s %s\n", what, r < 0 ? strerror(errno) : r > 0 ? "ok (>0)" : "ok");
}

/* `buf` is a page the test may write with plain stores when `writable`. */
static void try_all(const char *where, char *buf, int writable)
{
    printf("%s:\n", where);
    result("readlink exe", syscall(SYS_readlink, "/proc/self/exe", buf, 64));
    struct ksigaction act = {(unsigned long)SIG_IGN, 0, 0, 0};
    if (writable)
        memcpy(buf + 256, &act, sizeof(act));
    result("rt_sigaction act", syscall(SYS_rt_sigaction, SIGUSR1, buf + 256, NULL, 8));
    result("rt_sigaction oldact", syscall(SYS_rt_sigaction, SIGUSR1, NULL, buf + 512, 8));
    result("arch_prctl GET_FS", syscall(SYS_arch_prctl, ARCH_GET_FS, buf + 1024));
    if (writable)
        strcpy(buf + 2048, "/dev/null");
    long fd = syscall(SYS_open, buf + 2048, O_RDONLY);
    result("open path", fd);
    if (fd >= 0)
        close(fd);
    fd = syscall(SYS_openat, AT_FDCWD, buf + 2048, O_RDONLY);
    result("openat path", fd);
    if (fd >= 0)
        close(fd);
}

int main(void)
{
    int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
    char *shm = id >= 0 ? shmat(id, NULL, 0) : (char *)-1;
    if (id >= 0)
        shmctl(id, IPC_RMID, NULL);
    if (shm != (char *)-1)
        try_all("shmat memory", shm, 1);

    char *wo = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memcpy(wo + 256, &(struct ksigaction){(unsigned long)SIG_IGN, 0, 0, 0}, 32);
    strcpy(wo + 2048, "/dev/null");
    mprotect(wo, 4096, PROT_WRITE);
    try_all("PROT_WRITE-only page", wo, 0);

    char *top = (char *)syscall(SYS_brk, 0);
    char *grown = (char *)syscall(SYS_brk, top + 3 * 4096);
    if (grown == top + 3 * 4096) {
        char *page = (char *)(((unsigned long)top + 8191) & ~4095UL);
        syscall(SYS_brk, top);
        try_all("brk given back", page, 0);
    }

    char name[] = "truncatedXXXXXX";
    int f = mkstemp(name);
    unlink(name);
    ftruncate(f, 100);
    char *map = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, f, 0);
    try_all("past end of file", map + 4096, 0);
    return 0;
}
