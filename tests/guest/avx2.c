/* AVX2: vpaddd ymm, vpshufb, vpgatherdd, vpermd, FMA-free float ymm math.
 * Guarded by __builtin_cpu_supports; without AVX2 the scalar reference is
 * printed, so the output is the same either way. */
#include <stdio.h>
#include <stdint.h>
#include <immintrin.h>

static int32_t table[256];

__attribute__((target("avx2"))) static void vec(int32_t out[4][8], float fout[8])
{
    __m256i a = _mm256_setr_epi32(1, 2, 3, 4, 5, 6, 7, 0x7fffffff);
    __m256i b = _mm256_setr_epi32(10, 20, 30, 40, 50, 60, 70, 1);
    _mm256_storeu_si256((__m256i *)out[0], _mm256_add_epi32(a, b));
    __m256i bytes = _mm256_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                     16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
    __m256i ctl = _mm256_setr_epi8(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
                                   0, 0, 1, 1, 2, 2, 3, 3, -128, -128, 4, 4, 5, 5, 6, 6);
    _mm256_storeu_si256((__m256i *)out[1], _mm256_shuffle_epi8(bytes, ctl));
    __m256i idx = _mm256_setr_epi32(0, 17, 34, 51, 68, 85, 102, 255);
    _mm256_storeu_si256((__m256i *)out[2], _mm256_i32gather_epi32(table, idx, 4));
    _mm256_storeu_si256((__m256i *)out[3], _mm256_permutevar8x32_epi32(b, _mm256_setr_epi32(7, 6, 5, 4, 3, 2, 1, 0)));
    __m256 f = _mm256_setr_ps(1, 2, 3, 4, 5, 6, 7, 8);
    __m256 g = _mm256_sqrt_ps(_mm256_mul_ps(f, _mm256_set1_ps(2.0f)));
    _mm256_storeu_ps(fout, _mm256_add_ps(g, f));
}

static void scalar(int32_t out[4][8], float fout[8])
{
    int32_t a[8] = {1, 2, 3, 4, 5, 6, 7, 0x7fffffff}, b[8] = {10, 20, 30, 40, 50, 60, 70, 1};
    for (int i = 0; i < 8; i++) out[0][i] = (int32_t)((uint32_t)a[i] + (uint32_t)b[i]);
    unsigned char by[32], ctl[32] = {15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
                                     0, 0, 1, 1, 2, 2, 3, 3, 128, 128, 4, 4, 5, 5, 6, 6};
    unsigned char res[32];
    for (int i = 0; i < 32; i++) by[i] = (unsigned char)i;
    for (int i = 0; i < 32; i++) res[i] = ctl[i] & 0x80 ? 0 : by[(i & 16) + (ctl[i] & 15)];
    __builtin_memcpy(out[1], res, 32);
    int idx[8] = {0, 17, 34, 51, 68, 85, 102, 255};
    for (int i = 0; i < 8; i++) out[2][i] = table[idx[i]];
    for (int i = 0; i < 8; i++) out[3][i] = b[7 - i];
    for (int i = 0; i < 8; i++) fout[i] = __builtin_sqrtf((i + 1) * 2.0f) + (i + 1);
}

__attribute__((target("avx2"))) static uint32_t vec_sum(const uint32_t *p, int n)
{
    __m256i acc = _mm256_setzero_si256();
    for (int i = 0; i < n; i += 8) acc = _mm256_add_epi32(acc, _mm256_mullo_epi32(_mm256_loadu_si256((const __m256i *)(p + i)), _mm256_set1_epi32(3)));
    uint32_t t[8];
    _mm256_storeu_si256((__m256i *)t, acc);
    uint32_t s = 0;
    for (int i = 0; i < 8; i++) s += t[i];
    return s;
}

int main(void)
{
    for (int i = 0; i < 256; i++) table[i] = i * i - 1000;
    int32_t v[4][8], s[4][8];
    float fv[8], fs[8];
    int have = __builtin_cpu_supports("avx2");
    scalar(s, fs);
    if (have) vec(v, fv); else scalar(v, fv);
    const char *names[] = {"vpaddd", "vpshufb", "vpgatherdd", "vpermd"};
    for (int k = 0; k < 4; k++) {
        printf("%s:", names[k]);
        for (int i = 0; i < 8; i++) printf(" %08x", (uint32_t)v[k][i]);
        printf("\n");
    }
    printf("float ymm:");
    for (int i = 0; i < 8; i++) printf(" %.5f", fv[i]);
    printf("\n");
    printf("vector == scalar: %s\n", __builtin_memcmp(v, s, sizeof v) || __builtin_memcmp(fv, fs, sizeof fv) ? "no" : "yes");
    static uint32_t data[4096];
    uint32_t ref = 0;
    for (int i = 0; i < 4096; i++) { data[i] = i * 2654435761u; ref += data[i] * 3; }
    uint32_t got = have ? vec_sum(data, 4096) : ref;
    printf("sum %08x %s\n", got, got == ref ? "ok" : "BAD");
    return 0;
}
