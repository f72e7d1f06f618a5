/* Returning 3 from main (through __libc_start_main's exit). */
#include <stdio.h>
int main(int argc, char **argv) { printf("returning %d from main\n", argc + 0); return 3; }
