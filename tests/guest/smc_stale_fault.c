// Bytes that do not decode, run, then rewritten into code and run again,
// on a page the program keeps writing beside its code (so Shunt checks the
// page's blocks against their source bytes instead of write-protecting it).
// The check covers the bytes a block decoded; the bytes that made it fault
// were not among them, so the faulting translation outlived the rewrite
// and the new code got SIGILL again. Also a fetch from a page made
// executable after the first try faulted.
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static sigjmp_buf escape;
static volatile sig_atomic_t faults;

static void on_fault(int sig)
{
    faults = faults + 1;
    siglongjmp(escape, sig);
}

/* mov eax, imm32; ret */
static void write_function(uint8_t *at, uint32_t value)
{
    at[0] = 0xB8;
    memcpy(at + 1, &value, 4);
    at[5] = 0xC3;
}

static int call(uint8_t *at)
{
    int sig = sigsetjmp(escape, 1);
    if (sig)
        return -sig;
    return ((int (*)(void))at)();
}

int main(void)
{
    signal(SIGILL, on_fault);
    signal(SIGSEGV, on_fault);
    uint8_t *page =
        mmap(NULL, 8192, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        return 1;
    volatile uint64_t *counter = (volatile uint64_t *)(page + 2048);
    write_function(page, 7);
    for (int i = 0; i < 100; i++) { /* writes beside code that runs */
        call(page);
        *counter += 1;
    }
    uint8_t *spot = page + 256;
    for (int round = 0; round < 20; round++) {
        memset(spot, 0xFF, 16); /* ff ff: no instruction */
        int before = call(spot);
        write_function(spot, (uint32_t)round);
        int after = call(spot);
        printf("round %d: %d then %d\n", round, before, after);
    }
    /* a page that was not executable when first jumped to */
    uint8_t *second = page + 4096;
    write_function(second, 99);
    mprotect(second, 4096, PROT_READ | PROT_WRITE);
    int before = call(second);
    mprotect(second, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
    printf("second page: %d then %d, %d faults, counter %llu\n", before, call(second),
           (int)faults, (unsigned long long)*counter);
    return 0;
}
