/*
 * Unit test: rip-relative operands re-encoded for the cache.
 *
 * Each case decodes a real instruction at a known "guest" address, emits
 * its copy at a near and at a far cache address, decodes the copy and
 * checks that it reaches the same absolute address: directly when near,
 * through a scratch register (mov imm64) when far.
 */
#include "check.h"
#include "dispatch/layout.h"
#include "scan/scan.h"
#include "translate/translate.h"

#include <string.h>
#include <sys/mman.h>

static size_t all_executable(void *arg, GuestAddr addr)
{
    (void)arg;
    (void)addr;
    return 16;
}

static ZydisDecoder decoder;

static void decode(const uint8_t *p, ZydisDecodedInstruction *insn, ZydisDecodedOperand *ops)
{
    memset(insn, 0, sizeof(*insn));
    ZyanStatus s = ZydisDecoderDecodeFull(&decoder, p, 15, insn, ops);
    CHECK(ZYAN_SUCCESS(s));
}

static const ZydisDecodedOperand *mem_operand(const ZydisDecodedInstruction *insn,
                                              const ZydisDecodedOperand *ops)
{
    for (int i = 0; i < insn->operand_count_visible; i++)
        if (ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY)
            return &ops[i];
    return NULL;
}

/* The absolute address the (near) copy's memory operand reaches. */
static uint64_t near_target(const uint8_t *copy)
{
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    decode(copy, &insn, ops);
    const ZydisDecodedOperand *m = mem_operand(&insn, ops);
    CHECK(m && m->mem.base == ZYDIS_REGISTER_RIP);
    uint64_t abs = 0;
    if (m)
        ZydisCalcAbsoluteAddress(&insn, m, (uint64_t)(uintptr_t)copy, &abs);
    return abs;
}

/* The far copy: [mov gs:slot, R; ] mov R, imm64; insn [R]; [mov R, gs:slot] */
static uint64_t far_target(const uint8_t *copy, bool is_lea)
{
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    decode(copy, &insn, ops);
    if (!is_lea) {
        CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[0].type == ZYDIS_OPERAND_TYPE_MEMORY &&
              ops[0].mem.segment == ZYDIS_REGISTER_GS && ops[0].mem.disp.value == T_SLOT_SCRATCH);
        copy += insn.length;
        decode(copy, &insn, ops);
    }
    CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[1].type == ZYDIS_OPERAND_TYPE_IMMEDIATE);
    uint64_t abs = ops[1].imm.value.u;
    ZydisRegister scratch = ops[0].reg.value;
    if (!is_lea) {
        copy += insn.length;
        decode(copy, &insn, ops);
        const ZydisDecodedOperand *m = mem_operand(&insn, ops);
        CHECK(m && m->mem.base == scratch && m->mem.disp.value == 0);
        copy += insn.length;
        decode(copy, &insn, ops);
        CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[0].reg.value == scratch &&
              ops[1].mem.segment == ZYDIS_REGISTER_GS);
    }
    return abs;
}

static void check_case(const char *name, const uint8_t *bytes, size_t len, uint8_t *guest,
                       uint8_t *near, uint8_t *far, bool is_lea)
{
    memcpy(guest, bytes, len);
    static ScannedBlock block;
    scan_block((GuestAddr)(uintptr_t)guest, all_executable, NULL, SCAN_MAX_INSNS, &block);
    const ScannedInsn *si = &block.insns[0];
    CHECK(si->kind == INSN_RIPREL);
    uint64_t want = si->rip + si->length + (uint64_t)si->ops[is_lea ? 1 : 0].mem.disp.value;
    for (int i = 0; i < si->insn.operand_count_visible; i++)
        if (si->ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY)
            want = si->rip + si->length + (uint64_t)si->ops[i].mem.disp.value;

    size_t n = translate_riprel(si, near, near, NULL);
    CHECK(n > 0 && n <= TRANSLATE_MAX_RIPREL_BYTES);
    /* lea of a rip-relative address is a constant wherever the copy is. */
    CHECK((is_lea ? far_target(near, true) : near_target(near)) == want);

    n = translate_riprel(si, far, far, NULL);
    CHECK(n > 0 && n <= TRANSLATE_MAX_RIPREL_BYTES);
    CHECK(far_target(far, is_lea) == want);
    if (check_failures)
        fprintf(stderr, "  in case %s\n", name);
}

/* The copy of `bytes` placed at guest address `guest`, decoded at `copy`. */
static void translate_at(const uint8_t *bytes, size_t len, uint8_t *guest, uint8_t *copy,
                         ZydisDecodedInstruction *insn, ZydisDecodedOperand *ops)
{
    memcpy(guest, bytes, len);
    static ScannedBlock block;
    scan_block((GuestAddr)(uintptr_t)guest, all_executable, NULL, 1, &block);
    CHECK(block.insns[0].kind == INSN_RIPREL);
    memset(copy, 0x90, 64);
    CHECK(translate_riprel(&block.insns[0], copy, copy, NULL) > 0);
    decode(copy, insn, ops);
}

/* A non-PIE program's data lies below 2 GiB: out of reach of the cache,
 * its rip-relative operands become absolute [disp32], and [eip+disp]
 * truncates to 32 bits. */
static void check_low_guest(uint8_t *far)
{
    uint8_t *low = mmap((void *)0x10000000, 4096, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    CHECK(low == (void *)0x10000000);
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    const uint8_t load[] = {0x48, 0x8B, 0x05, 0x10, 0x20, 0x00, 0x00}; /* mov rax,[rip+0x2010] */
    translate_at(load, sizeof(load), low, far, &insn, ops);
    CHECK(ops[1].type == ZYDIS_OPERAND_TYPE_MEMORY && ops[1].mem.base == ZYDIS_REGISTER_NONE &&
          (uint64_t)ops[1].mem.disp.value == 0x10000000 + 7 + 0x2010);
    const uint8_t add[] = {0x48, 0x03, 0x1D, 0x10, 0x20, 0x00, 0x00}; /* add rbx,[rip+0x2010] */
    translate_at(add, sizeof(add), low, far, &insn, ops);
    CHECK(ops[1].type == ZYDIS_OPERAND_TYPE_MEMORY && ops[1].mem.base == ZYDIS_REGISTER_NONE &&
          insn.address_width == 64 && (uint64_t)ops[1].mem.disp.value == 0x10000000 + 7 + 0x2010);
    /* mov eax, [eip-0x10000010]: below zero in 32 bits, wraps to 0xfffffff7 */
    const uint8_t eip_load[] = {0x67, 0x8B, 0x05, 0xF0, 0xFF, 0xFF, 0xEF};
    translate_at(eip_load, sizeof(eip_load), low, far, &insn, ops);
    CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[0].type == ZYDIS_OPERAND_TYPE_MEMORY);
    decode(far + insn.length, &insn, ops); /* mov scratch, imm64 */
    CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[1].imm.value.u == 0xFFFFFFF7ULL);
    if (check_failures)
        fprintf(stderr, "  in case low guest\n");
}

/* lea of a rip-relative address at 32 and 16 bits: the constant truncated
 * as the operand size truncates it. */
static void check_lea_widths(uint8_t *guest, uint8_t *copy)
{
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    const uint8_t lea32[] = {0x8D, 0x05, 0x00, 0x10, 0x00, 0x00};       /* lea eax,[rip+0x1000] */
    const uint8_t lea16[] = {0x66, 0x8D, 0x05, 0x00, 0x10, 0x00, 0x00}; /* lea ax,[rip+0x1000] */
    uint64_t want = (uint64_t)(uintptr_t)guest + 6 + 0x1000;
    translate_at(lea32, sizeof(lea32), guest, copy, &insn, ops);
    CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[0].reg.value == ZYDIS_REGISTER_EAX &&
          (uint32_t)ops[1].imm.value.u == (uint32_t)want);
    translate_at(lea16, sizeof(lea16), guest, copy, &insn, ops);
    CHECK(insn.mnemonic == ZYDIS_MNEMONIC_MOV && ops[0].reg.value == ZYDIS_REGISTER_AX &&
          (uint16_t)ops[1].imm.value.u == (uint16_t)(want + 1));
    if (check_failures)
        fprintf(stderr, "  in case lea widths\n");
}

int main(void)
{
    ZydisDecoderInit(&decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
    /* guest and near copy 1 MiB apart; far copy 8 GiB away. */
    /* Above 4 GiB, as a PIE's code is (below 2 GiB, data is reached by
     * absolute addresses: check_low_guest), also under valgrind. */
    uint8_t *area = mmap((void *)0x600000000000ULL, 2 << 20, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    uint8_t *far =
        mmap(area + (8ULL << 30), 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(area != MAP_FAILED && far != MAP_FAILED);
    uint64_t distance = far > area ? (uint64_t)(far - area) : (uint64_t)(area - far);
    CHECK(distance > (1ULL << 32));
    uint8_t *guest = area, *near = area + (1 << 20);

    const uint8_t mov_load[] = {0x48, 0x8B, 0x05, 0x10,
                                0x20, 0x00, 0x00}; /* mov rax,[rip+0x2010] */
    const uint8_t mov_store[] = {0x48, 0x89, 0x3D, 0xF0, 0xFF, 0xFF, 0xFF}; /* mov [rip-0x10],rdi */
    const uint8_t cmp_imm[] = {0x83, 0x3D, 0x00, 0x01,
                               0x00, 0x00, 0x05};                     /* cmp dword [rip+0x100],5 */
    const uint8_t lea[] = {0x48, 0x8D, 0x35, 0x44, 0x33, 0x22, 0x00}; /* lea rsi,[rip+0x223344] */
    const uint8_t movaps[] = {0x0F, 0x28, 0x05, 0x00,
                              0x10, 0x00, 0x00}; /* movaps xmm0,[rip+0x1000] */
    const uint8_t avx512[] = {0x62, 0xF1, 0xFE, 0x48, 0x6F,
                              0x05, 0x01, 0x00, 0x00, 0x00}; /* vmovdqu64 zmm0,[rip+1] */
    const uint8_t uses_rax[] = {0x48, 0x03, 0x05, 0x00,
                                0x00, 0x01, 0x00}; /* add rax,[rip+0x10000] */
    check_case("mov load", mov_load, sizeof(mov_load), guest, near, far, false);
    check_case("mov store", mov_store, sizeof(mov_store), guest, near, far, false);
    check_case("cmp imm", cmp_imm, sizeof(cmp_imm), guest, near, far, false);
    check_case("lea", lea, sizeof(lea), guest, near, far, true);
    check_case("movaps", movaps, sizeof(movaps), guest, near, far, false);
    check_case("avx512 evex", avx512, sizeof(avx512), guest, near, far, false);
    check_case("add rax", uses_rax, sizeof(uses_rax), guest, near, far, false);
    check_low_guest(far);
    check_lea_widths(guest, near);
    return check_failures != 0;
}
