/* personality(READ_IMPLIES_EXEC): the kernel adds PROT_EXEC to readable
 * mappings (mmap and mprotect), so code written to a PROT_READ|PROT_WRITE
 * mapping can be called. Without the persona the same call faults (not
 * tested: that is sig_jump_data). */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>

/* mov eax, imm32; ret */
static void put_code(unsigned char *p, int value)
{
    p[0] = 0xb8;
    memcpy(p + 1, &value, 4);
    p[5] = 0xc3;
}

int main(void)
{
    int old = personality(0xffffffff);
    printf("READ_IMPLIES_EXEC before: %s\n", (old & READ_IMPLIES_EXEC) ? "yes" : "no");
    personality(old | READ_IMPLIES_EXEC);
    printf("READ_IMPLIES_EXEC now: %s\n",
           (personality(0xffffffff) & READ_IMPLIES_EXEC) ? "yes" : "no");
    unsigned char *rw =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    put_code(rw, 42);
    printf("code in a read-write mapping returns %d\n", ((int (*)(void))rw)());
    unsigned char *other =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    put_code(other, 7);
    mprotect(other, 4096, PROT_READ);
    printf("code in a page made read-only returns %d\n", ((int (*)(void))other)());
    return 0;
}
