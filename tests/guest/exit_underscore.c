/* _exit(7): no stdio flush (the unflushed text must not appear), no atexit. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
static void bye(void) { printf("atexit must not run\n"); }
int main(void)
{
    atexit(bye);
    printf("flushed line\n");
    fflush(stdout);
    printf("never flushed");
    _exit(7);
}
