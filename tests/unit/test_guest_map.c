/*
 * Unit test: the guest memory map (os/), which tells the scanner what is
 * executable: set, overwrite, split, clear, and bytes-executable queries.
 */
#include "check.h"
#include "os/os.h"

#include <sys/mman.h>

int main(void)
{
    GuestMap map = {0};
    os_map_set(&map, 0x1000, 0x5000, PROT_READ | PROT_EXEC);
    os_map_set(&map, 0x8000, 0x9000, PROT_READ);
    CHECK(map.count == 2);
    CHECK(os_map_find(&map, 0x1000)->prot == (PROT_READ | PROT_EXEC));
    CHECK(os_map_find(&map, 0x4fff) != NULL);
    CHECK(os_map_find(&map, 0x5000) == NULL);
    CHECK(os_map_find(&map, 0xfff) == NULL);

    /* mprotect of the middle splits the region in three. */
    os_map_set(&map, 0x2000, 0x3000, PROT_READ | PROT_WRITE);
    CHECK(map.count == 4);
    CHECK(os_map_find(&map, 0x1fff)->prot == (PROT_READ | PROT_EXEC));
    CHECK(os_map_find(&map, 0x2000)->prot == (PROT_READ | PROT_WRITE));
    CHECK(os_map_find(&map, 0x3000)->prot == (PROT_READ | PROT_EXEC));
    CHECK(os_map_find(&map, 0x3000)->end == 0x5000);

    /* munmap across two regions. */
    os_map_clear(&map, 0x2800, 0x4000);
    CHECK(os_map_find(&map, 0x27ff) != NULL);
    CHECK(os_map_find(&map, 0x2800) == NULL);
    CHECK(os_map_find(&map, 0x3fff) == NULL);
    CHECK(os_map_find(&map, 0x4000)->end == 0x5000);

    /* Regions stay sorted and disjoint. */
    for (size_t i = 1; i < map.count; i++)
        CHECK(map.regions[i - 1].end <= map.regions[i].start);

    /* Covering everything replaces everything. */
    os_map_set(&map, 0, 0x10000, PROT_NONE);
    CHECK(map.count == 1 && map.regions[0].start == 0 && map.regions[0].end == 0x10000);
    return check_failures != 0;
}
