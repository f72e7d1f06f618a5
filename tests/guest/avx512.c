/* AVX-512: zmm adds, opmask registers (k), masked ops, compress, and EVEX
 * memory operands: a rip-relative load of a global at an offset, and a
 * base+disp8*N (compressed displacement) load. Guarded by a cpu check; the
 * scalar reference is printed without AVX-512, so the output is the same. */
#include <stdio.h>
#include <stdint.h>
#include <immintrin.h>

__attribute__((aligned(64))) uint64_t array[32];

__attribute__((target("avx512f,avx512bw"))) static void vec(uint64_t out[4][8], uint32_t *mask_out)
{
    __m512i a, b, c;
    /* rip-relative EVEX load at array+64 (bytes), and a disp8*64 load at [rax+64] */
    asm volatile("vmovdqu64 array+64(%%rip), %0" : "=v"(a));
    asm volatile("vmovdqu64 64(%1), %0" : "=v"(b) : "r"(array + 8));
    asm volatile("vpaddq 128(%1), %2, %0" : "=v"(c) : "r"(array), "v"(a));
    _mm512_storeu_si512(out[0], _mm512_add_epi64(a, b));
    _mm512_storeu_si512(out[1], c);
    __mmask8 k = _mm512_cmpgt_epu64_mask(a, _mm512_set1_epi64(0x1000));
    _mm512_storeu_si512(out[2], _mm512_mask_add_epi64(_mm512_set1_epi64(-1), k, a, b));
    _mm512_storeu_si512(out[3], _mm512_maskz_compress_epi64(0xa5, b));
    __m512i bytes = _mm512_set1_epi8(7);
    __mmask64 kb = _mm512_cmpeq_epi8_mask(bytes, _mm512_set1_epi8(7));
    *mask_out = (uint32_t)(_cvtmask64_u64(kb) >> 32) ^ k;
    /* rip-relative EVEX store */
    asm volatile("vmovdqu64 %0, array+192(%%rip)" : : "v"(_mm512_add_epi64(a, a)) : "memory");
}

static void scalar(uint64_t out[4][8], uint32_t *mask_out)
{
    uint64_t *a = array + 8, *b = array + 16, *c3 = array + 16;
    unsigned k = 0;
    for (int i = 0; i < 8; i++) {
        out[0][i] = a[i] + b[i];
        out[1][i] = a[i] + c3[i];
        if (a[i] > 0x1000) k |= 1u << i;
    }
    for (int i = 0; i < 8; i++) out[2][i] = k >> i & 1 ? a[i] + b[i] : ~0ull;
    int j = 0;
    for (int i = 0; i < 8; i++) if (0xa5 >> i & 1) out[3][j++] = b[i];
    for (; j < 8; j++) out[3][j] = 0;
    *mask_out = 0xffffffffu ^ k;
    for (int i = 0; i < 8; i++) array[24 + i] = a[i] * 2;
}

int main(void)
{
    for (int i = 0; i < 32; i++) array[i] = (uint64_t)i * i * i * 97 + 5;
    uint64_t v[4][8], s[4][8], s_tail[8];
    uint32_t m, sm;
    scalar(s, &sm);
    __builtin_memcpy(s_tail, array + 24, sizeof s_tail);
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")) vec(v, &m);
    else scalar(v, &m);
    printf("vector == scalar: %s\n", __builtin_memcmp(v, s, sizeof v) || m != sm ||
           __builtin_memcmp(s_tail, array + 24, sizeof s_tail) ? "no" : "yes");
    for (int k = 0; k < 4; k++) {
        for (int i = 0; i < 8; i++) printf("%lx ", (unsigned long)v[k][i]);
        printf("\n");
    }
    printf("mask %08x\n", m);
    for (int i = 24; i < 32; i++) printf("%lx ", (unsigned long)array[i]);
    printf("\n");
    return 0;
}
