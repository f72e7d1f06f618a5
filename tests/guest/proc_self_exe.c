/* readlink("/proc/self/exe") must name the guest, not the translator; also
 * /proc/self/cmdline and opening /proc/self/exe to read its ELF header. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

int main(int argc, char **argv)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) { perror("readlink"); return 1; }
    buf[n] = 0;
    const char *b = strrchr(buf, '/');
    printf("exe basename: %s\n", b ? b + 1 : buf);
    const char *a0 = strrchr(argv[0], '/');
    printf("matches argv[0]: %s\n", strcmp(b ? b + 1 : buf, a0 ? a0 + 1 : argv[0]) == 0 ? "yes" : "no");
    int fd = open("/proc/self/cmdline", O_RDONLY);
    n = read(fd, buf, sizeof buf);
    close(fd);
    int args = 0;
    const char *last = buf;
    for (ssize_t i = 0; i < n; i++) {
        if (buf[i] == 0) {
            args++;
            if (i + 1 < n) last = buf + i + 1;
        }
    }
    printf("cmdline has %d args, last \"%s\"\n", args, n > 0 ? last : "");
    fd = open("/proc/self/exe", O_RDONLY);
    unsigned char hdr[20];
    n = read(fd, hdr, sizeof hdr);
    close(fd);
    printf("exe ELF header: %s, e_type %d\n", n == 20 && memcmp(hdr, "\177ELF", 4) == 0 ? "yes" : "no", hdr[16]);
    return 0;
}
