/* The library dlopen_lib loads: a constructor and a destructor that print,
 * a counter they set (fresh after an unload and a reload), a function and a
 * function pointer table reached through the GOT. */
#include <stdio.h>

int dltest_loads;
static int scale = 3;

__attribute__((constructor)) static void dltest_init(void)
{
    dltest_loads++;
    printf("dltest: constructor (loads %d)\n", dltest_loads);
}

__attribute__((destructor)) static void dltest_fini(void)
{
    printf("dltest: destructor\n");
}

static int twice(int x)
{
    return 2 * x;
}

static int square(int x)
{
    return x * x;
}

int (*const dltest_table[])(int) = {twice, square};

int dltest_apply(int which, int x)
{
    return dltest_table[which & 1](x) * scale;
}
