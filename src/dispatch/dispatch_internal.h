/*
 * dispatch_internal.h: what the files of src/dispatch/ share.
 */
#ifndef SHUNT_DISPATCH_INTERNAL_H
#define SHUNT_DISPATCH_INTERNAL_H

#include "dispatch/dispatch.h"

/* The trap flag in rflags: the guest's lives in its context, never on the
 * hardware while Shunt's code runs (dispatch.c, emulate.c). */
#define FLAG_TF 0x100ULL

/* Carries out the instruction at guest `rip` that the translator left to
 * the emulator (INSN_EMULATE, or a popf setting TF) on thread->ctx; returns
 * the guest rip to go on at, and sets *was_syscall for `int 0x80` (which,
 * like syscall, traps only after the next instruction under TF). A fault
 * of the instruction raises the guest's signal (os_raise_fault) and does
 * not return. */
GuestAddr dispatch_emulate(Thread *thread, GuestAddr rip, bool *was_syscall);

/* Sets the fields of a Thread block that say where Shunt's routines are
 * and what the CPU has (its lookup table is left as it is). */
void dispatch_thread_init(Thread *thread, Process *process);

/* Enters the guest at thread->ctx on the calling task, GS already at the
 * block. Never returns. */
__attribute__((noreturn)) void dispatch_enter(Thread *thread);

/* Gives the thread's task Shunt's alternate signal stack (signal.c). */
void dispatch_signal_stack(Thread *thread);

#endif
