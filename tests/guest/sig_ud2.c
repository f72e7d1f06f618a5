/* ud2: killed by SIGILL. */
#include <stdio.h>
int main(void) { printf("about to ud2\n"); fflush(stdout); asm volatile("ud2"); printf("survived\n"); return 0; }
