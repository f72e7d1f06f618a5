/*
 * dispatch/emulate.c: the few instructions Shunt's C code runs for the
 * guest (INSN_EMULATE and a popf that sets TF; see scan.c for why each one
 * cannot be copied), and `int 0x80`, handed to os/ia32.c.
 *
 * Each is re-decoded at its guest rip with the scanner's decoder and
 * carried out on the guest context, with the checks the CPU makes in the
 * order it makes them: a check that fails raises the signal the CPU's
 * fault gives natively, before any state changes. Guest memory is read and
 * written through os_guest_read/os_guest_write (the kernel decides), so a
 * bad address is a fault of the guest (SIGSEGV, as natively), never a
 * crash of Shunt.
 *
 * Selectors are checked with lar and verr, which ask the CPU itself
 * whether a load would succeed. A GS selector load is then done on the
 * hardware between a wrgsbase of the guest's base and a wrgsbase of
 * Shunt's own, so the guest gets exactly this CPU's behaviour (Intel
 * clears the base on a null selector, AMD may keep it).
 */
#include "dispatch/dispatch_internal.h"

#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* What popf/iret may change at CPL 3 with IOPL 0: CF PF AF ZF SF TF DF OF
 * NT AC ID (not IF, IOPL, VIF, VIP; RF is cleared by popf). */
#define USER_FLAGS 0x244DD5ULL
/* lar access rights: present, DPL, code/data type bits, long-mode code. */
#define AR_PRESENT (1u << 15)
#define AR_CODE (1u << 11)
#define AR_LONG (1u << 21)

typedef struct Emulation {
    Thread *thread;
    GuestContext *ctx;
    ZydisDecodedInstruction insn;
    ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
    GuestAddr rip, next;
} Emulation;

__attribute__((noreturn)) static void fault(Emulation *em, int signo)
{
    os_raise_fault(em->thread, signo, em->rip);
}

static uint64_t *gpr_slot(GuestContext *ctx, ZydisRegister reg)
{
    ZydisRegister full = ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, reg);
    if (full < ZYDIS_REGISTER_RAX || full > ZYDIS_REGISTER_R15)
        return NULL;
    return &ctx->rax + (full - ZYDIS_REGISTER_RAX);
}

static uint64_t read_gpr(GuestContext *ctx, ZydisRegister reg)
{
    uint64_t *slot = gpr_slot(ctx, reg);
    return slot ? *slot : 0;
}

/* Writes with the CPU's rule: 32-bit writes zero-extend, 16-bit ones keep
 * the upper bits. */
static void write_gpr(GuestContext *ctx, ZydisRegister reg, uint64_t value)
{
    uint64_t *slot = gpr_slot(ctx, reg);
    switch (ZydisRegisterGetWidth(ZYDIS_MACHINE_MODE_LONG_64, reg)) {
    case 16:
        *slot = (*slot & ~0xFFFFULL) | (value & 0xFFFF);
        break;
    case 32:
        *slot = (uint32_t)value;
        break;
    default:
        *slot = value;
    }
}

static GuestAddr effective_address(const Emulation *em, const ZydisDecodedOperand *op)
{
    const ZydisDecodedOperandMem *mem = &op->mem;
    uint64_t ea = (uint64_t)mem->disp.value;
    if (mem->base == ZYDIS_REGISTER_RIP || mem->base == ZYDIS_REGISTER_EIP)
        ea += em->next;
    else if (mem->base != ZYDIS_REGISTER_NONE)
        ea += read_gpr(em->ctx, mem->base);
    if (mem->index != ZYDIS_REGISTER_NONE)
        ea += read_gpr(em->ctx, mem->index) * mem->scale;
    if (em->insn.address_width == 32)
        ea = (uint32_t)ea;
    if (mem->segment == ZYDIS_REGISTER_FS)
        ea += em->ctx->fsbase;
    else if (mem->segment == ZYDIS_REGISTER_GS)
        ea += em->ctx->gsbase;
    return ea;
}

/* Reads `bytes` (2, 4 or 8) little-endian, zero-extended; faults the guest
 * on a bad address. */
static uint64_t load(Emulation *em, GuestAddr addr, unsigned bytes)
{
    uint64_t value = 0;
    if (os_guest_read(&value, addr, bytes) != 0)
        os_raise_memory_fault(em->thread, em->rip, addr, bytes, false);
    return value;
}

/* Pops from *sp, a copy of the guest's rsp: the context changes only once
 * every check has passed, as a faulting instruction changes nothing. */
static uint64_t pop(Emulation *em, GuestAddr *sp, unsigned bytes)
{
    uint64_t value = load(em, *sp, bytes);
    *sp += bytes;
    return value;
}

static uint32_t access_rights(uint16_t selector, bool *valid)
{
    uint32_t rights = 0;
    uint8_t ok = 0;
    __asm__ volatile("lar %k2, %0; setz %1" : "=r"(rights), "=q"(ok) : "r"(selector) : "cc");
    *valid = ok;
    return rights;
}

/* A far transfer's new CS: a present 64-bit code segment of privilege 3,
 * or the guest faults as the CPU would make it (#GP: SIGSEGV; #NP:
 * SIGBUS). A 32-bit code segment would switch the CPU to compat mode,
 * which Shunt does not translate: one clear error. */
static void check_code_selector(Emulation *em, uint16_t selector)
{
    bool valid;
    uint32_t rights = access_rights(selector, &valid);
    if ((selector & 3) != 3 || !valid || !(rights & AR_CODE) || ((rights >> 13) & 3) != 3)
        fault(em, SIGSEGV);
    if (!(rights & AR_PRESENT))
        fault(em, SIGBUS);
    if (!(rights & AR_LONG))
        fatal("far transfer at 0x%llx to 32-bit code (selector 0x%x) is not supported",
              (unsigned long long)em->rip, selector);
}

/* A far transfer to a non-canonical rip faults (#GP) before it changes
 * anything. */
static void check_target(Emulation *em, GuestAddr rip)
{
    if (!os_canonical(&em->thread->process->os, rip))
        fault(em, SIGSEGV);
}

static void set_user_flags(GuestContext *ctx, uint64_t value, uint64_t mask)
{
    ctx->rflags = (ctx->rflags & ~mask) | (value & mask);
}

/* lret [imm16]: pops rip and cs (each an operand-size slot). */
static void far_return(Emulation *em)
{
    unsigned size = em->insn.operand_width / 8;
    GuestAddr sp = em->ctx->rsp;
    uint64_t rip = pop(em, &sp, size);
    uint16_t cs = (uint16_t)pop(em, &sp, size);
    if (em->insn.operand_count_visible > 0 && em->ops[0].type == ZYDIS_OPERAND_TYPE_IMMEDIATE)
        sp += em->ops[0].imm.value.u;
    /* Measured on AMD: before it checks the selector, the CPU reads the
     * slot an outer-privilege return would take SS from, above the new
     * rsp; a fault there is the page fault it raises. */
    if (scan_cpu_is_amd())
        (void)load(em, sp + size, 2);
    check_code_selector(em, cs);
    check_target(em, rip);
    em->ctx->rsp = sp;
    em->next = rip;
}

/* iret: rip, cs, rflags, rsp, ss, each an operand-size slot (64-bit mode
 * always pops the stack pointer and ss). */
static void interrupt_return(Emulation *em)
{
    unsigned size = em->insn.operand_width / 8;
    GuestAddr sp = em->ctx->rsp;
    uint64_t rip = pop(em, &sp, size);
    uint16_t cs = (uint16_t)pop(em, &sp, size);
    uint64_t flags = pop(em, &sp, size);
    uint64_t rsp = pop(em, &sp, size);
    uint16_t ss = (uint16_t)pop(em, &sp, size);
    check_code_selector(em, cs);
    bool valid;
    uint32_t rights = access_rights(ss, &valid);
    if ((ss & 3) != 3 || !valid || (rights & AR_CODE) || ((rights >> 13) & 3) != 3)
        fault(em, SIGSEGV);
    check_target(em, rip);
    set_user_flags(em->ctx, flags, size == 2 ? USER_FLAGS & 0xFFFF : USER_FLAGS);
    em->ctx->rsp = rsp;
    em->next = rip;
}

/* ljmp/lcall through m16:16/32/64: the offset, then the selector; lcall
 * pushes cs and the return rip in operand-size slots. AMD has no m16:64
 * form: with REX.W it reads an m16:32 pointer (and still pushes 8-byte
 * slots). */
static void far_branch(Emulation *em, bool is_call)
{
    unsigned size = em->insn.operand_width / 8;
    unsigned offset_size = size == 8 && scan_cpu_is_amd() ? 4 : size;
    if (em->ops[0].type != ZYDIS_OPERAND_TYPE_MEMORY)
        fault(em, SIGILL);
    GuestAddr ea = effective_address(em, &em->ops[0]);
    uint64_t rip = load(em, ea, offset_size);
    uint16_t cs = (uint16_t)load(em, ea + offset_size, 2);
    check_code_selector(em, cs);
    check_target(em, rip);
    if (is_call) {
        uint64_t frame[2] = {em->next, 0};
        uint16_t old_cs;
        __asm__("mov %%cs, %0" : "=r"(old_cs));
        frame[1] = old_cs;
        uint8_t bytes[16];
        memcpy(bytes, &frame[0], size);
        memcpy(bytes + size, &frame[1], size);
        if (os_guest_write(em->ctx->rsp - 2 * size, bytes, 2 * size) != 0)
            os_raise_memory_fault(em->thread, em->rip, em->ctx->rsp - 2 * size, 2 * size, true);
        em->ctx->rsp -= 2 * size;
    }
    em->next = rip;
}

/* The selector of mov gs / pop gs / lgs. */
static uint16_t gs_selector_operand(Emulation *em, GuestAddr *sp)
{
    const ZydisDecodedOperand *src = &em->ops[1];
    switch (em->insn.mnemonic) {
    case ZYDIS_MNEMONIC_POP:
        return (uint16_t)pop(em, sp, em->insn.operand_width / 8);
    case ZYDIS_MNEMONIC_LGS: {
        /* The CPU reads the whole pointer, so a fault is at its offset's
         * bytes first. */
        GuestAddr ea = effective_address(em, src);
        (void)load(em, ea, em->insn.operand_width / 8);
        return (uint16_t)load(em, ea + em->insn.operand_width / 8, 2);
    }
    default:
        if (src->type == ZYDIS_OPERAND_TYPE_REGISTER)
            return (uint16_t)read_gpr(em->ctx, src->reg.value);
        return (uint16_t)load(em, effective_address(em, src), 2);
    }
}

/* Loads `selector` into GS on the hardware with the guest's base in place,
 * and returns the base the CPU leaves; Shunt's own base is put back. The
 * selector was checked: the load cannot fault. */
static uint64_t hardware_gs_load(Thread *thread, uint16_t selector)
{
    /* While GS is the guest's, a signal's host handler could not find the
     * Thread: none may come. */
    uint64_t all = ~0ULL, old;
    raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (uint64_t)(uintptr_t)&all,
                 (uint64_t)(uintptr_t)&old, 8, 0, 0);
    uint64_t base;
    __asm__ volatile("wrgsbase %1\n\t"
                     "mov %w2, %%gs\n\t"
                     "rdgsbase %0\n\t"
                     "wrgsbase %3"
                     : "=&r"(base)
                     : "r"(thread->ctx.gsbase), "r"(selector), "r"((uint64_t)(uintptr_t)thread)
                     : "memory");
    raw_syscall6(SYS_rt_sigprocmask, SIG_SETMASK, (uint64_t)(uintptr_t)&old, 0, 8, 0, 0);
    return base;
}

void dispatch_clear_gs_selector(Thread *thread)
{
    if (thread->has_fsgsbase)
        hardware_gs_load(thread, 0);
}

/* mov gs, r/m16; pop gs; lgs r, m16:xx. A null selector always loads; any
 * other must be readable at CPL 3 (verr: else #GP) and present (else #NP,
 * which Linux reports as SIGBUS). */
static void load_gs(Emulation *em)
{
    GuestAddr sp = em->ctx->rsp;
    uint16_t selector = gs_selector_operand(em, &sp);
    if (selector > 3) {
        uint8_t readable = 0;
        bool valid;
        __asm__ volatile("verr %w1; setz %0" : "=q"(readable) : "r"(selector) : "cc");
        uint32_t rights = access_rights(selector, &valid);
        if (!readable || !valid)
            fault(em, SIGSEGV);
        if (!(rights & AR_PRESENT))
            fault(em, SIGBUS);
    }
    if (em->insn.mnemonic == ZYDIS_MNEMONIC_LGS) {
        GuestAddr ea = effective_address(em, &em->ops[1]);
        write_gpr(em->ctx, em->ops[0].reg.value, load(em, ea, em->insn.operand_width / 8));
    }
    if (em->thread->has_fsgsbase)
        em->ctx->gsbase = hardware_gs_load(em->thread, selector);
    else if (selector > 3)
        em->ctx->gsbase = 0; /* the descriptor's base; user descriptors have 0 */
    em->ctx->rsp = sp;
}

/* wrgsbase r32/r64: #UD without FSGSBASE, #GP for a non-canonical base. */
static void write_gs_base(Emulation *em)
{
    if (!em->thread->has_fsgsbase)
        fault(em, SIGILL);
    uint64_t value = read_gpr(em->ctx, em->ops[0].reg.value);
    if (em->insn.operand_width == 32)
        value = (uint32_t)value;
    if ((uint64_t)((int64_t)(value << 16) >> 16) != value)
        fault(em, SIGSEGV);
    em->ctx->gsbase = value;
}

/* A popf whose value sets TF (the translation sends only those here). */
static void pop_flags(Emulation *em)
{
    unsigned size = em->insn.operand_width / 8;
    GuestAddr sp = em->ctx->rsp;
    uint64_t value = pop(em, &sp, size);
    set_user_flags(em->ctx, value, size == 2 ? USER_FLAGS & 0xFFFF : USER_FLAGS);
    em->ctx->rsp = sp;
}

/* pushf under the trap flag (a stepping block): the image has the guest's
 * TF, which the hardware's flags do not; RF and VM read as 0. */
static void push_flags(Emulation *em)
{
    uint64_t flags = em->ctx->rflags | (em->thread->stepping ? FLAG_TF : 0);
    flags &= ~0x30000ULL;
    unsigned size = em->insn.operand_width / 8;
    GuestAddr sp = em->ctx->rsp - size;
    if (os_guest_write(sp, &flags, size) != 0)
        os_raise_memory_fault(em->thread, em->rip, sp, size, true);
    em->ctx->rsp = sp;
}

static void carry_out(Emulation *em)
{
    switch (em->insn.mnemonic) {
    case ZYDIS_MNEMONIC_PUSHF:
    case ZYDIS_MNEMONIC_PUSHFQ:
        push_flags(em);
        return;
    case ZYDIS_MNEMONIC_INT:
        em->ctx->rip = em->next; /* as for syscall: where a vfork child starts */
        if (!os_syscall_ia32(em->thread))
            em->next = em->rip; /* a held signal first, then the call again */
        return;
    case ZYDIS_MNEMONIC_RET:
        far_return(em);
        return;
    case ZYDIS_MNEMONIC_IRET:
    case ZYDIS_MNEMONIC_IRETD:
    case ZYDIS_MNEMONIC_IRETQ:
        interrupt_return(em);
        return;
    case ZYDIS_MNEMONIC_JMP:
    case ZYDIS_MNEMONIC_CALL:
        far_branch(em, em->insn.mnemonic == ZYDIS_MNEMONIC_CALL);
        return;
    case ZYDIS_MNEMONIC_WRGSBASE:
        write_gs_base(em);
        return;
    case ZYDIS_MNEMONIC_POPF:
    case ZYDIS_MNEMONIC_POPFD:
    case ZYDIS_MNEMONIC_POPFQ:
        pop_flags(em);
        return;
    default:
        load_gs(em);
        return;
    }
}

GuestAddr dispatch_emulate(Thread *thread, GuestAddr rip, bool *was_syscall)
{
    Emulation em = {.thread = thread, .ctx = &thread->ctx, .rip = rip};
    uint8_t bytes[ZYDIS_MAX_INSTRUCTION_LENGTH] = {0};
    dispatch_lock(thread); /* the memory map, and the bytes, stay while they are read */
    size_t avail = os_executable_bytes(thread->process, rip);
    if (avail > sizeof(bytes))
        avail = sizeof(bytes);
    memcpy(bytes, (const void *)(uintptr_t)rip, avail);
    dispatch_unlock(thread);
    if (!ZYAN_SUCCESS(ZydisDecoderDecodeFull(scan_decoder(), bytes, avail, &em.insn, em.ops)))
        fatal("the instruction to emulate at 0x%llx no longer decodes", (unsigned long long)rip);
    em.next = rip + em.insn.length;
    *was_syscall = em.insn.mnemonic == ZYDIS_MNEMONIC_INT;
    carry_out(&em);
    return em.next;
}
