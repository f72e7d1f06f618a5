/* Straight-line integer code: CRC-32 (table) and SHA-256-like rounds over a buffer. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#define ROR(x, n) ((x) >> (n) | (x) << (32 - (n)))
int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 80;
    enum { N = 16 << 20 };
    unsigned char *buf = malloc(N);
    uint32_t tab[256], x = 7;
    for (uint32_t i = 0; i < 256; i++) { uint32_t c = i; for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ c >> 1 : c >> 1; tab[i] = c; }
    for (int i = 0; i < N; i++) { x = x * 1664525 + 1013904223; buf[i] = x >> 24; }
    uint32_t crc = ~0u, a = 1, b = 2, c = 3, d = 4;
    for (int r = 0; r < rounds; r++) {
        if (r & 1) {
            for (int i = 0; i < N; i++) crc = tab[(crc ^ buf[i]) & 0xff] ^ crc >> 8;
        } else {
            const uint32_t *w = (const uint32_t *)buf;
            for (int i = 0; i < N / 4; i++) {
                uint32_t t = d + (ROR(a, 6) ^ ROR(a, 11) ^ ROR(a, 25)) + ((a & b) ^ (~a & c)) + w[i];
                d = c; c = b; b = a; a = t + (ROR(b, 2) ^ ROR(b, 13));
            }
        }
    }
    printf("%08x %08x\n", ~crc, a ^ b ^ c ^ d);
    return 0;
}
