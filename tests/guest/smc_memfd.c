/* The double mapping of JITs that keep W^X without mprotect (as V8's and
 * .NET's do, and Firefox's once did): one memfd mapped twice, MAP_SHARED,
 * once read-write and once read-execute. Code is written through the RW
 * view and run through the RX view, which the program never writes and
 * never mprotects: Shunt must notice that the RX view's bytes changed.
 *   - different code each round written through the RW view, run through
 *     the RX view, 2000 rounds at one address;
 *   - only one immediate byte changed each round (mov eax, imm32; ret);
 *   - new code written with pwrite(2) on the memfd (no mapping at all);
 *   - a forked child maps the memfd RW itself, writes new code and exits
 *     while the parent waits; then the parent runs the RX view, 30 rounds;
 *   - a forked child writes through the RW view it inherited. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define SIZE (2 * 4096)

typedef int (*Fn)(int);

/* One of four bodies, chosen by `round`, with an immediate from it. */
static size_t put_body(uint8_t *at, int round)
{
    int32_t imm = round * 7 + 3;
    switch (round % 4) {
    case 0: /* mov eax, imm32; ret */
        at[0] = 0xB8;
        memcpy(at + 1, &imm, 4);
        at[5] = 0xC3;
        return 6;
    case 1: /* lea eax, [rdi + imm32]; ret */
        at[0] = 0x8D;
        at[1] = 0x87;
        memcpy(at + 2, &imm, 4);
        at[6] = 0xC3;
        return 7;
    case 2: /* imul eax, edi, imm32; ret */
        at[0] = 0x69;
        at[1] = 0xC7;
        memcpy(at + 2, &imm, 4);
        at[6] = 0xC3;
        return 7;
    default: /* mov eax, edi; neg eax; add eax, imm32; ret */
        memcpy(at, (const uint8_t[]){0x89, 0xF8, 0xF7, 0xD8, 0x05}, 5);
        memcpy(at + 5, &imm, 4);
        at[9] = 0xC3;
        return 10;
    }
}

static int expected(int round, int x)
{
    int imm = round * 7 + 3;
    switch (round % 4) {
    case 0: return imm;
    case 1: return x + imm;
    case 2: return x * imm;
    default: return imm - x;
    }
}

static int fd;
static uint8_t *rw, *rx;

static int call(size_t offset, int x)
{
    Fn volatile fn = (Fn)(void *)(rx + offset);
    return fn(x);
}

/* Forks a child that writes body `round` at `offset`, through a mapping
 * of its own (own_map) or the inherited RW view; waits for it. */
static void child_writes(size_t offset, int round, int own_map)
{
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        alarm(10);
        uint8_t *view = rw;
        if (own_map) {
            view = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
            if (view == MAP_FAILED)
                _exit(3);
        }
        put_body(view + offset, round);
        _exit(0);
    }
    int status;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        printf("child failed: status %#x\n", status);
        exit(1);
    }
}

int main(void)
{
    alarm(20);
    fd = memfd_create("shunt-jit", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, SIZE) != 0) {
        perror("memfd");
        return 1;
    }
    rw = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    rx = mmap(NULL, SIZE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    if (rw == MAP_FAILED || rx == MAP_FAILED) {
        perror("mmap");
        return 1;
    }

    /* Different code each round, one address. */
    long wrong = 0, sum = 0;
    for (int round = 0; round < 2000; round++) {
        put_body(rw, round);
        int x = round % 100;
        int got = call(0, x);
        sum += got;
        wrong += got != expected(round, x);
    }
    printf("rewritten through the RW view: sum %ld, wrong %ld\n", sum, wrong);

    /* Only the immediate's low byte changes. */
    put_body(rw + 4096, 0); /* mov eax, 3; ret */
    wrong = 0;
    sum = 0;
    for (int round = 0; round < 1000; round++) {
        rw[4096 + 1] = (uint8_t)round;
        int got = call(4096, 0);
        sum += got;
        wrong += got != (uint8_t)round;
    }
    printf("one immediate byte: sum %ld, wrong %ld\n", sum, wrong);

    /* pwrite(2) on the memfd: the kernel writes the page. */
    wrong = 0;
    for (int round = 0; round < 200; round++) {
        uint8_t body[16];
        size_t n = put_body(body, round);
        if (pwrite(fd, body, n, 64) != (ssize_t)n) {
            perror("pwrite");
            return 1;
        }
        wrong += call(64, 5) != expected(round, 5);
    }
    printf("pwrite to the memfd: wrong %ld\n", wrong);

    /* A child writes the code; the parent, which ran the old code, runs it. */
    put_body(rw + 128, 1000);
    put_body(rw + 192, 1000);
    wrong = 0;
    for (int round = 0; round < 30; round++) {
        call(128, 9); /* the old code, translated */
        child_writes(128, round, 1);
        wrong += call(128, 9) != expected(round, 9);
    }
    printf("written by a child through its own mapping: wrong %ld\n", wrong);
    wrong = 0;
    for (int round = 30; round < 60; round++) {
        call(192, 9);
        child_writes(192, round, 0);
        wrong += call(192, 9) != expected(round, 9);
    }
    printf("written by a child through the inherited view: wrong %ld\n", wrong);
    return 0;
}
