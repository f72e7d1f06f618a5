/*
 * Unit test: which memory is Shunt's (os/vmas.c). A mapping the guest map
 * does not cover is foreign; once the guest map covers it, or it is
 * unmapped, it is not; a hole is never foreign. Also the covered prefix of
 * a range (mprotect's partial success) and protection changes that keep
 * the grows-down mark, and the grows-down sync from the kernel's maps.
 */
#include "check.h"
#include "os/os_internal.h"

#include <stdlib.h>
#include <sys/mman.h>

static void test_foreign(void)
{
    GuestMap map = {0};
    char *p = mmap(NULL, 8 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    GuestAddr a = (GuestAddr)p, b = a + 8 * PAGE_SIZE;
    CHECK(p != MAP_FAILED);
    CHECK(os_map_foreign(&map, a, b));
    os_map_set(&map, a, a + 4 * PAGE_SIZE, PROT_READ);
    CHECK(!os_map_foreign(&map, a, a + 4 * PAGE_SIZE));
    CHECK(os_map_foreign(&map, a, b));
    munmap(p + 4 * PAGE_SIZE, 4 * PAGE_SIZE);
    CHECK(!os_map_foreign(&map, a, b)); /* a hole is nobody's */
    CHECK(mmap(p + 6 * PAGE_SIZE, PAGE_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1,
               0) == p + 6 * PAGE_SIZE);
    CHECK(os_map_foreign(&map, a, b));
    CHECK(!os_map_foreign(&map, a, a + 6 * PAGE_SIZE));
    munmap(p, 8 * PAGE_SIZE);
    free(map.regions);
}

static void test_protect(void)
{
    GuestMap map = {0};
    os_map_set(&map, 0x10000, 0x13000, PROT_READ | PROT_WRITE | PROT_GROWSDOWN);
    os_map_set(&map, 0x13000, 0x14000, PROT_READ);
    os_map_set(&map, 0x15000, 0x16000, PROT_READ);
    CHECK(os_map_covered_end(&map, 0x11000, 0x16000) == 0x14000);
    CHECK(os_map_covered_end(&map, 0x14000, 0x16000) == 0x14000);
    CHECK(os_map_covered_end(&map, 0x10000, 0x12000) == 0x12000);
    os_map_protect(&map, 0x11000, 0x16000, PROT_READ | PROT_EXEC);
    CHECK(os_map_find(&map, 0x10000)->prot == (PROT_READ | PROT_WRITE | PROT_GROWSDOWN));
    CHECK(os_map_find(&map, 0x11000)->prot == (PROT_READ | PROT_EXEC | PROT_GROWSDOWN));
    CHECK(os_map_find(&map, 0x13000)->prot == (PROT_READ | PROT_EXEC));
    CHECK(os_map_find(&map, 0x14000) == NULL);
    CHECK(os_map_find(&map, 0x15000)->prot == (PROT_READ | PROT_EXEC));
    /* The kernel's vma of the grows-down region reaches lower now. */
    os_map_sync(&map, "0000c000-00013000 rw-p 00000000 00:00 0 \n"
                      "00013000-00014000 r--p 00000000 00:00 0 \n");
    CHECK(map.regions[0].start == 0xc000 && map.regions[0].end == 0x11000);
    CHECK(map.regions[1].start == 0x11000);
    free(map.regions);
}

int main(void)
{
    test_foreign();
    test_protect();
    printf("ok\n");
    return check_failures != 0;
}
