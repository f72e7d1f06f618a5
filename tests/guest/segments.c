/* A static program whose program headers tests/Makefile rewrites after
 * linking (tests/tools/phdr_edit.c): segments_many has its text cut into
 * 24 PT_LOADs, segments_unsorted has its PT_LOADs in reverse order,
 * segments_overlap loads its text twice. The kernel runs all of them; so
 * must Shunt. The program reads its own headers (AT_PHDR), code spread over
 * the text (printf, qsort, strtod, math), data, rodata and bss. */
#include <elf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

static int table[64] = {5, 3, 9, 1, 7};
static char zeroes[100000];
static const char *const words[] = {"pear", "apple", "fig", "kiwi", "date"};

static int by_value(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void describe_loads(void)
{
    const Elf64_Phdr *ph = (const Elf64_Phdr *)getauxval(AT_PHDR);
    unsigned long n = getauxval(AT_PHNUM), loads = 0, sorted = 1, prev = 0;
    for (unsigned long i = 0; i < n; i++) {
        if (ph[i].p_type != PT_LOAD)
            continue;
        if (loads++ && ph[i].p_vaddr < prev)
            sorted = 0;
        prev = ph[i].p_vaddr;
    }
    printf("PT_LOADs: %lu, sorted: %s\n", loads, sorted ? "yes" : "no");
}

int main(void)
{
    describe_loads();
    qsort(table, 5, sizeof table[0], by_value);
    printf("sorted: %d %d %d %d %d\n", table[0], table[1], table[2], table[3], table[4]);
    const char *w[5];
    memcpy(w, words, sizeof w);
    qsort(w, 5, sizeof w[0], by_string);
    printf("words: %s %s %s %s %s\n", w[0], w[1], w[2], w[3], w[4]);
    size_t nonzero = 0;
    for (size_t i = 0; i < sizeof zeroes; i++)
        nonzero += zeroes[i] != 0;
    printf("bss nonzero bytes: %zu\n", nonzero);
    double x = strtod("2.5e1", NULL);
    printf("sqrt(%g) = %.6f, exp(1) = %.6f\n", x, sqrt(x), exp(1.0));
    return 0;
}
