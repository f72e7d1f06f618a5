// Shunt's own writes into a page it write-protected for the code
// translated from it. The guest writes there freely natively; under Shunt
// the page is read-only on the host until a write gives it back, and a
// write made by Shunt itself (not by a guest instruction) did not: here
// the kernel-style signal frame Shunt builds on an alternate signal stack
// that shares its pages with code the program ran. The frame could not be
// written, so the process died of SIGSEGV. Also: a system call's result
// written into such a page (the kernel's write, given back beforehand).
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static volatile sig_atomic_t handled;

static void on_usr1(int sig, siginfo_t *info, void *context)
{
    (void)context;
    handled = sig + (info->si_code == SI_TKILL ? 100 : 0);
}

/* mov eax, imm32; ret */
static void write_function(uint8_t *at, uint32_t value)
{
    at[0] = 0xB8;
    memcpy(at + 1, &value, 4);
    at[5] = 0xC3;
}

int main(void)
{
    size_t size = 4 * 4096;
    uint8_t *area =
        mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED)
        return 1;
    int (*fn)(void) = (int (*)(void))area;
    stack_t ss = {.ss_sp = area, .ss_size = size, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0)
        return 2;
    struct sigaction sa = {.sa_sigaction = on_usr1, .sa_flags = SA_SIGINFO | SA_ONSTACK};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    for (int round = 0; round < 50; round++) {
        /* code at the bottom of every page of the stack, run first */
        for (size_t page = 0; page < size; page += 4096) {
            write_function(area + page, (uint32_t)(round * 10 + page / 4096));
            fn = (int (*)(void))(area + page);
            if (fn() != round * 10 + (int)(page / 4096))
                printf("round %d page %zu: wrong result\n", round, page / 4096);
        }
        handled = 0;
        raise(SIGUSR1); /* its frame goes on pages holding code */
        if (handled != SIGUSR1 + 100)
            printf("round %d: handler gave %d\n", round, (int)handled);
        /* a system call writes its result beside the code */
        ssize_t n = read(-1, area + 4096 + 512, 16);
        struct sigaction old;
        sigaction(SIGUSR1, NULL, &old);
        memcpy(area + 2 * 4096 + 256, &old, sizeof(old));
        if (n != -1 || !(old.sa_flags & SA_ONSTACK))
            printf("round %d: system call results wrong\n", round);
    }
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
    printf("done: %d\n", ((int (*)(void))area)());
    return 0;
}
