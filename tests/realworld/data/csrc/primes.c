#include <stdlib.h>
#include "util.h"

int util_count_primes(int limit)
{
    char *composite = calloc((size_t)limit, 1);
    int n = 0;
    for (int i = 2; i < limit; i++) {
        if (composite[i])
            continue;
        n++;
        for (int j = 2 * i; j < limit; j += i)
            composite[j] = 1;
    }
    free(composite);
    return n;
}
