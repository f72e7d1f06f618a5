/*
 * loader/brk.c: where the guest's program break starts.
 *
 * Chosen as the kernel's binfmt_elf chooses it (6.x): right after the image
 * for an ET_EXEC or a program with an interpreter (the program's image, not
 * the interpreter's); at ELF_ET_DYN_BASE for a static PIE or ld.so run
 * directly (moved out of the mmap region the image was loaded into). With
 * address-space randomization on (no ADDR_NO_RANDOMIZE personality,
 * randomize_va_space 2), a break after the image starts one page further, and then either kind
 * moves up by a random number of pages within 1 GiB (arch_randomize_brk on x86-64).
 *
 * Nothing is reserved: the os layer's brk grows into free address space and
 * stops at the next mapping, as the kernel's does. Natively nothing else is
 * near a fresh program's break; under Shunt something could be (Shunt's
 * binary lies at ELF_ET_DYN_BASE plus a random offset; the ASan build's
 * shadow memory starts at 2 GiB), so a start with less than BRK_ROOM of
 * free space after it is drawn again, and after a few draws (at once
 * without randomization) the break moves further up.
 */
#include "loader/internal.h"

#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/random.h>

/* randomize_page() rounds the unaligned base up. */
#define ELF_ET_DYN_BASE PAGE_UP(LOADER_ET_DYN_BASE)
#define BRK_RANDOM_RANGE (1ULL << 30)
#define BRK_ROOM (2ULL << 30)
#define BRK_DRAWS 8

bool loader_randomizing(void)
{
    int persona = personality(0xffffffff);
    if (persona != -1 && (persona & ADDR_NO_RANDOMIZE))
        return false;
    int level = 2;
    FILE *f = fopen("/proc/sys/kernel/randomize_va_space", "r");
    if (f != NULL) {
        if (fscanf(f, "%d", &level) != 1)
            level = 2;
        fclose(f);
    }
    return level > 1;
}

/* Whether [start, start + BRK_ROOM) is free. Under a tight RLIMIT_AS the
 * probe itself fails with ENOMEM: then there is no telling, say yes. */
static bool has_room(GuestAddr start)
{
    int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE;
    void *p = mmap((void *)start, BRK_ROOM, PROT_NONE, flags, -1, 0);
    if (p == MAP_FAILED)
        return errno != EEXIST;
    munmap(p, BRK_ROOM);
    return (GuestAddr)p == start; /* kernels before 4.17 take the flag as a hint */
}

uint64_t loader_random_pages(uint64_t range)
{
    uint64_t r = 0;
    if (getrandom(&r, sizeof r, 0) != sizeof r)
        return 0;
    return r % (range / PAGE_SIZE) * PAGE_SIZE;
}

/* A start with room after it, where the kernel's choice `base` has none:
 * the first of base + 2, 4, 8... GiB that has. Low rather than where
 * mmap(NULL) finds a hole: mappings made later without an address
 * (Shunt's cache, the guest's mmap) fill the address space from the top. */
static GuestAddr roomy_start(GuestAddr base)
{
    for (uint64_t step = BRK_ROOM; base + step + BRK_ROOM < LOADER_USER_END; step *= 2)
        if (has_room(base + step))
            return base + step;
    return base;
}

void loader_place_brk(const ElfFile *file, LoadedImage *image)
{
    bool pie = file->ehdr.e_type == ET_DYN && file->interp == NULL, random = loader_randomizing();
    GuestAddr base = pie ? ELF_ET_DYN_BASE : image->image_end;
    if (random && !pie)
        base += PAGE_SIZE;
    for (int draw = 0; draw < (random ? BRK_DRAWS : 1); draw++) {
        image->brk_start = base + (random ? loader_random_pages(BRK_RANDOM_RANGE) : 0);
        if (has_room(image->brk_start))
            return;
    }
    image->brk_start = roomy_start(image->brk_start);
}
