/* Jumping into a non-executable data array: SIGSEGV, like natively. The
 * array holds valid code (mov $42, %eax; ret) so that a translator that
 * ignores page permissions would visibly return 42 instead. */
#include <stdio.h>
static unsigned char code[] = {0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3};
int main(void)
{
    printf("about to call a data array\n");
    fflush(stdout);
    int (*volatile f)(void) = (int (*)(void))code;
    int r = f();
    printf("survived, returned %d\n", r);
    return 0;
}
