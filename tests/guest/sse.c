/* SSE/SSE2: packed float and double arithmetic, shuffles, conversions,
 * integer SIMD, min/max/sqrt, movmsk, and a MXCSR round trip. */
#include <stdio.h>
#include <immintrin.h>
#include <string.h>

int main(void)
{
    __m128 a = _mm_setr_ps(1.5f, -2.25f, 3.0f, 100.0f);
    __m128 b = _mm_setr_ps(0.5f, 4.0f, -1.0f, 0.001f);
    float r[4];
    _mm_storeu_ps(r, _mm_add_ps(_mm_mul_ps(a, b), _mm_sqrt_ps(_mm_max_ps(a, b))));
    printf("ps: %.6f %.6f %.6f %.6f\n", r[0], r[1], r[2], r[3]);
    _mm_storeu_ps(r, _mm_shuffle_ps(a, b, _MM_SHUFFLE(0, 3, 1, 2)));
    printf("shufps: %g %g %g %g\n", r[0], r[1], r[2], r[3]);
    _mm_storeu_ps(r, _mm_unpackhi_ps(a, b));
    printf("unpckhps: %g %g %g %g\n", r[0], r[1], r[2], r[3]);
    printf("movmskps(cmplt): %d\n", _mm_movemask_ps(_mm_cmplt_ps(a, b)));

    __m128d da = _mm_setr_pd(3.141592653589793, -1e-10), db = _mm_setr_pd(2.0, 7.0);
    double d[2];
    _mm_storeu_pd(d, _mm_div_pd(da, db));
    printf("pd div: %.17g %.17g\n", d[0], d[1]);
    _mm_storeu_pd(d, _mm_sqrt_pd(_mm_setr_pd(2.0, 1e100)));
    printf("pd sqrt: %.17g %.17g\n", d[0], d[1]);

    __m128i ia = _mm_setr_epi32(1, -2, 3, 0x7fffffff), ib = _mm_setr_epi32(10, 20, -30, 1);
    int ir[4];
    _mm_storeu_si128((__m128i *)ir, _mm_add_epi32(ia, ib));
    printf("paddd: %d %d %d %d\n", ir[0], ir[1], ir[2], ir[3]);
    _mm_storeu_si128((__m128i *)ir, _mm_shuffle_epi32(ia, 0x1b));
    printf("pshufd: %d %d %d %d\n", ir[0], ir[1], ir[2], ir[3]);
    __m128i bytes = _mm_setr_epi8(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    __m128i sad = _mm_sad_epu8(bytes, _mm_set1_epi8(8));
    printf("psadbw: %lld %lld\n", (long long)_mm_cvtsi128_si64(sad), (long long)_mm_extract_epi16(sad, 4));
    _mm_storeu_si128((__m128i *)ir, _mm_packs_epi32(_mm_setr_epi32(70000, -70000, 5, -5), ia));
    printf("packssdw: %08x %08x %08x %08x\n", ir[0], ir[1], ir[2], ir[3]);
    printf("cvttsd2si: %d %lld\n", _mm_cvttsd_si32(_mm_set_sd(-7.9)), (long long)_mm_cvtsd_si64(_mm_set_sd(2.5)));

    double acc = 0;
    for (int i = 1; i < 200000; i++) acc += 1.0 / i * (i & 1 ? 1 : -1);
    printf("ln2 approx: %.15f\n", acc);
    float facc = 0;
    for (int i = 0; i < 100000; i++) facc = facc * 0.999f + (float)i * 1e-3f;
    printf("float recurrence: %.6f\n", facc);

    unsigned csr = _mm_getcsr();
    _mm_setcsr((csr & ~0x6000u) | 0x6000u); /* round toward zero */
    volatile float third = 1.0f;
    third /= 3.0f;
    unsigned got = _mm_getcsr() & 0x6000u;
    _mm_setcsr(csr);
    unsigned bits;
    memcpy(&bits, (float *)&third, 4);
    printf("mxcsr rc %#x, 1/3 rz bits %#x, default mxcsr %#x\n", got, bits, csr & 0xffc0);
    return 0;
}
