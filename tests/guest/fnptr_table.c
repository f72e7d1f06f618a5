/* Function-pointer tables: calls through an array of pointers, a struct of
 * pointers, and pointers returned from functions. */
#include <stdio.h>

typedef long (*binop)(long, long);
static long f_add(long a, long b) { return a + b; }
static long f_sub(long a, long b) { return a - b; }
static long f_mul(long a, long b) { return a * b; }
static long f_xor(long a, long b) { return a ^ b; }
static long f_max(long a, long b) { return a > b ? a : b; }
static long f_min(long a, long b) { return a < b ? a : b; }
static long f_shl(long a, long b) { return a << (b & 15); }
static long f_mod(long a, long b) { return b ? a % b : a; }

static binop table[] = {f_add, f_sub, f_mul, f_xor, f_max, f_min, f_shl, f_mod};

struct ops { binop first, second; const char *name; };
static const struct ops ops_list[] = {
    {f_add, f_mul, "add-mul"}, {f_xor, f_sub, "xor-sub"}, {f_max, f_shl, "max-shl"},
};

__attribute__((noinline)) static binop pick(int i) { return table[i & 7]; }

int main(void)
{
    long acc = 1;
    for (int i = 0; i < 100000; i++) {
        binop volatile f = table[(i * 7 + (int)(acc & 3)) & 7];
        acc = f(acc, i) & 0xffffffffffffL;
        if (i % 20000 == 0) printf("i=%d acc=%ld\n", i, acc);
    }
    printf("acc = %ld\n", acc);
    for (int j = 0; j < 3; j++) {
        long v = ops_list[j].second(ops_list[j].first(12345, 678), 9);
        printf("%s: %ld\n", ops_list[j].name, v);
    }
    long s = 0;
    for (int i = 0; i < 1000; i++) s += pick(i)(i, 3);
    printf("picked sum = %ld\n", s);
    return 0;
}
