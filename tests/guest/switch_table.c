/* A big dense switch compiled to a jump table (an indirect jmp through memory
 * or through a register at -O2), in a loop over many values. */
#include <stdio.h>

__attribute__((noinline)) static unsigned op(unsigned k, unsigned x)
{
    switch (k) {
    case 0: return x + 1;
    case 1: return x * 3;
    case 2: return x ^ 0x5a5a;
    case 3: return x - 7;
    case 4: return x << 3 | x >> 29;
    case 5: return ~x;
    case 6: return x * x;
    case 7: return x / 3 + 11;
    case 8: return x % 1000 + 17;
    case 9: return x + 0x12345;
    case 10: return x >> 1;
    case 11: return x * 2654435761u;
    case 12: return x & 0xffff;
    case 13: return x | 0x10000;
    case 14: return x - (x >> 4);
    case 15: return x + 99;
    case 16: return (x << 7) ^ (x >> 3);
    case 17: return x * 5 + 1;
    case 18: return x ^ (x >> 16);
    case 19: return x + k * k;
    case 20: return x - 12345;
    case 21: return x * 9;
    case 22: return x ^ 0xdeadbeef;
    case 23: return x + (x << 2);
    case 24: return x / 7;
    case 25: return x + 25;
    case 26: return x * 26 + 3;
    case 27: return x ^ 27;
    case 28: return x - 28;
    case 29: return (x >> 5) + 29;
    case 30: return x * 31;
    case 31: return x + 0x31313131;
    default: return x + 1000;
    }
}

int main(void)
{
    unsigned x = 1, hist[40] = {0};
    for (unsigned i = 0; i < 2000000; i++) {
        unsigned k = (x >> 7) % 36;
        hist[k]++;
        x = op(k, x) + i;
    }
    printf("x = %u\n", x);
    for (int i = 0; i < 36; i++) printf("%u%c", hist[i], i % 12 == 11 ? '\n' : ' ');
    return 0;
}
