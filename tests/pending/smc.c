/* Self-modifying code: generate code in an RWX (then W^X) mapping, run it,
 * overwrite it, run it again; patch an immediate in place inside a loop;
 * the new code must run, never a stale translation. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

typedef long (*fn)(long);

static void emit_add(unsigned char *p, int32_t k) /* lea k(%rdi), %rax ; ret */
{
    unsigned char c[] = {0x48, 0x8d, 0x87, 0, 0, 0, 0, 0xc3};
    memcpy(c + 3, &k, 4);
    memcpy(p, c, sizeof c);
}

int main(void)
{
    unsigned char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) { perror("mmap"); return 1; }
    fn f = (fn)p;
    long s = 0;
    for (int k = 0; k < 200; k++) {
        emit_add(p, k);
        s += f(1000);
    }
    printf("rewritten 200 times, sum %ld (expect %ld)\n", s, 200 * 1000L + 199 * 200 / 2);
    /* code and data on the same page: write near the code while running it */
    emit_add(p, 7);
    long t = 0;
    for (int i = 0; i < 1000; i++) { p[100 + i % 50] = (unsigned char)i; t += f(i); }
    printf("data writes on the code page, sum %ld\n", t);
    /* W^X: make it RW, patch, make it RX */
    mprotect(p, 8192, PROT_READ | PROT_WRITE);
    emit_add(p + 4096, -5);
    mprotect(p, 8192, PROT_READ | PROT_EXEC);
    printf("after mprotect: %ld %ld\n", f(10), ((fn)(p + 4096))(10));
    mprotect(p, 8192, PROT_READ | PROT_WRITE);
    emit_add(p, 1000000);
    mprotect(p, 8192, PROT_READ | PROT_EXEC);
    printf("repatched: %ld\n", f(10));
    /* munmap and map again at the same place with different code */
    munmap(p, 8192);
    unsigned char *q = mmap(p, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    emit_add(q, 77);
    printf("remapped: %ld\n", ((fn)q)(0));
    /* a function that modifies its own next instruction (in the RWX page) */
    static const unsigned char selfmod[] = {
        0xc6, 0x05, 0x01, 0x00, 0x00, 0x00, 0x09, /* movb $9, 1(%rip) -> patches the imm8 below */
        0xb0, 0x01,                               /* mov $1, %al (becomes mov $9, %al) */
        0x0f, 0xb6, 0xc0,                         /* movzbl %al, %eax */
        0xc3};
    memcpy(q + 512, selfmod, sizeof selfmod);
    long r1 = ((fn)(q + 512))(0);
    printf("instruction patched just ahead of itself: %ld\n", r1);
    return 0;
}
