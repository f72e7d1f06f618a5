/* rep movsb/movsq/stosb/stosq/cmpsb/scasb with many counts (including 0),
 * backwards with the direction flag set (std ... cld). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static unsigned char src[4096 + 64], dst[4096 + 64], ref[4096 + 64];

static uint32_t hash(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

int main(void)
{
    for (int i = 0; i < (int)sizeof src; i++) src[i] = (unsigned char)(i * 37 + 11);
    static const size_t counts[] = {0, 1, 2, 3, 7, 8, 15, 16, 31, 33, 63, 64, 100, 255, 256, 1000, 4095, 4096};
    int bad = 0;
    uint32_t h = 0;
    for (size_t ci = 0; ci < sizeof counts / sizeof *counts; ci++) {
        size_t n = counts[ci];
        for (int off = 0; off < 3; off++) {
            /* rep movsb forward */
            memset(dst, 0xee, sizeof dst);
            memset(ref, 0xee, sizeof ref);
            memcpy(ref + off, src + 1, n);
            void *d = dst + off, *s = src + 1;
            size_t c = n;
            asm volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(c) : : "memory");
            bad += memcmp(dst, ref, sizeof dst) != 0 || c != 0 || d != dst + off + n;
            /* rep stosb */
            d = dst + off; c = n;
            asm volatile("rep stosb" : "+D"(d), "+c"(c) : "a"(0x5a) : "memory");
            memset(ref + off, 0x5a, n);
            bad += memcmp(dst, ref, sizeof dst) != 0;
            /* rep movsq / stosq, n/8 quadwords */
            size_t q = n / 8;
            d = dst + off; s = src + 3; c = q;
            asm volatile("rep movsq" : "+D"(d), "+S"(s), "+c"(c) : : "memory");
            memcpy(ref + off, src + 3, q * 8);
            bad += memcmp(dst, ref, sizeof dst) != 0;
            d = dst + off + 8; c = q ? q - 1 : 0;
            asm volatile("rep stosq" : "+D"(d), "+c"(c) : "a"(0x0102030405060708ull) : "memory");
            for (size_t k = 1; k < q; k++) memcpy(ref + off + 8 * k, &(uint64_t){0x0102030405060708ull}, 8);
            bad += memcmp(dst, ref, sizeof dst) != 0;
            /* backwards rep movsb with DF=1 (overlapping move to higher address) */
            memcpy(dst, src, sizeof dst);
            memcpy(ref, src, sizeof ref);
            if (n) memmove(ref + off + 5, ref + off, n);
            d = dst + off + 5 + n - 1; s = dst + off + n - 1; c = n;
            asm volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(c) : : "memory", "cc");
            bad += memcmp(dst, ref, sizeof dst) != 0;
            h = h * 33 + hash(dst, sizeof dst);
        }
    }
    /* backwards stosq */
    uint64_t qbuf[16] = {0};
    void *d = &qbuf[12];
    size_t c = 5;
    asm volatile("std\n\trep stosq\n\tcld" : "+D"(d), "+c"(c) : "a"(7ull) : "memory", "cc");
    for (int i = 0; i < 16; i++) printf("%lu", (unsigned long)qbuf[i]);
    printf(" end at index %td\n", (uint64_t *)d - qbuf);
    /* repe cmpsb / repne scasb */
    const char *a = "abcdefghijXlmnop", *b = "abcdefghijklmnop";
    const void *pa = a, *pb = b;
    c = 16;
    asm volatile("repe cmpsb" : "+S"(pa), "+D"(pb), "+c"(c) : : "cc");
    printf("cmpsb stopped after %td bytes, rcx left %zu\n", (const char *)pa - a, c);
    const void *pd = b;
    c = 16;
    asm volatile("repne scasb" : "+D"(pd), "+c"(c) : "a"('m') : "cc");
    printf("scasb found 'm' at %td, rcx left %zu\n", (const char *)pd - b - 1, c);
    printf("mismatches %d, hash %08x\n", bad, h);
    return bad != 0;
}
