/* A write through a null pointer: SIGSEGV. */
#include <stdio.h>
int main(void)
{
    printf("about to write to NULL\n");
    fflush(stdout);
    *(volatile int *)0 = 1;
    printf("survived\n");
    return 0;
}
