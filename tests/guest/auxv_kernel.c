/* The whole auxiliary vector as the kernel lays it out, read from the
 * initial stack past envp (not getauxval, which glibc answers from its own
 * copy and, for AT_HWCAP, its own bits): every type in order, and the
 * values that do not vary between runs. Addresses only as "present" or
 * checked against what they must point at. */
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

extern char **environ;
extern const Elf64_Ehdr __ehdr_start;
extern void _start(void);

static void print_entry(const uint64_t *a)
{
    uint64_t type = a[0], v = a[1];
    switch (type) {
    case AT_SYSINFO_EHDR:
        printf("AT_SYSINFO_EHDR: %s\n", v ? "present" : "zero");
        break;
    case AT_PHDR:
        printf("AT_PHDR: %s\n", v == (uint64_t)&__ehdr_start + __ehdr_start.e_phoff ? "our headers" : "wrong");
        break;
    case AT_ENTRY:
        printf("AT_ENTRY: %s\n", v == (uint64_t)_start ? "_start" : "wrong");
        break;
    case AT_BASE: /* the interpreter's base: random, zero when static */
        printf("AT_BASE: %s\n", v ? "present" : "zero");
        break;
    case AT_RANDOM:
        printf("AT_RANDOM: %s\n", v ? "present" : "zero");
        break;
    case AT_EXECFN: {
        const char *b = strrchr((const char *)v, '/');
        printf("AT_EXECFN: %s\n", b ? b + 1 : (const char *)v);
        break;
    }
    case AT_PLATFORM:
        printf("AT_PLATFORM: %s\n", (const char *)v);
        break;
    case AT_UID: case AT_EUID: case AT_GID: case AT_EGID:
        printf("AT_%lu: %s\n", (unsigned long)type,
               v == (type == AT_UID ? getuid() : type == AT_EUID ? geteuid() : type == AT_GID ? getgid() : getegid()) ? "ours" : "wrong");
        break;
    default: /* HWCAP, HWCAP2, PAGESZ, CLKTCK, PHENT, PHNUM, FLAGS, SECURE, MINSIGSTKSZ, RSEQ sizes */
        printf("%lu: 0x%lx\n", (unsigned long)type, (unsigned long)v);
    }
}

int main(void)
{
    char **e = environ;
    while (*e)
        e++;
    const uint64_t *a = (const uint64_t *)(e + 1);
    int n = 0;
    for (; a[0] != AT_NULL; a += 2, n++)
        print_entry(a);
    printf("%d entries, then AT_NULL\n", n);
    return 0;
}
