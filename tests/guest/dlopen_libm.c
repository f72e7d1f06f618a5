// static: no (dlopen needs the dynamic loader)
/* dlopen of the system's libm by its soname: ld.so maps it with mmap after
 * the program started, and the scanner must find its code through the guest
 * memory map. cos and a vector-dispatched function (IFUNC-selected by
 * ld.so) are called through dlsym'd pointers; a second dlopen returns the
 * same handle; dlclose of both succeeds. */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
    void *m = dlopen("libm.so.6", RTLD_NOW);
    if (m == NULL) {
        printf("dlopen failed: %s\n", dlerror());
        return 1;
    }
    double (*cosp)(double) = (double (*)(double))dlsym(m, "cos");
    double (*expp)(double) = (double (*)(double))dlsym(m, "exp");
    float (*sinfp)(float) = (float (*)(float))dlsym(m, "sinf");
    printf("symbols: %s\n", cosp && expp && sinfp ? "found" : "missing");
    double sum = 0;
    for (int i = 0; i < 1000; i++)
        sum += cosp(i * 0.001) + expp(-i * 0.01) + sinfp((float)i * 0.002f);
    printf("cos(0.5) = %.12f, exp(1) = %.12f, sum = %.9f\n", cosp(0.5), expp(1.0), sum);
    void *again = dlopen("libm.so.6", RTLD_NOW | RTLD_NOLOAD);
    printf("second dlopen same handle: %s\n", again == m ? "yes" : "no");
    printf("dlsym of a missing symbol: %s\n", dlsym(m, "no_such_symbol") ? "found" : "NULL");
    printf("dlclose: %d %d\n", dlclose(again), dlclose(m));
    return 0;
}
