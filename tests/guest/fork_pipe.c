/* A pipe between fork'd processes: the child produces 1 MB through the
 * pipe, the parent checksums it; then a two-way exchange and a dup2'd
 * stdout in the child. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
    int fd[2];
    pipe(fd);
    fflush(stdout);
    pid_t p = fork();
    if (p == 0) {
        close(fd[0]);
        unsigned char buf[4096];
        for (int blk = 0; blk < 256; blk++) {
            for (int i = 0; i < 4096; i++) buf[i] = (unsigned char)(blk * 31 + i * 7);
            for (size_t off = 0; off < sizeof buf;) {
                ssize_t w = write(fd[1], buf + off, sizeof buf - off);
                if (w <= 0) _exit(2);
                off += w;
            }
        }
        _exit(0);
    }
    close(fd[1]);
    uint32_t h = 0;
    size_t total = 0;
    unsigned char buf[3000];
    ssize_t n;
    while ((n = read(fd[0], buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) h = h * 16777619u ^ buf[i];
        total += n;
    }
    close(fd[0]);
    int st;
    waitpid(p, &st, 0);
    printf("received %zu bytes, hash %08x, child status %d\n", total, h, WEXITSTATUS(st));

    int up[2], down[2];
    pipe(up);
    pipe(down);
    fflush(stdout);
    p = fork();
    if (p == 0) {
        close(up[0]);
        close(down[1]);
        long v;
        while (read(down[0], &v, sizeof v) == sizeof v) { v = v * v + 1; write(up[1], &v, sizeof v); }
        dup2(up[1], 1);
        printf("child says bye\n");
        fflush(stdout);
        _exit(0);
    }
    close(up[1]);
    close(down[0]);
    long acc = 0;
    for (long i = 0; i < 1000; i++) {
        long v = i;
        write(down[1], &v, sizeof v);
        read(up[0], &v, sizeof v);
        acc += v;
    }
    close(down[1]);
    char msg[64] = {0};
    n = read(up[0], msg, sizeof msg - 1);
    waitpid(p, &st, 0);
    printf("round trips sum %ld, child's last words: %s", acc, n > 0 ? msg : "(none)\n");
    return 0;
}
