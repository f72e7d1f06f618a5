/*
 * cache/recover.c: the guest's state at any host pc of a block.
 *
 * A fault or a signal can stop the host anywhere in the code cache: in a
 * copied guest instruction, or in code Shunt inserted around one (a
 * scratch register parked in a slot, an indirect branch's lookup, an exit
 * stub). The translator records a StatePoint wherever that inserted code
 * changes where the guest's state lives (cache.h); this file reads them
 * back. The result is the state of the guest at an instruction boundary:
 * before the instruction when its effect has not happened yet (rolled
 * back), after it when it has (rolled forward). This is what DynamoRIO
 * calls recreating the application state from the translation.
 */
#include "cache/cache_internal.h"

/* Register numbers (ModRM encoding order) the recovery names. */
enum { REG_RAX = 0, REG_RCX = 1, REG_RDX = 2, REG_RSP = 4 };

/* The last point of one region (hot or cold) at or before `offset`. */
static const StatePoint *point_before(const Block *block, uint32_t offset, bool cold)
{
    const StatePoint *found = NULL;
    for (uint16_t i = 0; i < block->point_count; i++) {
        const StatePoint *p = &block->points[i];
        if (((p->flags & STATE_COLD) != 0) != cold)
            continue;
        if (p->offset > offset)
            break;
        found = p;
    }
    return found;
}

/* The instruction whose translation starts at or before `offset` (hot),
 * or -1 for the lookup entry before the first one. */
static int insn_before(const Block *block, uint32_t offset)
{
    int index = -1;
    for (uint16_t i = 0; i < block->insn_count; i++) {
        if (block->rip_map[i].host_offset > offset)
            break;
        index = i;
    }
    return index;
}

static GuestAddr insn_rip(const Block *block, uint16_t index)
{
    return block->grip + block->rip_map[index].guest_offset;
}

static GuestAddr next_rip(const Block *block, uint16_t index)
{
    if (index + 1 < block->insn_count)
        return insn_rip(block, (uint16_t)(index + 1));
    return block->grip + block->guest_size;
}

static GuestAddr point_rip(const Block *block, const StatePoint *p, const uint64_t regs[16])
{
    switch ((StateRip)p->rip) {
    case STATE_RIP_AT:
        return insn_rip(block, p->index);
    case STATE_RIP_NEXT:
        return next_rip(block, p->index);
    case STATE_RIP_RDX:
        return regs[REG_RDX];
    case STATE_RIP_EXIT:
        return block->exits[p->index].target;
    case STATE_RIP_BLOCK:
        break;
    }
    return block->grip;
}

/* Puts back the registers the point says are elsewhere. The rip is read
 * first: STATE_RIP_RDX reads the host rdx before guest rdx replaces it. */
static void restore_registers(const StatePoint *p, uint64_t regs[16], const StateSlots *slots)
{
    if (p->flags & STATE_PARKED_RAX)
        regs[REG_RAX] = slots->rax;
    if (p->flags & STATE_PARKED_RCX)
        regs[REG_RCX] = slots->rcx;
    if (p->flags & STATE_PARKED_RDX)
        regs[REG_RDX] = slots->rdx;
    if (p->scratch != STATE_NO_REG)
        regs[p->scratch & 15] = slots->scratch;
    if (p->scratch2 != STATE_NO_REG)
        regs[p->scratch2 & 15] = slots->scratch2;
    if (p->gs_moved != STATE_NO_REG)
        regs[p->gs_moved & 15] -= slots->gsbase;
    if (p->flags & STATE_RSP_PUSHED)
        regs[REG_RSP] += 8;
}

GuestAddr cache_recover_state(const Block *block, const uint8_t *hpc, uint64_t regs[16],
                              const StateSlots *slots)
{
    bool cold = !(hpc >= block->host && hpc < block->host + block->host_size);
    uint32_t offset = (uint32_t)(hpc - (cold ? block->cold : block->host));
    const StatePoint *p = point_before(block, offset, cold);
    if (!cold) {
        int index = insn_before(block, offset);
        /* An instruction start at or after the point: the plain state
         * there (every translation starts with nothing parked, so no
         * point is ever recorded at an instruction's first byte). */
        if (index >= 0 && (!p || p->offset <= block->rip_map[index].host_offset))
            return insn_rip(block, (uint16_t)index);
    }
    if (!p)
        return block->grip; /* not reached: every stub and lookup entry has points */
    GuestAddr rip = point_rip(block, p, regs);
    restore_registers(p, regs, slots);
    return rip;
}
