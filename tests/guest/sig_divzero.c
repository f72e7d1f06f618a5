/* Integer division by zero: SIGFPE. */
#include <stdio.h>
int main(int argc, char **argv)
{
    volatile int zero = argc - argc;
    printf("about to divide by zero\n");
    fflush(stdout);
    volatile int r = 100 / zero;
    printf("survived %d\n", r);
    return 0;
}
