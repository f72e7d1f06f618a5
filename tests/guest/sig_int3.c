/* int3: killed by SIGTRAP. */
#include <stdio.h>
int main(void) { printf("about to int3\n"); fflush(stdout); asm volatile("int3"); printf("survived\n"); return 0; }
