/*
 * cache: the code cache, the block table and the record of guest pages.
 *
 * PURPOSE: owns the memory translated code lives in (chunks added on
 * demand up to a maximum, each with a hot and a cold region, bump-allocated;
 * each mapped twice, read-execute where it runs and read-write where Shunt
 * writes it (W^X, DESIGN.md decision 13: see cache_writable);
 * placed away from the low addresses programs ask for, or near a high guest
 * image so its rip-relative operands stay in reach), the Block and ExitStub
 * records, the table from
 * guest rip to Block, the map from a cache address back to its Block and
 * guest rip (for faults and signals), and which guest pages hold translated
 * code (for self-modifying code). It links and unlinks direct branches
 * (chaining) but never decides policy: dispatch does.
 *
 * Threads (DESIGN.md decision 16). One Cache is shared by all threads. The
 * writers (cache_reserve_block, cache_commit, cache_block_new,
 * cache_block_set_points, cache_block_insert, cache_link, cache_predict,
 * cache_unlink_incoming, cache_note_pages, and translate_block, which uses
 * them) must be serialised by the caller: the dispatcher's process lock.
 * Without that lock, from any thread and at any time: cache_lookup (a miss
 * may be a block being inserted: look again under the lock), and, also
 * from the host signal handler (no lock, no allocation), cache_block_at,
 * cache_guest_rip_at, cache_block_contains and cache_recover_state. Code
 * the writer patches may be running on other threads meanwhile: every
 * patch is one store that an instruction fetch sees whole, and leaves a
 * path that is valid before and after it (link.c). A block's code and
 * records are complete before anything that leads to it is published
 * (release stores; on x86 stores are seen in program order), and nothing
 * a reader can reach is freed.
 */
#ifndef SHUNT_CACHE_H
#define SHUNT_CACHE_H

#include "base/base.h"

typedef struct Block Block;

/* The process-wide cache state (opaque; one per process, shared by threads). */
typedef struct Cache Cache;

/* One direct exit of a block: a jmp/jcc whose rel32 points either at the
 * exit's stub (unchained: the stub leaves the cache with EXIT_DIRECT) or
 * straight at the target block's body (chained). A rel32 field that
 * crosses a 64-byte line cannot be rewritten atomically for a thread
 * executing it: such a branch keeps pointing at its stub, and chaining
 * replaces the stub's first 8 bytes (8-byte aligned) by `jmp body` instead
 * (link.c). */
typedef struct ExitStub {
    Block *from;
    GuestAddr target;
    uint8_t *rel32;                 /* the branch's rel32 field, patched when chaining */
    uint8_t *stub;                  /* the stub code, the unchained destination; 8-aligned */
    uint64_t stub_head;             /* the stub's first 8 bytes as emitted (unlinking) */
    Block *to;                      /* chained target, or NULL */
    struct ExitStub *next_incoming; /* in to->incoming */
} ExitStub;

/* An indirect branch or return site's inline prediction: the target it saw
 * first, compared inline before the lookup table is consulted:
 *   mov rcx, [rip+prediction] ; lea rcx,[rcx+rdx] ; jrcxz hit ; jmp miss
 *   hit: jmp predicted block's lookup entry, its start (restores rcx, rdx)
 * Until it is set, `miss` leaves the cache so the dispatcher can set it;
 * afterwards `miss` goes to the table lookup. */
typedef struct IndirectSite {
    Block *from;
    uint8_t *prediction; /* data word in the cold region: minus the predicted guest rip */
    uint8_t *hit_rel32;  /* jmp to the predicted block's start (lookup entry) */
    uint8_t *miss_rel32; /* jmp to the site-miss stub, then to `lookup` (through the
                            stub when the field crosses a cache line, as ExitStub) */
    uint8_t *stub;       /* the site-miss stub; 8-aligned */
    uint64_t stub_head;  /* its first 8 bytes as emitted */
    uint8_t *lookup;     /* the table lookup code */
    Block *to;           /* the predicted block, or NULL */
    struct IndirectSite *next_predicting; /* in to->predicted_by */
} IndirectSite;

/* The value of an unset prediction: the negation of a non-canonical
 * address no instruction can return or jump to without faulting. */
#define NO_PREDICTION 0x8000000000000000ULL

/* The rip map: for instruction i of the block, the guest offset and the
 * cache offset from the block's start (both fit 16 bits: blocks are small). */
typedef struct RipMapEntry {
    uint16_t guest_offset;
    uint16_t host_offset;
} RipMapEntry;

/*
 * Precise state (DESIGN.md decision 8). Inside the code Shunt inserts
 * around a guest instruction, the guest's state is not simply the host's:
 * a register may be parked in a Thread slot while the register holds
 * something else, the guest rip may be the instruction's, the next one's,
 * or a branch target already taken. A StatePoint says, from its offset on
 * and until the next point (or the next instruction's start), how to
 * rebuild the guest's registers and rip from the host's. An instruction
 * start without a point of its own has the plain state: rip at the
 * instruction, every register in its own host register.
 */
typedef enum StateRip {
    STATE_RIP_AT,    /* the instruction `index` has not run */
    STATE_RIP_NEXT,  /* it has run: rip is the instruction after it */
    STATE_RIP_RDX,   /* an indirect branch is done: rip is in host rdx */
    STATE_RIP_EXIT,  /* a direct branch is taken: rip is exits[index].target */
    STATE_RIP_BLOCK, /* the block's lookup entry: rip is block->grip */
} StateRip;

#define STATE_NO_REG 0xFF
#define STATE_PARKED_RAX 0x01 /* guest rax is in T_SLOT_RAX */
#define STATE_PARKED_RCX 0x02 /* guest rcx is in T_SLOT_RCX */
#define STATE_PARKED_RDX 0x04 /* guest rdx is in T_SLOT_RDX */
#define STATE_COLD 0x08       /* offset is from block->cold, not block->host */
#define STATE_RSP_PUSHED 0x10 /* half a return address pushed: guest rsp is 8 higher */

typedef struct StatePoint {
    uint32_t offset;
    uint16_t index;   /* instruction (rip map) or exit index, by `rip` */
    uint8_t rip;      /* StateRip */
    uint8_t flags;    /* STATE_PARKED_*, STATE_COLD, STATE_RSP_PUSHED */
    uint8_t scratch;  /* register whose guest value is in T_SLOT_SCRATCH, or STATE_NO_REG */
    uint8_t scratch2; /* ... in T_SLOT_SCRATCH2 */
    uint8_t gs_moved; /* register moved by the guest GS base (guest value = it - base) */
    uint8_t pad;
} StatePoint;

/* A point with `rip` and `flags`, no register in a scratch slot. */
static inline StatePoint cache_state_point(StateRip rip, uint16_t index, uint8_t flags)
{
    return (StatePoint){.index = index,
                        .rip = (uint8_t)rip,
                        .flags = flags,
                        .scratch = STATE_NO_REG,
                        .scratch2 = STATE_NO_REG,
                        .gs_moved = STATE_NO_REG};
}

/* What the recovery reads besides the host registers: the Thread slots
 * and the guest's GS base. */
typedef struct StateSlots {
    uint64_t rax, rcx, rdx, scratch, scratch2, gsbase;
} StateSlots;

struct Block {
    GuestAddr grip;      /* guest address of the first instruction */
    uint32_t guest_size; /* bytes of guest code covered */
    uint32_t host_size;  /* bytes of hot code: lookup entry and body */
    uint8_t *cold;       /* the block's stubs and data in the cold region */
    uint32_t cold_size;
    uint8_t *host; /* start of the block's code: its lookup entry, entered from
                      the inline lookup and predictions (restores rcx/rdx) */
    uint8_t *body; /* entered from chains and the dispatcher */
    uint16_t insn_count;
    uint16_t exit_count;
    RipMapEntry *rip_map; /* insn_count entries, host offsets from `host` */
    ExitStub *exits;      /* exit_count entries */
    IndirectSite *site;   /* the block's indirect branch or return, or NULL */
    StatePoint *points;   /* sorted by offset, hot ones first; point_count entries */
    uint16_t point_count;
    bool single_step;           /* one instruction under the trap flag: never linked */
    bool dead;                  /* invalidated: out of the table, nothing chains or predicts it */
    bool checked;               /* checks its source bytes on entry (translate_block_checked) */
    ExitStub *incoming;         /* stubs of other blocks chained to this one */
    IndirectSite *predicted_by; /* sites whose prediction is this block */
    Block *on_page_next[2];     /* the next block in the lists of its first and (if it
                                   spans two) its second guest page (cache/pages.c) */
};

/* ---- code memory ---- */

/* Creates the cache; no code memory is mapped until the first block.
 * [near_lo, near_hi) is the guest image: when it lies above 2 GiB, chunks
 * are placed within its rel32 reach when the address space allows.
 * `max_size` is the most the chunks may add up to (lowered to a quarter of
 * RLIMIT_AS or RLIMIT_DATA when they are set). NULL if out of memory. */
Cache *cache_create(GuestAddr near_lo, GuestAddr near_hi, size_t max_size);
/* Each chunk has two regions, within rel32 of each other: hot (block
 * bodies, laid out densely for the instruction cache) and cold (exit stubs
 * and the data generated code reads, such as inline predictions). */
typedef enum CacheRegion { CACHE_HOT, CACHE_COLD } CacheRegion;

/* Reserves room for one block: `hot` bytes in the hot region and `cold`
 * bytes in the cold region of the same chunk (so the block's branches reach
 * its stubs). Goes on to the next chunk when the current one cannot hold
 * them, mapping a new one when there is none; false when the cache is
 * full (no chunk can be added): the caller flushes it. */
bool cache_reserve_block(Cache *cache, size_t hot, size_t cold, uint8_t **hot_out,
                         uint8_t **cold_out);
/* The most the chunks may add up to. */
size_t cache_capacity(Cache *cache);
/* Marks `used` bytes from the region's last reservation as taken. */
void cache_commit(Cache *cache, CacheRegion region, size_t used);
size_t cache_used_bytes(Cache *cache);
size_t cache_chunk_count(Cache *cache);

/*
 * Where Shunt writes the cache byte that runs at `hpc`: code runs from a
 * read-execute view and is written through a read-write view of the same
 * memory. Everything stored into the cache goes through this address;
 * every address computed into code (rel32 fields, rip-relative operands,
 * data words holding code addresses) stays `hpc`'s. Fatal if `hpc` is
 * not in the cache.
 */
uint8_t *cache_writable(Cache *cache, const uint8_t *hpc);

/*
 * fork. A forked process's cache must be its own, not the memory it
 * shares with the other side. Before a fork-like clone, under the
 * writers' lock: cache_fork_prepare marks all of the cache shared, in
 * both processes to be; each then copies a segment before its first
 * store there (memory.c). False, and the fork fails with ENOMEM, when out
 * of memory for the marks.
 */
bool cache_fork_prepare(Cache *cache);
/* Segments copied so far, for --stats. */
uint64_t cache_fork_segments_copied(Cache *cache);

/* ---- blocks ---- */

Block *cache_block_new(Cache *cache, GuestAddr grip, uint16_t insn_count, uint16_t exit_count,
                       bool has_site);
/* Gives the block a copy of its `count` state points. */
void cache_block_set_points(Block *block, const StatePoint *points, size_t count);
/* Makes the block visible to cache_lookup and to the host-pc map. */
void cache_block_insert(Cache *cache, Block *block);
/* Makes a block that is used once (a stepping block) visible to the
 * host-pc map only. */
void cache_block_map(Cache *cache, Block *block);
Block *cache_lookup(Cache *cache, GuestAddr grip);
size_t cache_block_count(Cache *cache);

/* The block whose code (hot, or its cold stubs) contains `hpc`, or NULL. */
Block *cache_block_at(Cache *cache, const uint8_t *hpc);
/* The guest rip of the instruction whose translation contains `hpc`. */
GuestAddr cache_guest_rip_at(const Block *block, const uint8_t *hpc);
/* True if `hpc` lies in the block's hot code or its cold stubs. */
bool cache_block_contains(const Block *block, const uint8_t *hpc);
/*
 * The guest's state at host pc `hpc` of `block` (hot or cold): `regs` holds
 * the host's general registers in encoding order (rax, rcx, ... r15) and
 * becomes the guest's; returns the guest rip. Code interrupted before a
 * guest instruction's effect is rolled back to the instruction, code after
 * it (or after a branch is taken) is rolled forward, so the result is
 * always the state between two guest instructions, or the state at a
 * faulting one.
 */
GuestAddr cache_recover_state(const Block *block, const uint8_t *hpc, uint64_t regs[16],
                              const StateSlots *slots);

/* ---- chaining ---- */

/* Points the exit's branch at `to`'s body. Returns false if already linked,
 * or if `to` is out of the branch's rel32 reach (another chunk): the exit
 * then stays unchained. */
bool cache_link(Cache *cache, ExitStub *exit, Block *to);
/* Sets an unset site's prediction to `to`. Returns false if already set, or
 * if `to` is out of rel32 reach: the site then gets no prediction, its miss
 * path goes straight to the table lookup. */
bool cache_predict(Cache *cache, IndirectSite *site, Block *to);
/* Points every branch chained into `block` back at its stub. */
void cache_unlink_incoming(Cache *cache, Block *block);
/* Every site predicting `block` forgets it (the block is dead): those
 * sites go to the table lookup from now on, and may be predicted again. */
void cache_unpredict_incoming(Cache *cache, Block *block);

/* ---- invalidation ---- */

/* Told of each block cache_invalidate takes out of use. */
typedef void (*CacheDropped)(void *arg, const Block *block);
/*
 * Takes out of use every live block with guest code in [lo, hi) (the
 * guest's memory there changed: unmapped, remapped, no longer
 * executable): each is marked dead (cache_lookup no longer finds it, and a
 * new translation of its rip takes its table slot), the branches chained
 * into it go back to their stubs, the sites predicting it lose their
 * prediction, and `dropped` hears of it (the dispatcher clears the lookup
 * tables). Its code stays: a thread still inside it finishes the block,
 * and its state can be recovered. The caller holds the writers' lock.
 * Returns how many blocks were dropped; cheap when no translated page is
 * in the range.
 */
size_t cache_invalidate(Cache *cache, GuestAddr lo, GuestAddr hi, CacheDropped dropped, void *arg);

/* Marks every block placed in the cache dead, the stepping blocks too
 * (a flush's first step). Under the writers' lock. */
void cache_mark_all_dead(Cache *cache);

/* Empties a full cache whose blocks are all dead and whose code no thread
 * runs any more (the caller saw to both): the table starts empty, and the
 * memory is reused. The records of the dead blocks (and the tables and
 * host-pc arrays that reach them) are set aside with the flush's number
 * `epoch`, as a thread that left a block may still read them. Under the
 * writers' lock. */
void cache_flush(Cache *cache, uint64_t epoch);
/* Whether records of a flush are set aside. */
bool cache_has_flushed(Cache *cache);
/* Frees the records of every flush numbered up to `safe_epoch`, which no
 * thread can reach any more (the caller knows); returns how many blocks'.
 * Under the writers' lock. */
size_t cache_reclaim(Cache *cache, uint64_t safe_epoch);
/* ---- guest pages holding translated code ---- */

void cache_note_pages(Cache *cache, Block *block);
/* Number of blocks with code on the page of `addr` (0: none). */
size_t cache_page_block_count(Cache *cache, GuestAddr addr);
/* Whether the dispatcher write-protected the page of `addr` on the host
 * (for self-modifying code), and its record of it; a page with no record
 * (never translated) is never protected. Under the writers' lock. */
bool cache_page_write_protected(Cache *cache, GuestAddr addr);
void cache_page_set_write_protected(Cache *cache, GuestAddr addr, bool on);
/* Pages written over and over (code beside data) are switched to blocks
 * that check their source bytes on entry (DESIGN.md, engine.md
 * "Self-checking blocks"): whether the page of `addr` is, and the switch,
 * which lasts as long as the page record. Under the writers' lock. */
bool cache_page_checked(Cache *cache, GuestAddr addr);
void cache_page_set_checked(Cache *cache, GuestAddr addr);
/* Counts one more write to code on the page of `addr`; the count so far. */
uint32_t cache_page_note_code_write(Cache *cache, GuestAddr addr);
/* Calls `fn` with each write-protected page in [lo, hi). */
void cache_each_write_protected(Cache *cache, GuestAddr lo, GuestAddr hi,
                                void (*fn)(void *arg, GuestAddr page), void *arg);

#endif
