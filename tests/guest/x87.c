/* x87: fld/fmul/fsin/fcos/fsqrt/fyl2x/fpatan in asm, long double arithmetic
 * and printf("%Lf"/"%Le"/"%La"), the control word. */
#include <stdio.h>
#include <math.h>

static long double x87_sin(long double x) { long double r; asm("fsin" : "=t"(r) : "0"(x)); return r; }
static long double x87_cos(long double x) { long double r; asm("fcos" : "=t"(r) : "0"(x)); return r; }
static long double x87_sqrt(long double x) { long double r; asm("fsqrt" : "=t"(r) : "0"(x)); return r; }
static long double x87_atan2(long double y, long double x)
{
    long double r;
    asm("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
    return r;
}
static long double x87_pi(void) { long double r; asm("fldpi" : "=t"(r)); return r; }
static long double x87_log2e(void) { long double r; asm("fldl2e" : "=t"(r)); return r; }

int main(void)
{
    long double x = 1.0L;
    for (int i = 1; i <= 25; i++) x *= i;
    printf("25! = %.0Lf\n", x);
    printf("pi = %.18Lf\n", x87_pi());
    printf("log2(e) = %.18Lf\n", x87_log2e());
    printf("sqrt(2) = %.18Lf\n", x87_sqrt(2.0L));
    for (int i = 0; i < 8; i++) {
        long double a = i * 0.4L;
        printf("sin(%.1Lf) = %.15Lf cos = %.15Lf\n", a, x87_sin(a), x87_cos(a));
    }
    printf("atan2(1,1)*4 = %.18Lf\n", x87_atan2(1.0L, 1.0L) * 4);
    printf("%%Le: %Le  %%La: %La\n", 1.0L / 3.0L, 1.0L / 3.0L);
    volatile double d = 1e300;
    long double big = (long double)d * d;
    printf("1e300^2 as long double: %Le\n", big);
    unsigned short cw;
    asm("fnstcw %0" : "=m"(cw));
    printf("fpu control word: %#x\n", cw);
    long double sum = 0;
    for (int i = 1; i <= 100000; i++) sum += 1.0L / ((long double)i * i);
    printf("sum 1/n^2 = %.18Lf\n", sum);
    return 0;
}
