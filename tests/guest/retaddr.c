/* The seed example: a function returning its own return address. Under Shunt
 * it must print the same address as natively, because `call` pushes the guest
 * return address. The static-PIE build is loaded at a random address, so it
 * prints the address relative to main instead. */
#include <stdio.h>

__attribute__((noinline)) void *return_address(void)
{
    return __builtin_return_address(0);
}

int main(void)
{
    void *ra = return_address();
#ifdef __PIE__
    printf("main%+ld\n", (long)((char *)ra - (char *)main));
#else
    printf("%p\n", ra);
#endif
    return 0;
}
