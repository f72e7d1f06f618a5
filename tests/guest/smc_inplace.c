/* Code written in place on a page that is both writable and executable,
 * after it ran: Shunt write-protects such a page once it translates code
 * from it, and a write to it drops the translations and takes effect at
 * the next instruction, as on the hardware.
 *   - an RWX buffer: `mov eax, imm32; ret` run, its immediate rewritten,
 *     run again, 10000 times; then another body written over it;
 *   - a function that patches the immediate of an instruction ahead of it
 *     in the same block (the store, then the patched `mov` right after);
 *   - a loop that increments its own immediate each time round;
 *   - data on the same page as code: a counter written 100000 times
 *     between calls (correct, if slow: each write to the page drops it);
 *   - new code read(2) into the page by the kernel (no EFAULT);
 *   - a write to a page the guest made read-only is still its SIGSEGV
 *     (SEGV_ACCERR), and /proc/self/maps still shows rwx for the code page. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*Fn)(void);

static void put_return(uint8_t *at, int32_t value)
{
    at[0] = 0xB8; /* mov eax, imm32 */
    memcpy(at + 1, &value, 4);
    at[5] = 0xC3; /* ret */
}

static sigjmp_buf fault_jump;
static volatile int fault_code;
static void on_segv(int sig, siginfo_t *info, void *uc)
{
    (void)sig;
    (void)uc;
    fault_code = info->si_code;
    siglongjmp(fault_jump, 1);
}

static int maps_perms_of(const void *addr, char perms[5])
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int found = 0;
    while (f && fgets(line, sizeof(line), f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx %4s", &lo, &hi, perms) == 3 && (uintptr_t)addr >= lo &&
            (uintptr_t)addr < hi)
            found = 1;
        if (found)
            break;
    }
    if (f)
        fclose(f);
    return found;
}

int main(void)
{
    alarm(20);
    uint8_t *rwx = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (rwx == MAP_FAILED)
        return 1;

    long sum = 0, wrong = 0;
    for (int i = 0; i < 10000; i++) {
        put_return(rwx, i);
        int got = ((Fn)rwx)();
        sum += got;
        wrong += got != i;
    }
    printf("rewritten immediate: sum %ld, wrong %ld\n", sum, wrong);
    const uint8_t other[] = {0x31, 0xC0, 0x83, 0xC0, 0x2A, 0xC3}; /* xor eax,eax; add eax,42; ret */
    memcpy(rwx, other, sizeof(other));
    printf("another body: %d\n", ((Fn)rwx)());

    /* Patch ahead in the same block: mov byte [rip+1], 77; mov eax, 5; ret
     * The store hits the immediate of the mov right after it. */
    uint8_t *p = rwx + 4096;
    const uint8_t patcher[] = {0xC6, 0x05, 0x01, 0x00, 0x00, 0x00, 77, /* mov byte [rip+1], 77 */
                               0xB8, 0x05, 0x00, 0x00, 0x00,          /* mov eax, 5 */
                               0xC3};
    for (int round = 0; round < 3; round++) {
        memcpy(p, patcher, sizeof(patcher));
        printf("patched ahead, round %d: %d\n", round, ((Fn)p)());
    }

    /* A loop that increments its own immediate:
     *   top: mov eax, imm32 ; inc dword [the imm] ; dec ecx ; jnz top ; ret */
    uint8_t *q = rwx + 2 * 4096;
    const uint8_t loop[] = {0xB8, 0x00, 0x00, 0x00, 0x00,             /* mov eax, 0 */
                            0xFF, 0x05, 0xF6, 0xFF, 0xFF, 0xFF,       /* inc dword [rip-10] */
                            0xFF, 0xC9,                               /* dec ecx */
                            0x75, 0xF1,                               /* jnz top */
                            0xC3};
    memcpy(q, loop, sizeof(loop));
    int result;
    /* (below the red zone: the call pushes) */
    __asm__ volatile("sub $128, %%rsp\n\tmov $1000, %%ecx\n\tcall *%1\n\tadd $128, %%rsp"
                     : "=a"(result)
                     : "r"(q)
                     : "rcx", "memory", "cc");
    printf("self-incrementing loop: last eax %d\n", result);

    /* Data beside code on one page. */
    uint8_t *r = rwx + 3 * 4096;
    put_return(r, 7);
    volatile uint32_t *counter = (volatile uint32_t *)(r + 2048);
    long total = 0;
    for (int i = 0; i < 100000; i++) {
        (*counter)++;
        if (i % 1000 == 0)
            total += ((Fn)r)();
    }
    printf("counter beside code: %u, calls %ld\n", *counter, total);

    /* New code read(2) into the page, by the kernel. */
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    uint8_t code[6];
    put_return(code, 5555);
    if (write(fds[1], code, sizeof(code)) != (ssize_t)sizeof(code))
        return 1;
    ssize_t n = read(fds[0], rwx, sizeof(code));
    printf("read(2) into the code page: %zd, then %d\n", n, ((Fn)rwx)());

    char perms[5] = "";
    printf("maps perms of the code page: %s\n", maps_perms_of(rwx, perms) ? perms : "?");

    /* The guest's own read-only page: a write is its SIGSEGV. */
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    mprotect(rwx, 4096, PROT_READ | PROT_EXEC);
    if (sigsetjmp(fault_jump, 1) == 0) {
        rwx[100] = 1;
        printf("write to r-x: no fault\n");
    } else {
        printf("write to r-x: SIGSEGV, code %s\n", fault_code == SEGV_ACCERR ? "SEGV_ACCERR" : "?");
    }
    printf("after mprotect r-x: %d\n", ((Fn)rwx)());
    return 0;
}
