/* Code on a page shared with hot counters (issue 13): the guest test
 * tests/guest/smc_counter.c with ten times its work, so bench/run shows
 * what writes beside translated code cost next to native. */
#define COUNTER_SCALE 10
#include "../../tests/guest/smc_counter.c"
