/* cpuid: vendor string, family/model, brand string, and a few feature bits
 * that Shunt must not hide (SSE4.2, AVX, AVX2, AVX-512F). */
#include <stdio.h>
#include <string.h>
#include <cpuid.h>

int main(void)
{
    unsigned a, b, c, d;
    __cpuid(0, a, b, c, d);
    char vendor[13];
    memcpy(vendor, &b, 4);
    memcpy(vendor + 4, &d, 4);
    memcpy(vendor + 8, &c, 4);
    vendor[12] = 0;
    printf("vendor %s, max leaf %s\n", vendor, a >= 7 ? ">= 7" : "< 7");
    __cpuid(1, a, b, c, d);
    unsigned family = (a >> 8) & 15, model = (a >> 4) & 15;
    if (family == 15) family += (a >> 20) & 0xff;
    if (family == 6 || family >= 15) model |= ((a >> 16) & 15) << 4;
    printf("family %u model %u stepping %u\n", family, model, a & 15);
    printf("sse4.2 %d avx %d osxsave %d\n", !!(c & bit_SSE4_2), !!(c & bit_AVX), !!(c & bit_OSXSAVE));
    __cpuid_count(7, 0, a, b, c, d);
    printf("avx2 %d avx512f %d bmi2 %d\n", !!(b & bit_AVX2), !!(b & bit_AVX512F), !!(b & bit_BMI2));
    unsigned brand[12];
    __cpuid(0x80000000, a, b, c, d);
    if (a >= 0x80000004) {
        for (unsigned i = 0; i < 3; i++) __cpuid(0x80000002 + i, brand[4 * i], brand[4 * i + 1], brand[4 * i + 2], brand[4 * i + 3]);
        char s[49];
        memcpy(s, brand, 48);
        s[48] = 0;
        printf("brand %s\n", s);
    }
    return 0;
}
