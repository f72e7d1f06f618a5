/* glibc string functions (their AVX2/EVEX ifunc variants) on unaligned
 * buffers of many sizes, each checked against a byte loop. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>

static unsigned char a[8192 + 128], b[8192 + 128];

int main(void)
{
    long bad = 0, checks = 0;
    uint32_t h = 0;
    for (size_t n = 0; n < 1100; n += (n < 80 ? 1 : 37)) {
        for (int oa = 0; oa < 64; oa += 7) {
            int ob = (oa * 5 + 3) % 64;
            for (size_t i = 0; i < sizeof a; i++) { a[i] = (unsigned char)(i * 13 + 1); b[i] = 0xcc; }
            memcpy(b + ob, a + oa, n);
            for (size_t i = 0; i < n; i++) bad += b[ob + i] != a[oa + i];
            bad += b[ob + n] != 0xcc || (ob && b[ob - 1] != 0xcc);
            memset(b + ob, 'x', n);
            b[ob + n] = 0;
            bad += strlen((char *)b + ob) != n;
            bad += memchr(b + ob, 0, n + 1) != b + ob + n;
            memcpy(a + oa, b + ob, n + 1);
            bad += strcmp((char *)a + oa, (char *)b + ob) != 0;
            if (n) {
                a[oa + n - 1] = 'y';
                bad += strcmp((char *)a + oa, (char *)b + ob) <= 0;
                bad += memcmp(a + oa, b + ob, n) <= 0;
                bad += strncmp((char *)a + oa, (char *)b + ob, n - 1) != 0;
                bad += strchr((char *)a + oa, 'y') != (char *)a + oa + n - 1;
                bad += strrchr((char *)b + ob, 'x') != (char *)b + ob + n - 1;
            }
            memmove(b + ob + 1, b + ob, n);
            bad += b[ob + n] != (n ? 'x' : b[ob + n]);
            char *d = strcpy((char *)b + 100 + oa, (char *)a + oa);
            bad += d != (char *)b + 100 + oa || strlen(d) != n;
            checks++;
            for (size_t i = 0; i < n + 2; i++) h = h * 31 + b[ob + i];
        }
    }
    printf("checks %ld, mismatches %ld, hash %08x\n", checks, bad, h);
    char s[] = "the quick brown fox jumps over the lazy dog";
    printf("strstr: %s | strspn %zu | strcspn %zu | strpbrk %s\n", strstr(s, "fox"), strspn(s, "the "), strcspn(s, "xyz"), strpbrk(s, "jz"));
    char *dup = strdup(s);
    printf("strdup equal: %d, strnlen: %zu\n", strcmp(dup, s) == 0, strnlen(s, 10));
    free(dup);
    return bad != 0;
}
