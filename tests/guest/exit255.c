/* exit(255) and exit(-1 & 0xff) are the same status. */
#include <stdio.h>
#include <stdlib.h>
int main(void) { printf("exiting with 255\n"); fflush(stdout); exit(-1); }
