/* After a fork, parent and child both translate new code, in turns, and
 * keep re-running what they translated before. Under Shunt the code cache
 * is shared memory (written through a second view: W^X), which a fork would
 * leave shared: the child's translations would land where the parent
 * puts its next ones, and each would run the other's code. Each process
 * must get only its own functions' results. Natively trivially true. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

/* 64 small functions per process, each its own block(s), each with its
 * own result. */
#define F(n)                                                                                       \
    __attribute__((noinline)) static long a##n(long x) { return x * (2 * n + 1) + n; }            \
    __attribute__((noinline)) static long b##n(long x) { return (x ^ (n * 7919)) - 3 * n; }
#define F8(n) F(n##0) F(n##1) F(n##2) F(n##3) F(n##4) F(n##5) F(n##6) F(n##7)
F8(1) F8(2) F8(3) F8(4) F8(5) F8(6) F8(7) F8(8)

#define P8(p, n) p##n##0, p##n##1, p##n##2, p##n##3, p##n##4, p##n##5, p##n##6, p##n##7
static long (*const fa[64])(long) = {P8(a, 1), P8(a, 2), P8(a, 3), P8(a, 4),
                                     P8(a, 5), P8(a, 6), P8(a, 7), P8(a, 8)};
static long (*const fb[64])(long) = {P8(b, 1), P8(b, 2), P8(b, 3), P8(b, 4),
                                     P8(b, 5), P8(b, 6), P8(b, 7), P8(b, 8)};
static const int numbers[8] = {1, 2, 3, 4, 5, 6, 7, 8};

/* What function i of the table should return for x (the same formulas). */
static long expected(int is_a, int i, long x)
{
    long n = numbers[i / 8] * 10 + i % 8;
    return is_a ? x * (2 * n + 1) + n : (x ^ (n * 7919)) - 3 * n;
}

/* Runs function `i` for the first time, then all of 0..i again. */
static int round_of(long (*const *f)(long), int is_a, int i)
{
    int bad = 0;
    for (int j = 0; j <= i; j++)
        for (long x = 0; x < 3; x++)
            bad += f[j](x + i) != expected(is_a, j, x + i);
    return bad;
}

static void pass(int fd)
{
    if (write(fd, "x", 1) != 1)
        exit(3);
}

static void await(int fd)
{
    char c;
    if (read(fd, &c, 1) != 1)
        exit(4);
}

int main(void)
{
    int to_child[2], to_parent[2];
    if (pipe(to_child) || pipe(to_parent))
        return 1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        return 2;
    int bad = 0;
    for (int i = 0; i < 64; i++) {
        if (pid == 0) {
            bad += round_of(fa, 1, i);
            pass(to_parent[1]);
            await(to_child[0]);
        } else {
            await(to_parent[0]);
            bad += round_of(fb, 0, i);
            pass(to_child[1]);
        }
    }
    if (pid == 0) {
        printf("child: %d wrong results\n", bad);
        return bad != 0;
    }
    int status;
    if (waitpid(pid, &status, 0) != pid)
        return 5;
    printf("parent: %d wrong results, child exit %d\n", bad,
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
