/* stdio: printf of many formats, snprintf, fopen/fwrite/fread/fseek on a
 * temp file with a unique name (then unlink), strtod/strtol, sscanf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stdint.h>
#include <inttypes.h>

int main(void)
{
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%#X] [%o] [%u]\n", 42, 42, 42, 42, 42, 255, 255, 8, -1u);
    printf("[%ld] [%lld] [%" PRIu64 "] [%zu] [%hhd] [%hd]\n", -1234567890123L, 9223372036854775807LL, UINT64_MAX, sizeof(long), 300, 70000);
    printf("[%f] [%.3f] [%e] [%g] [%g] [%a] [%10.4f] [%-10.2e]\n", 3.14159, 2.0 / 3, 123456.789, 0.0001, 1e20, 1.0, -1.5, 6.02e23);
    printf("[%s] [%10s] [%-10s] [%.3s] [%c] [%%] [%p]\n", "str", "right", "left", "truncate", 'Z', (void *)0);
    printf("[%*d] [%.*f] [%n]\n", 6, 7, 2, 1.23456, &(int){0});
    char buf[64];
    int n = snprintf(buf, 10, "%s-%d", "overflowing", 123456);
    printf("snprintf -> %d \"%s\"\n", n, buf);

    char path[64];
    snprintf(path, sizeof path, "/tmp/shunt-stdio-%d.tmp", (int)getpid());
    FILE *f = fopen(path, "w+b");
    if (!f) { perror("fopen"); return 1; }
    unsigned char data[70000];
    for (size_t i = 0; i < sizeof data; i++) data[i] = (unsigned char)(i * 7 ^ i >> 8);
    size_t w = fwrite(data, 1, sizeof data, f);
    fprintf(f, "tail %d\n", 99);
    fflush(f);
    long size = ftell(f);
    fseek(f, 1000, SEEK_SET);
    unsigned char back[5000];
    size_t r = fread(back, 1, sizeof back, f);
    printf("wrote %zu, size %ld, read %zu, equal %s\n", w, size, r, memcmp(back, data + 1000, r) ? "no" : "yes");
    fseek(f, -8, SEEK_END);
    char line[16] = {0};
    printf("last line: %s", fgets(line, sizeof line, f) ? line : "(none)\n");
    fclose(f);
    int ul = unlink(path);
    printf("unlink %d, exists after %d\n", ul, access(path, F_OK) == 0);

    const char *nums[] = {"3.25", "-1e-5", "0x1p4", "inf", "1e400", "  42abc", "nan"};
    for (int i = 0; i < 7; i++) {
        char *end;
        double d = strtod(nums[i], &end);
        printf("strtod(%s) = %g rest \"%s\"\n", nums[i], d, end);
    }
    printf("strtol: %ld %ld %lu\n", strtol("-0x7f", NULL, 16), strtol("777", NULL, 8), strtoul("18446744073709551615", NULL, 10));
    int a; float b; char word[16];
    int got = sscanf("17 2.5 hello", "%d %f %15s", &a, &b, word);
    printf("sscanf %d: %d %.2f %s\n", got, a, b, word);
    fprintf(stderr, "a line to stderr\n");
    puts("puts line");
    return 0;
}
