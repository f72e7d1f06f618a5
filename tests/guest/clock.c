/* clock_gettime (vDSO) with several clocks, gettimeofday, time: only
 * deterministic facts (monotonic, plausible, consistent) are printed. */
#include <stdio.h>
#include <time.h>
#include <sys/time.h>
#include <unistd.h>

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void)
{
    struct timespec a, b, r;
    int mono = 1;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < 100000; i++) {
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (ns(b) < ns(a)) mono = 0;
        a = b;
    }
    printf("CLOCK_MONOTONIC never decreases: %s\n", mono ? "yes" : "no");
    clock_gettime(CLOCK_MONOTONIC, &a);
    usleep(20000);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long d = ns(b) - ns(a);
    printf("usleep(20ms) measured >= 20ms and < 2s: %s\n", d >= 20000000 && d < 2000000000 ? "yes" : "no");
    clock_gettime(CLOCK_REALTIME, &r);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    time_t t = time(NULL);
    printf("realtime after 2020: %s\n", r.tv_sec > 1577836800 ? "yes" : "no");
    printf("gettimeofday and time agree: %s\n", tv.tv_sec - t <= 1 && t - tv.tv_sec <= 1 ? "yes" : "no");
    struct timespec res;
    clock_getres(CLOCK_MONOTONIC, &res);
    printf("monotonic resolution <= 1ms: %s\n", res.tv_sec == 0 && res.tv_nsec <= 1000000 ? "yes" : "no");
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
    volatile double x = 0;
    for (int i = 0; i < 3000000; i++) x += i;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
    printf("process cpu time advances: %s\n", ns(b) > ns(a) ? "yes" : "no");
    clock_gettime(CLOCK_BOOTTIME, &a);
    printf("boottime positive: %s\n", ns(a) > 0 ? "yes" : "no");
    return 0;
}
