/* Write-then-run on one page, the pattern Shunt's cheaper scheme for
 * pages written over and over must keep exact: code and data interleaved
 * on one RWX page (a template assembled below, copied into the page;
 * its rip-relative references move with it).
 *   - sum_next(n, table): a loop that, for each byte of a table on the
 *     page, stores it into the immediate of the very next instruction
 *     (`mov r8d, imm32`, from a register, not a constant) and into the
 *     opcode of the instruction after that (add or sub, by the byte's low
 *     bit), then runs them and stores its running sum into another table
 *     on the page: three writes to the page per iteration, and the result
 *     depends on every one of them. The C side refills the input table
 *     between calls.
 *   - flip: a function whose first instruction is a jmp, and each path it
 *     jumps to rewrites that jmp (its rel32; then the whole instruction,
 *     to a jmp rel8, and back to rel32) before it returns, so the next
 *     call takes the next path: 1, 2, 3, 4, 1, ... Called from C, and from
 *     a loop on the same page (a chained call that must be unlinked).
 * smc_inplace has a constant store just before its target and a loop
 * bumping its own immediate; here the patched bytes come from data, two
 * instructions are patched per iteration, one of them in its opcode, and
 * a jump is retargeted by the code it jumps to. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Sized for today's cost (a protection fault per write to the page). */
#define TABLE 128

__asm__(".pushsection .rodata\n"
        ".balign 64\n"
        "tmpl_start:\n"

        /* uint64_t sum_next(uint32_t n, uint8_t *table): rax = sum of the
         * bytes (through the patched immediate) | signed sum << 32 */
        "sum_next:\n"
        "    xor %eax, %eax\n"
        "    xor %edx, %edx\n"
        "    xor %r9d, %r9d\n"
        "    lea out_table(%rip), %r11\n"
        "1:  movzbl (%rsi,%rdx), %ecx\n"
        "    mov %ecx, %r10d\n"
        "    and $1, %r10d\n"
        "    imul $0x28, %r10d, %r10d\n"
        "    add $1, %r10d\n"               /* 0x01 (add) or 0x29 (sub) */
        "    movb %r10b, 3f+1(%rip)\n"      /* the opcode two instructions ahead */
        "    movb %cl, 2f+2(%rip)\n"        /* the immediate of the next one */
        "2:  .byte 0x41, 0xB8, 0, 0, 0, 0\n" /* mov $imm32, %r8d */
        "3:  .byte 0x41, 0x01, 0xC9\n"      /* add (or sub) %ecx, %r9d */
        "    add %r8d, %eax\n"
        "    mov %eax, (%r11,%rdx,4)\n"     /* data on the page, beside the code */
        "    inc %edx\n"
        "    cmp %edi, %edx\n"
        "    jb 1b\n"
        "    mov %r9d, %r9d\n"
        "    shl $32, %r9\n"
        "    or %r9, %rax\n"
        "    ret\n"

        ".balign 16\n"
        "in_table: .fill 128, 1, 0\n"

        /* uint32_t flip(void): 1, 2, 3, 4, 1, ... */
        "flip:\n"
        "    .byte 0xE9\n"
        "    .long path_a - (flip + 5)\n"
        "flip_count: .long 0\n" /* data right after the jmp */
        "path_a:\n"
        "    movl $(path_b - (flip + 5)), flip+1(%rip)\n"
        "    incl flip_count(%rip)\n"
        "    mov $1, %eax\n"
        "    ret\n"
        "    .quad 0x1111111111111111\n"
        "path_b:\n"
        "    movl $(path_c - (flip + 5)), flip+1(%rip)\n"
        "    mov $2, %eax\n"
        "    ret\n"
        "path_c:\n" /* the whole first instruction becomes jmp rel8 */
        "    movw $(((path_d - (flip + 2)) << 8) | 0xEB), flip(%rip)\n"
        "    mov $3, %eax\n"
        "    ret\n"
        "    .quad 0x2222222222222222\n"
        "path_d:\n" /* and back to jmp rel32 */
        "    movl $(path_a - (flip + 5)), flip+1(%rip)\n"
        "    movb $0xE9, flip(%rip)\n"
        "    mov $4, %eax\n"
        "    ret\n"

        /* uint32_t flip_loop(uint32_t n): h = h * 4 + flip(), n times */
        "flip_loop:\n"
        "    push %rbx\n"
        "    xor %ebx, %ebx\n"
        "    mov %edi, %ecx\n"
        "4:  call flip\n"
        "    lea (%rax,%rbx,4), %ebx\n"
        "    dec %ecx\n"
        "    jnz 4b\n"
        "    mov %ebx, %eax\n"
        "    pop %rbx\n"
        "    ret\n"

        ".balign 16\n"
        "out_table: .fill 128 * 4, 1, 0\n"
        "tmpl_end:\n"
        ".popsection\n");

extern const uint8_t tmpl_start[], tmpl_end[], sum_next[], in_table[], out_table[], flip[],
    flip_count[], flip_loop[];

static uint8_t *page;

/* The copy of a template symbol on the page. */
static void *on_page(const void *symbol)
{
    return page + ((const uint8_t *)symbol - tmpl_start);
}

static unsigned rng = 1;
static uint8_t next_byte(void)
{
    rng = rng * 1103515245u + 12345u;
    return (uint8_t)(rng >> 16);
}

static void check_sum_next(void)
{
    uint64_t (*fn)(uint32_t, const uint8_t *) = on_page(sum_next);
    uint8_t *in = on_page(in_table);
    uint32_t *out = on_page(out_table);
    long wrong = 0, out_wrong = 0;
    uint64_t hash = 0;
    for (int round = 0; round < 16; round++) {
        uint32_t n = 80 + round;
        for (uint32_t i = 0; i < TABLE; i++)
            in[i] = next_byte();
        uint64_t got = fn(n, in);
        uint32_t sum = 0, signed_sum = 0;
        for (uint32_t i = 0; i < n; i++) {
            sum += in[i];
            signed_sum += in[i] & 1 ? -(uint32_t)in[i] : in[i];
            out_wrong += out[i] != sum;
        }
        wrong += got != ((uint64_t)signed_sum << 32 | sum);
        hash = hash * 31 + got;
    }
    printf("patched next instructions: hash %016llx, wrong %ld, page table wrong %ld\n",
           (unsigned long long)hash, wrong, out_wrong);
}

static void check_flip(void)
{
    uint32_t (*fn)(void) = on_page(flip);
    uint32_t (*loop)(uint32_t) = on_page(flip_loop);
    int state = 0; /* the path the next call takes: 0..3 */
    long wrong = 0;
    for (int i = 0; i < 1000; i++) {
        wrong += fn() != (uint32_t)state + 1;
        state = (state + 1) % 4;
    }
    for (int round = 0; round < 12; round++) {
        uint32_t n = 50 + round, want = 0;
        for (uint32_t i = 0; i < n; i++) {
            want = want * 4 + (uint32_t)state + 1;
            state = (state + 1) % 4;
        }
        wrong += loop(n) != want;
        /* and one call from C between the loops */
        wrong += fn() != (uint32_t)state + 1;
        state = (state + 1) % 4;
    }
    printf("self-retargeting jmp: path a taken %u times, wrong %ld\n",
           *(volatile uint32_t *)on_page(flip_count), wrong);
}

int main(void)
{
    alarm(20);
    size_t size = (size_t)(tmpl_end - tmpl_start);
    if (size > 4096)
        return 2;
    page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        return 1;
    memcpy(page, tmpl_start, size);
    check_sum_next();
    check_flip();
    return 0;
}
