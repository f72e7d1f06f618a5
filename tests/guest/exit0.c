/* exit(0) after printing through stdio (flushed by exit). */
#include <stdio.h>
#include <stdlib.h>
int main(void) { printf("exiting with 0\n"); exit(0); }
