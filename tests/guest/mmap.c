/* Big mmap/munmap/mprotect/mremap, reading PROT_NONE memory in a child
 * (SIGSEGV), MAP_FIXED over a hole, and brk/sbrk. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>

int main(void)
{
    size_t len = 256u << 20;
    unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) { perror("mmap"); return 1; }
    uint64_t s = 0;
    for (size_t i = 0; i < len; i += 4096) m[i] = (unsigned char)(i >> 12);
    for (size_t i = 0; i < len; i += 4096) s += m[i];
    printf("256 MiB touched, sum %lu, untouched byte %d\n", (unsigned long)s, m[12345]);
    printf("munmap middle: %d\n", munmap(m + (64 << 20), 64 << 20));
    unsigned char *fixed = mmap(m + (64 << 20), 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED in the hole: %s\n", fixed == m + (64 << 20) ? "yes" : "no");
    fixed[0] = 5;
    printf("mprotect read-only: %d\n", mprotect(m, 4096, PROT_READ));
    printf("still readable: %d\n", m[0]);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) { m[1] = 1; _exit(0); }
    int st;
    waitpid(pid, &st, 0);
    printf("write to read-only in child: %s %d\n", WIFSIGNALED(st) ? "signal" : "exit", WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    mprotect(m + 4096, 4096, PROT_NONE);
    fflush(stdout);
    pid = fork();
    if (pid == 0) { volatile int v = m[4096]; (void)v; _exit(0); }
    waitpid(pid, &st, 0);
    printf("read of PROT_NONE in child: %s %d\n", WIFSIGNALED(st) ? "signal" : "exit", WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    unsigned char *r = mremap(m + (128 << 20), 1 << 20, 8 << 20, MREMAP_MAYMOVE);
    printf("mremap grow ok: %d, content kept: %d\n", r != MAP_FAILED, r != MAP_FAILED && r[4096] == (unsigned char)(((128 << 20) + 4096) >> 12));
    printf("munmap all: %d\n", munmap(m, len) | munmap(r, 8 << 20));
    void *b0 = sbrk(0);
    void *b1 = sbrk(1 << 20);
    memset(b1, 7, 1 << 20);
    void *b2 = sbrk(0);
    printf("sbrk grew by %ld, old break returned: %d\n", (long)((char *)b2 - (char *)b0), b1 == b0);
    printf("brk shrink: %d\n", brk(b0));
    printf("sbrk(0) back: %d\n", sbrk(0) == b0);
    return 0;
}
