/* Code rewritten through the memory map, the way JIT compilers that keep
 * W^X do it, must run in its new version: Shunt drops the translations of
 * memory that is unmapped, remapped, or made not executable, and of a
 * page that faulted on fetch once it is made executable.
 *   - W^X: map RW, write `mov eax, imm32; ret`, mprotect RX, call; mprotect
 *     RW, write another immediate (or another body), mprotect RX, call
 *     again: 2000 rounds, every result the new one;
 *   - munmap, then mmap MAP_FIXED at the same address with other code;
 *   - mmap MAP_FIXED straight over live code (no munmap between);
 *   - mremap moving code away and new code mapped where it was;
 *   - a call into a PROT_NONE page (SIGSEGV, left with siglongjmp), then
 *     mprotect RX with code there: the call now runs it;
 *   - a function that calls another through a chained direct call, where
 *     only the callee is rewritten. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*Fn)(void);

/* mov eax, imm32; ret */
static void put_return(uint8_t *at, int32_t value)
{
    at[0] = 0xB8;
    memcpy(at + 1, &value, 4);
    at[5] = 0xC3;
}

/* lea eax, [rdi + imm32]... as a different body: xor eax, eax; add eax, imm32; ret */
static void put_add(uint8_t *at, int32_t value)
{
    at[0] = 0x31;
    at[1] = 0xC0;
    at[2] = 0x05;
    memcpy(at + 3, &value, 4);
    at[7] = 0xC3;
}

static sigjmp_buf fault_jump;
static void on_segv(int sig)
{
    (void)sig;
    siglongjmp(fault_jump, 1);
}

static uint8_t *map_code(void *at, int extra_flags)
{
    void *p = mmap(at, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | extra_flags, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        _exit(1);
    }
    return p;
}

static void protect(void *p, int prot)
{
    if (mprotect(p, 4096, prot) != 0) {
        perror("mprotect");
        _exit(1);
    }
}

int main(void)
{
    alarm(20);
    uint8_t *code = map_code(NULL, 0);
    long sum = 0, wrong = 0;
    for (int round = 0; round < 2000; round++) {
        protect(code, PROT_READ | PROT_WRITE);
        if (round % 3 == 2)
            put_add(code, round * 7);
        else
            put_return(code, round * 7);
        protect(code, PROT_READ | PROT_EXEC);
        int got = ((Fn)code)();
        sum += got;
        wrong += got != round * 7;
    }
    printf("W^X rounds: sum %ld, wrong %ld\n", sum, wrong);

    /* munmap, then new code at the same address. */
    munmap(code, 4096);
    uint8_t *again = map_code(code, MAP_FIXED);
    put_return(again, 1111);
    protect(again, PROT_READ | PROT_EXEC);
    printf("after munmap and MAP_FIXED: %d\n", ((Fn)again)());

    /* MAP_FIXED straight over live code. */
    uint8_t *over = map_code(again, MAP_FIXED);
    put_return(over, 2222);
    protect(over, PROT_READ | PROT_EXEC);
    printf("after MAP_FIXED over code: %d\n", ((Fn)over)());

    /* mremap the code away; new code where it was. */
    uint8_t *target = map_code(NULL, 0); /* a place of the program's own to move to */
    uint8_t *moved = mremap(over, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, target);
    uint8_t *fresh = map_code(over, MAP_FIXED);
    put_return(fresh, 3333);
    protect(fresh, PROT_READ | PROT_EXEC);
    printf("moved code: %d, new code at the old place: %d\n", ((Fn)moved)(), ((Fn)fresh)());

    /* A fetch from PROT_NONE faults; made executable, the code runs. */
    uint8_t *none = map_code(NULL, 0);
    put_return(none, 4444);
    protect(none, PROT_NONE);
    signal(SIGSEGV, on_segv);
    for (int i = 0; i < 3; i++) {
        if (sigsetjmp(fault_jump, 1) == 0) {
            int got = ((Fn)none)();
            printf("PROT_NONE call returned %d\n", got);
        } else {
            printf("PROT_NONE call faulted\n");
        }
    }
    protect(none, PROT_READ | PROT_EXEC);
    printf("made executable: %d\n", ((Fn)none)());

    /* A caller whose direct call is chained to the callee: only the
     * callee changes. call rel32 to +64; ret */
    uint8_t *pair = map_code(NULL, 0);
    for (int round = 0; round < 100; round++) {
        protect(pair, PROT_READ | PROT_WRITE);
        pair[0] = 0xE8;
        int32_t rel = 64 - 5;
        memcpy(pair + 1, &rel, 4);
        pair[5] = 0xC3;
        put_return(pair + 64, round);
        protect(pair, PROT_READ | PROT_EXEC);
        if (((Fn)pair)() != round)
            wrong++;
    }
    printf("chained caller, rewritten callee: wrong %ld\n", wrong);
    return 0;
}
