/* getauxval: AT_PAGESZ, AT_PHNUM, AT_PHDR/AT_ENTRY consistency with the
 * binary itself, AT_RANDOM, AT_EXECFN, AT_PLATFORM, AT_SECURE, AT_HWCAP,
 * AT_SYSINFO_EHDR (vDSO). */
#include <stdio.h>
#include <string.h>
#include <elf.h>
#include <sys/auxv.h>
#include <link.h>

extern const ElfW(Ehdr) __ehdr_start;
extern void _start(void);

int main(void)
{
    printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
    printf("AT_PHNUM %lu (header says %u)\n", getauxval(AT_PHNUM), __ehdr_start.e_phnum);
    printf("AT_PHENT %lu\n", getauxval(AT_PHENT));
    printf("AT_PHDR points at our headers: %s\n",
           getauxval(AT_PHDR) == (unsigned long)&__ehdr_start + __ehdr_start.e_phoff ? "yes" : "no");
    printf("AT_ENTRY is _start: %s\n", getauxval(AT_ENTRY) == (unsigned long)_start ? "yes" : "no");
    const unsigned char *r = (const unsigned char *)getauxval(AT_RANDOM);
    int nz = 0;
    for (int i = 0; r && i < 16; i++) nz |= r[i];
    printf("AT_RANDOM nonzero: %s\n", nz ? "yes" : "no");
    const char *fn = (const char *)getauxval(AT_EXECFN);
    const char *b = fn ? strrchr(fn, '/') : NULL;
    printf("AT_EXECFN basename: %s\n", fn ? (b ? b + 1 : fn) : "(none)");
    const char *pl = (const char *)getauxval(AT_PLATFORM);
    printf("AT_PLATFORM: %s\n", pl ? pl : "(none)");
    printf("AT_SECURE %lu, AT_UID==getuid %d\n", getauxval(AT_SECURE), getauxval(AT_UID) == (unsigned long)getuid());
    printf("AT_HWCAP nonzero: %s\n", getauxval(AT_HWCAP) ? "yes" : "no");
    printf("AT_CLKTCK %lu\n", getauxval(AT_CLKTCK));
    printf("AT_SYSINFO_EHDR present: %s\n", getauxval(AT_SYSINFO_EHDR) ? "yes" : "no");
    printf("AT_BASE %s\n", getauxval(AT_BASE) ? "nonzero" : "zero");
    return 0;
}
