/* Code on a page shared with hot counters (issue 13): the guest test
 * tests/guest/smc_counter.c with 40 times its work (about 0.2 s natively),
 * so bench/run shows what writes beside translated code cost next to
 * native. Such a page turns to self-checking blocks after a few writes
 * (docs/engine.md); before that, each write after a call into the page was
 * a protection fault, and this workload was 455 times native. */
#define COUNTER_SCALE 40
#include "../../tests/guest/smc_counter.c"
