/* hlt is privileged: killed by SIGSEGV in user mode. */
#include <stdio.h>
int main(void) { printf("about to hlt\n"); fflush(stdout); asm volatile("hlt"); printf("survived\n"); return 0; }
