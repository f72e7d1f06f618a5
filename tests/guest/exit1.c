/* exit(1) with buffered stdout flushed at exit. */
#include <stdio.h>
#include <stdlib.h>
int main(void) { printf("exiting with 1"); exit(1); }
