// cflags: -msse4.2
/* SSE4.1/4.2: pcmpistri/pcmpestri, crc32 (byte/quad), ptest, pblendvb,
 * pmulld, roundsd, popcnt. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <nmmintrin.h>
#include <smmintrin.h>

static uint32_t crc32c_sw(const unsigned char *p, size_t n)
{
    uint32_t c = ~0u;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = c >> 1 ^ (0x82F63B78u & -(c & 1));
    }
    return ~c;
}

int main(void)
{
    if (!__builtin_cpu_supports("sse4.2")) {
        printf("no sse4.2\n");
        return 0;
    }
    unsigned char buf[10000];
    for (int i = 0; i < (int)sizeof buf; i++) buf[i] = (unsigned char)(i * 131 + (i >> 3));
    uint32_t c = ~0u;
    size_t i = 0;
    for (; i + 8 <= 9999; i += 8) { uint64_t q; memcpy(&q, buf + i, 8); c = (uint32_t)_mm_crc32_u64(c, q); }
    for (; i < 9999; i++) c = _mm_crc32_u8(c, buf[i]);
    printf("crc32c hw %08x sw %08x\n", ~c, crc32c_sw(buf, 9999));

    const char hay[16] = "hello, world!!!";
    __m128i h = _mm_loadu_si128((const __m128i *)hay);
    __m128i set = _mm_setr_epi8(',', ' ', '!', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    int idx = _mm_cmpistri(set, h, _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ANY | _SIDD_LEAST_SIGNIFICANT);
    int cf = _mm_cmpistrc(set, h, _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ANY);
    printf("pcmpistri equal-any first index %d cf %d\n", idx, cf);
    __m128i needle = _mm_setr_epi8('w', 'o', 'r', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    printf("pcmpistri substring at %d\n", _mm_cmpistri(needle, h, _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ORDERED));
    __m128i range = _mm_setr_epi8('a', 'z', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    printf("pcmpestri first non-lower at %d\n",
           _mm_cmpestri(range, 2, h, 15, _SIDD_UBYTE_OPS | _SIDD_CMP_RANGES | _SIDD_NEGATIVE_POLARITY));
    __m128i m = _mm_cmpistrm(set, h, _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ANY | _SIDD_BIT_MASK);
    printf("pcmpistrm mask %#x\n", _mm_cvtsi128_si32(m));

    __m128i a = _mm_setr_epi32(100000, -3, 7, 65536), b = _mm_setr_epi32(100000, 5, -7, 65536);
    int r[4];
    _mm_storeu_si128((__m128i *)r, _mm_mullo_epi32(a, b));
    printf("pmulld %d %d %d %d\n", r[0], r[1], r[2], r[3]);
    printf("ptest zero: %d %d\n", _mm_testz_si128(a, _mm_setzero_si128()), _mm_testz_si128(a, b));
    __m128i bl = _mm_blendv_epi8(a, b, _mm_setr_epi32(0, -1, 0, 0x80000000));
    _mm_storeu_si128((__m128i *)r, bl);
    printf("pblendvb %08x %08x %08x %08x\n", r[0], r[1], r[2], r[3]);
    double x[2];
    _mm_storeu_pd(x, _mm_round_pd(_mm_setr_pd(2.5, -3.7), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
    printf("roundpd %g %g\n", x[0], x[1]);
    printf("popcnt %d %d\n", _mm_popcnt_u32(0xf0f0f0f1u), (int)_mm_popcnt_u64(~0ull));
    return 0;
}
