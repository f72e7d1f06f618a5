/*
 * Unit test: the block table, the cache-offset -> guest-rip map, chaining,
 * inline predictions of indirect sites and the page record.
 *
 * Blocks here are real translations of a small synthetic guest program,
 * so the rip map and the exits are the ones the translator produces.
 */
#include "check.h"
#include "cache/cache.h"
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

static Block *translate_at(Cache *cache, GuestAddr grip)
{
    static ScannedBlock scanned;
    scan_block(grip, all_executable, NULL, SCAN_MAX_INSNS, &scanned);
    Block *b = translate_block(cache, &scanned, false);
    cache_block_insert(cache, b);
    cache_note_pages(cache, b);
    return b;
}

static void test_table(Cache *cache, uint8_t *guest)
{
    /* 3000 one-instruction blocks: `ret` at distinct addresses (forces growth). */
    memset(guest, 0xC3, 3000);
    Block *blocks[3000];
    for (int i = 0; i < 3000; i++)
        blocks[i] = translate_at(cache, (GuestAddr)(uintptr_t)(guest + i));
    CHECK(cache_block_count(cache) >= 3000);
    for (int i = 0; i < 3000; i++) {
        CHECK(cache_lookup(cache, (GuestAddr)(uintptr_t)(guest + i)) == blocks[i]);
        CHECK(cache_block_at(cache, blocks[i]->body) == blocks[i]);
        CHECK(cache_block_at(cache, blocks[i]->host + blocks[i]->host_size - 1) == blocks[i]);
    }
    CHECK(cache_lookup(cache, (GuestAddr)(uintptr_t)(guest + 5000)) == NULL);
    CHECK(cache_block_at(cache, (const uint8_t *)1) == NULL);
}

static void test_rip_map(Cache *cache, uint8_t *guest)
{
    /* nop; mov eax,1 (5 bytes); add rax,[rip+0] (7 bytes); jmp back to start */
    const uint8_t code[] = {0x90, 0xB8, 0x01, 0x00, 0x00, 0x00, 0x48, 0x03,
                            0x05, 0x00, 0x00, 0x00, 0x00, 0xEB, 0xF1};
    memcpy(guest, code, sizeof(code));
    GuestAddr g = (GuestAddr)(uintptr_t)guest;
    Block *b = translate_at(cache, g);
    CHECK(b->insn_count == 4);
    CHECK(b->guest_size == sizeof(code));
    CHECK(cache_guest_rip_at(b, b->body) == g);
    CHECK(cache_guest_rip_at(b, b->body + 1) == g + 1);
    CHECK(cache_guest_rip_at(b, b->body + 2) == g + 1);
    /* Every byte of each instruction's translation maps to that instruction. */
    for (uint16_t i = 0; i < b->insn_count; i++) {
        const uint8_t *start = b->host + b->rip_map[i].host_offset;
        CHECK(cache_guest_rip_at(b, start) == g + b->rip_map[i].guest_offset);
    }
    CHECK(b->rip_map[3].guest_offset == 13);
    /* The jmp goes back to the block itself: one exit, to g. */
    CHECK(b->exit_count == 1 && b->exits[0].target == g);
}

static int32_t rel32_at(const uint8_t *field)
{
    int32_t v;
    memcpy(&v, field, 4);
    return v;
}

static void test_link(Cache *cache, uint8_t *guest)
{
    /* A: jmp +0x10 (to B); B: ret */
    guest[0] = 0xEB;
    guest[1] = 0x0E;
    guest[0x10] = 0xC3;
    GuestAddr ga = (GuestAddr)(uintptr_t)guest;
    Block *a = translate_at(cache, ga);
    Block *b = translate_at(cache, ga + 0x10);
    ExitStub *e = &a->exits[0];
    CHECK(e->target == ga + 0x10);
    CHECK(e->rel32 + 4 + rel32_at(e->rel32) == e->stub);
    CHECK(cache_link(cache, e, b));
    CHECK(!cache_link(cache, e, b));
    CHECK(e->rel32 + 4 + rel32_at(e->rel32) == b->body);
    CHECK(b->incoming == e);
    cache_unlink_incoming(cache, b);
    CHECK(e->rel32 + 4 + rel32_at(e->rel32) == e->stub);
    CHECK(b->incoming == NULL && e->to == NULL);
}

static void test_prediction(Cache *cache, uint8_t *guest)
{
    /* A: ret (an indirect site); B: nop; ret (the block it will predict) */
    guest[0] = 0xC3;
    guest[0x10] = 0x90;
    guest[0x11] = 0xC3;
    GuestAddr ga = (GuestAddr)(uintptr_t)guest;
    Block *a = translate_at(cache, ga);
    Block *b = translate_at(cache, ga + 0x10);
    IndirectSite *site = a->site;
    CHECK(site != NULL && site->from == a && site->to == NULL);
    uint64_t word;
    memcpy(&word, site->prediction, 8);
    CHECK(word == NO_PREDICTION);
    CHECK((uintptr_t)site->prediction % 8 == 0);
    /* Unset: both the hit and the miss jump go to the site's stub. */
    const uint8_t *stub = site->miss_rel32 + 4 + rel32_at(site->miss_rel32);
    CHECK(stub >= a->cold && stub < a->cold + a->cold_size);
    CHECK(site->hit_rel32 + 4 + rel32_at(site->hit_rel32) == stub);
    CHECK(cache_predict(cache, site, b));
    CHECK(!cache_predict(cache, site, a));
    memcpy(&word, site->prediction, 8);
    CHECK(word == (uint64_t)0 - b->grip);
    CHECK(site->hit_rel32 + 4 + rel32_at(site->hit_rel32) == b->host);
    CHECK(site->miss_rel32 + 4 + rel32_at(site->miss_rel32) == site->lookup);
    CHECK(site->to == b);
}

static void test_pages(Cache *cache, uint8_t *guest)
{
    GuestAddr page_end = PAGE_UP((GuestAddr)(uintptr_t)guest + 1);
    uint8_t *straddle = (uint8_t *)(uintptr_t)(page_end - 2);
    /* mov eax,imm32 straddles the page boundary, then ret. */
    const uint8_t code[] = {0xB8, 1, 2, 3, 4, 0xC3};
    memcpy(straddle, code, sizeof(code));
    size_t before_first = cache_page_block_count(cache, page_end - 1);
    size_t before_second = cache_page_block_count(cache, page_end);
    translate_at(cache, (GuestAddr)(uintptr_t)straddle);
    CHECK(cache_page_block_count(cache, page_end - 1) == before_first + 1);
    CHECK(cache_page_block_count(cache, page_end) == before_second + 1);
    CHECK(cache_page_block_count(cache, page_end + 5 * PAGE_SIZE) == 0);
}

static void count_dropped(void *arg, const Block *block)
{
    (void)block;
    (*(size_t *)arg)++;
}

/* Invalidation: A jumps to B (chained), C's ret predicts B; B's page is
 * dropped. B is dead (not found), A's chain and C's prediction are undone,
 * A and C live on; a new translation of B's rip takes its slot; a range
 * without translated code drops nothing. */
static void test_invalidate(Cache *cache, uint8_t *guest)
{
    GuestAddr ga = (GuestAddr)(uintptr_t)guest;
    GuestAddr gb = ga + PAGE_SIZE; /* B on a page of its own */
    guest[0] = 0xE9;               /* A: jmp rel32 to B */
    int32_t rel = (int32_t)(gb - (ga + 5));
    memcpy(guest + 1, &rel, 4);
    guest[0x40] = 0xC3;      /* C: ret */
    guest[PAGE_SIZE] = 0x90; /* B: nop; ret */
    guest[PAGE_SIZE + 1] = 0xC3;
    Block *a = translate_at(cache, ga);
    Block *c = translate_at(cache, ga + 0x40);
    Block *b = translate_at(cache, gb);
    CHECK(cache_link(cache, &a->exits[0], b));
    CHECK(cache_predict(cache, c->site, b));
    size_t dropped = 0;
    CHECK(cache_invalidate(cache, gb + PAGE_SIZE, gb + 9 * PAGE_SIZE, count_dropped, &dropped) ==
          0);
    CHECK(cache_invalidate(cache, gb, gb + PAGE_SIZE, count_dropped, &dropped) == 1);
    CHECK(dropped == 1 && b->dead && !a->dead && !c->dead);
    CHECK(cache_lookup(cache, gb) == NULL);
    CHECK(cache_lookup(cache, ga) == a && cache_lookup(cache, ga + 0x40) == c);
    CHECK(a->exits[0].to == NULL && b->incoming == NULL);
    CHECK(a->exits[0].rel32 + 4 + rel32_at(a->exits[0].rel32) == a->exits[0].stub ||
          (uintptr_t)a->exits[0].rel32 % 64 >
              60); /* a field across a line is linked through its stub */
    uint64_t word;
    memcpy(&word, c->site->prediction, 8);
    CHECK(word == NO_PREDICTION && c->site->to == NULL);
    CHECK(cache_page_block_count(cache, gb) == 0);
    CHECK(cache_block_at(cache, b->body) == b); /* its code stays for a thread still in it */
    size_t count = cache_block_count(cache);
    Block *b2 = translate_at(cache, gb);
    CHECK(cache_lookup(cache, gb) == b2 && cache_block_count(cache) == count);
    CHECK(cache_invalidate(cache, gb, gb + 1, count_dropped, &dropped) == 1 && b2->dead);
}

/* The page lists: a block across two pages is dropped through either page
 * once, and stays off both lists afterwards (its second page's list drops
 * it lazily); a site whose prediction was dropped may be predicted again,
 * and that prediction is dropped in turn; 1000 rounds of translate and
 * drop on one page leave one live block and the right counts. */
static void test_invalidate_lists(Cache *cache, uint8_t *guest)
{
    GuestAddr page_end = PAGE_UP((GuestAddr)(uintptr_t)guest + 1);
    uint8_t *straddle = (uint8_t *)(uintptr_t)(page_end - 2);
    const uint8_t code[] = {0xB8, 1, 2, 3, 4, 0xC3}; /* mov eax,imm32 across the line; ret */
    memcpy(straddle, code, sizeof(code));
    guest[0] = 0xC3; /* a ret whose site predicts the straddling block */
    size_t dropped = 0;
    for (int round = 0; round < 1000; round++) {
        Block *s = translate_at(cache, (GuestAddr)(uintptr_t)straddle);
        Block *r = cache_lookup(cache, (GuestAddr)(uintptr_t)guest);
        if (!r)
            r = translate_at(cache, (GuestAddr)(uintptr_t)guest);
        CHECK(cache_predict(cache, r->site, s));
        CHECK(cache_page_block_count(cache, page_end) == 1);
        GuestAddr through = round % 2 ? page_end : page_end - PAGE_SIZE;
        size_t before = dropped;
        cache_invalidate(cache, through, through + PAGE_SIZE, count_dropped, &dropped);
        CHECK(s->dead && r->site->to == NULL);
        CHECK(dropped == before + (round % 2 ? 1 : 2)); /* the first page holds the ret too */
        CHECK(cache_page_block_count(cache, page_end) == 0);
        CHECK(cache_page_block_count(cache, page_end - 1) == (round % 2 ? 1u : 0u)); /* the ret */
        CHECK(cache_invalidate(cache, page_end - PAGE_SIZE, page_end + PAGE_SIZE, count_dropped,
                               &dropped) == (round % 2 ? 1u : 0u));
        CHECK(cache_page_block_count(cache, page_end - 1) == 0);
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
    test_table(cache, guest);
    test_rip_map(cache, guest + 0x10000);
    test_invalidate_lists(cache, guest + 0x20000);
    test_link(cache, guest + 0x20000);
    test_pages(cache, guest + 0x30000);
    test_prediction(cache, guest + 0x40000);
    test_invalidate(cache, guest + 0x50000);
    return check_failures != 0;
}
