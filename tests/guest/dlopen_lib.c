// static: no (dlopen needs the dynamic loader)
/* dlopen of a library built by tests/Makefile beside this program
 * (build/guest/libdltest.so): its constructor runs at dlopen, dlsym finds a
 * function and a variable, the function runs, dlclose runs the destructor
 * and unmaps it, and loading it again maps it afresh (code at possibly the
 * same addresses as before: translations of the old mapping must not be
 * reused for it), constructor included. */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int use(const char *path, int round)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) {
        printf("round %d: dlopen failed\n", round);
        return 1;
    }
    int (*apply)(int, int) = (int (*)(int, int))dlsym(h, "dltest_apply");
    int *loads = (int *)dlsym(h, "dltest_loads");
    if (apply == NULL || loads == NULL) {
        printf("round %d: dlsym failed\n", round);
        return 1;
    }
    int sum = 0;
    for (int i = 0; i < 100; i++)
        sum += apply(i, i);
    printf("round %d: loads %d, apply sum %d\n", round, *loads, sum);
    fflush(stdout);
    printf("round %d: dlclose %d\n", round, dlclose(h));
    return 0;
}

int main(void)
{
    char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 32);
    if (n <= 0)
        return 1;
    path[n] = '\0';
    strcpy(strrchr(path, '/') + 1, "libdltest.so");
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (int round = 1; round <= 3; round++)
        if (use(path, round) != 0)
            return 1;
    return 0;
}
