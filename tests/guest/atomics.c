// cflags: -mcx16
/* Locked instructions: lock cmpxchg16b (16-byte aligned), lock xadd,
 * lock cmpxchg (success and failure paths, ZF after it), xchg, lock or/and/bts. */
#include <stdio.h>
#include <stdint.h>

static __attribute__((aligned(16))) unsigned __int128 wide;
static long counter;
static int word;

int main(void)
{
    wide = ((unsigned __int128)0x1111222233334444ull << 64) | 0x5555666677778888ull;
    unsigned __int128 expect = wide, desired = ((unsigned __int128)0xaaaa << 64) | 0xbbbb;
    int ok1 = __sync_bool_compare_and_swap(&wide, expect, desired);
    int ok2 = __sync_bool_compare_and_swap(&wide, expect, desired);
    printf("cmpxchg16b: %d %d now %lx:%lx\n", ok1, ok2, (unsigned long)(wide >> 64), (unsigned long)wide);
    /* explicit asm, checking ZF and rdx:rax on failure */
    uint64_t lo = 1, hi = 2, zf;
    asm volatile("lock cmpxchg16b %2\n\tsetz %b3"
                 : "+a"(lo), "+d"(hi), "+m"(wide), "=q"(zf)
                 : "b"(3ull), "c"(4ull) : "cc");
    printf("asm cmpxchg16b failed zf=%lu, loaded %lx:%lx\n", (unsigned long)(zf & 1), (unsigned long)hi, (unsigned long)lo);

    long sum = 0;
    for (long i = 0; i < 100000; i++) sum += __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST);
    printf("xadd: counter %ld, sum of old values %ld\n", counter, sum);
    long old = 5;
    asm volatile("lock xaddq %0, %1" : "+r"(old), "+m"(counter) : : "cc");
    printf("asm xadd old %ld new %ld\n", old, counter);

    int succ = 0;
    for (int i = 0; i < 1000; i++) {
        int e = i & ~1;
        if (__atomic_compare_exchange_n(&word, &e, e + 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) succ++;
        word = word & ~1;
        word += 2;
    }
    printf("cmpxchg successes %d, word %d\n", succ, word);
    int x = 7;
    int y = __atomic_exchange_n(&x, 9, __ATOMIC_SEQ_CST);
    unsigned long bits = 0;
    int was;
    for (int i = 0; i < 64; i += 3) {
        asm volatile("lock btsq %2, %0\n\tsetc %b1" : "+m"(bits), "=q"(was) : "r"((long)i) : "cc");
    }
    __atomic_or_fetch(&bits, 2, __ATOMIC_SEQ_CST);
    __atomic_and_fetch(&bits, ~8ul, __ATOMIC_SEQ_CST);
    printf("xchg %d->%d, bits %lx\n", y, x, bits);
    return 0;
}
