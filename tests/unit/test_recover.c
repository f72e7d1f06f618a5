/*
 * Unit test: the guest's state at any host pc of a block (state points,
 * cache_recover_state). A fault or a signal may stop the host inside the
 * code Shunt inserts around a guest instruction; the guest must still see
 * its own registers and a rip between two of its instructions. The blocks
 * are real translations, so the points are the ones the translator emits.
 */
#include "cache/cache.h"
#include "check.h"
#include "scan/scan.h"
#include "translate/translate.h"

#include <string.h>
#include <sys/mman.h>

enum { RAX, RCX, RDX, RBX, RSP };

static const StateSlots SLOTS = {
    .rax = 0xA0, .rcx = 0xC0, .rdx = 0xD0, .scratch = 0x5C, .scratch2 = 0x52, .gsbase = 0x1000};

static size_t all_executable(void *arg, GuestAddr addr)
{
    (void)arg;
    (void)addr;
    return 16;
}

static Block *translate_at(Cache *cache, GuestAddr grip)
{
    static ScannedBlock scanned;
    scan_block(grip, all_executable, NULL, SCAN_MAX_INSNS, &scanned);
    Block *b = translate_block(cache, &scanned, false);
    cache_block_insert(cache, b);
    return b;
}

/* Host registers with recognizable values: register n holds 0x100 + n. */
static void host_regs(uint64_t regs[16])
{
    for (int i = 0; i < 16; i++)
        regs[i] = 0x100 + (uint64_t)i;
}

static const StatePoint *find_point(const Block *b, StateRip rip, bool cold)
{
    for (uint16_t i = 0; i < b->point_count; i++)
        if (b->points[i].rip == rip && ((b->points[i].flags & STATE_COLD) != 0) == cold)
            return &b->points[i];
    return NULL;
}

/* mov eax, gs:[rbx+8]; call [rbx] */
static void test_gs_and_indirect_call(Cache *cache, uint8_t *guest)
{
    const uint8_t code[] = {0x65, 0x8B, 0x43, 0x08, 0xFF, 0x13};
    memcpy(guest, code, sizeof(code));
    GuestAddr g = (GuestAddr)(uintptr_t)guest;
    Block *b = translate_at(cache, g);
    CHECK(b->insn_count == 2);
    uint64_t regs[16];

    /* The lookup entry: rcx and rdx still parked, rip the block's. */
    host_regs(regs);
    CHECK(cache_recover_state(b, b->host, regs, &SLOTS) == g);
    CHECK(regs[RCX] == SLOTS.rcx && regs[RDX] == SLOTS.rdx);
    host_regs(regs);
    CHECK(cache_recover_state(b, b->host + 9, regs, &SLOTS) == g);
    CHECK(regs[RCX] == 0x101 && regs[RDX] == SLOTS.rdx);

    /* The gs: load: at its start nothing is parked; after the scratch
     * register's park, its guest value is in the slot. */
    host_regs(regs);
    CHECK(cache_recover_state(b, b->body, regs, &SLOTS) == g);
    CHECK(regs[RAX] == 0x100 && regs[RBX] == 0x103);
    const StatePoint *parked = &b->points[2]; /* after the two lookup-entry points */
    CHECK(parked->rip == STATE_RIP_AT && parked->scratch != STATE_NO_REG);
    host_regs(regs);
    CHECK(cache_recover_state(b, b->host + parked->offset, regs, &SLOTS) == g);
    CHECK(regs[parked->scratch] == SLOTS.scratch);

    /* The call: before its push, rolled back to the call with rcx/rdx from
     * their slots; once the return address is pushed, the guest is at the
     * target, which is in rdx. */
    const uint8_t *call = b->host + b->rip_map[1].host_offset;
    host_regs(regs);
    CHECK(cache_recover_state(b, call, regs, &SLOTS) == g + 4);
    CHECK(regs[RCX] == 0x101 && regs[RDX] == 0x102);
    host_regs(regs);
    CHECK(cache_recover_state(b, call + 9, regs, &SLOTS) == g + 4);
    CHECK(regs[RCX] == SLOTS.rcx && regs[RDX] == 0x102);
    host_regs(regs);
    CHECK(cache_recover_state(b, call + 18, regs, &SLOTS) == g + 4);
    CHECK(regs[RCX] == SLOTS.rcx && regs[RDX] == SLOTS.rdx);
    const StatePoint *branched = find_point(b, STATE_RIP_RDX, false);
    CHECK(branched != NULL);
    if (branched) {
        host_regs(regs);
        regs[RDX] = 0x777000;
        CHECK(cache_recover_state(b, b->host + branched->offset, regs, &SLOTS) == 0x777000);
        CHECK(regs[RCX] == SLOTS.rcx && regs[RDX] == SLOTS.rdx);
        /* The end of the lookup code is in the same state. */
        host_regs(regs);
        regs[RDX] = 0x777000;
        CHECK(cache_recover_state(b, b->host + b->host_size - 1, regs, &SLOTS) == 0x777000);
    }
    /* The site's first-miss stub, in the cold region. */
    const StatePoint *stub = find_point(b, STATE_RIP_RDX, true);
    CHECK(stub != NULL);
    if (stub) {
        host_regs(regs);
        regs[RDX] = 0x888000;
        CHECK(cache_recover_state(b, b->cold + stub->offset, regs, &SLOTS) == 0x888000);
        CHECK(regs[RDX] == SLOTS.rdx);
    }
}

/* jne +0x20; nop; ret: the taken edge's exit stub. */
static void test_exit_stub(Cache *cache, uint8_t *guest)
{
    const uint8_t code[] = {0x75, 0x20, 0x90, 0xC3};
    memcpy(guest, code, sizeof(code));
    GuestAddr g = (GuestAddr)(uintptr_t)guest;
    Block *b = translate_at(cache, g);
    CHECK(b->exit_count >= 1);
    ExitStub *exit = &b->exits[0];
    CHECK(exit->target == g + 0x22);
    uint64_t regs[16];
    host_regs(regs);
    CHECK(cache_recover_state(b, exit->stub, regs, &SLOTS) == g + 0x22);
    CHECK(regs[RAX] == 0x100);
    host_regs(regs);
    CHECK(cache_recover_state(b, exit->stub + 9, regs, &SLOTS) == g + 0x22);
    CHECK(regs[RAX] == SLOTS.rax);
    CHECK(cache_block_at(cache, exit->stub + 9) == b);
    /* The nop, then the ret's parks: rolled back to the ret. */
    host_regs(regs);
    const uint8_t *ret = b->host + b->rip_map[2].host_offset;
    CHECK(cache_recover_state(b, ret + 9, regs, &SLOTS) == g + 3);
    CHECK(regs[RCX] == SLOTS.rcx && regs[RSP] == 0x104);
}

/* loop -2 (to itself); nop: the fall-through is the next instruction. */
static void test_short_branch(Cache *cache, uint8_t *guest)
{
    const uint8_t code[] = {0xE2, 0xFE, 0x90, 0xC3};
    memcpy(guest, code, sizeof(code));
    GuestAddr g = (GuestAddr)(uintptr_t)guest;
    Block *b = translate_at(cache, g);
    const StatePoint *next = find_point(b, STATE_RIP_NEXT, false);
    const StatePoint *taken = find_point(b, STATE_RIP_EXIT, false);
    CHECK(next != NULL && taken != NULL);
    uint64_t regs[16];
    host_regs(regs);
    CHECK(cache_recover_state(b, b->body, regs, &SLOTS) == g);
    if (next && taken) {
        CHECK(cache_recover_state(b, b->host + next->offset, regs, &SLOTS) == g + 2);
        CHECK(cache_recover_state(b, b->host + taken->offset, regs, &SLOTS) == g);
    }
}

int main(void)
{
    uint8_t *guest =
        mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(guest != MAP_FAILED);
    Cache *cache = cache_create((GuestAddr)(uintptr_t)guest,
                                (GuestAddr)(uintptr_t)guest + (1 << 20), 64 << 20);
    CHECK(cache != NULL);
    test_gs_and_indirect_call(cache, guest);
    test_exit_stub(cache, guest + 0x10000);
    test_short_branch(cache, guest + 0x20000);
    return check_failures != 0;
}
