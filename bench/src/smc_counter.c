/* Code on a page shared with hot counters (issue 13): the guest test
 * tests/guest/smc_counter.c with twice its work, so bench/run shows what
 * writes beside translated code cost next to native. Sized for today,
 * where each write to the page after a call into it is a protection fault
 * (about 34000 here) and each fault costs more as dead blocks pile up:
 * twice the test's work is about 10 ms natively and 7 to 9 s under Shunt;
 * four times is 38 s. */
#define COUNTER_SCALE 2
#include "../../tests/guest/smc_counter.c"
