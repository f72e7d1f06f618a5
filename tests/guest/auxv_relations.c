/* getauxval for the entries that describe the program and its loader,
 * checked as relations rather than printed as addresses (they vary between
 * runs): AT_BASE is zero for a static program and, for a dynamic one, the
 * base of the object dl_iterate_phdr reports as the dynamic loader;
 * AT_ENTRY lies inside the program's own image and is _start; AT_PHDR
 * points at its own program headers and AT_PHNUM/AT_PHENT match its ELF
 * header; AT_EXECFN is the path it was started by; the vDSO's ELF header
 * is where AT_SYSINFO_EHDR says. */
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

extern const ElfW(Ehdr) __ehdr_start;
extern char _end[];
extern void _start(void);

static unsigned long ldso_base;
static int ldso_found;

static int find_ldso(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    (void)arg;
    if (info->dlpi_name && strstr(info->dlpi_name, "ld-linux")) {
        ldso_found = 1;
        ldso_base = info->dlpi_addr;
    }
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    unsigned long base = getauxval(AT_BASE), entry = getauxval(AT_ENTRY);
    unsigned long self = (unsigned long)&__ehdr_start;
    dl_iterate_phdr(find_ldso, NULL);
    if (base == 0)
        printf("AT_BASE: zero, dynamic loader %s\n", ldso_found ? "listed" : "not listed");
    else
        printf("AT_BASE: the dynamic loader's base: %s\n",
               ldso_found && ldso_base == base ? "yes" : "no");
    printf("AT_ENTRY: inside the program %s, is _start %s\n",
           entry >= self && entry < (unsigned long)_end ? "yes" : "no",
           entry == (unsigned long)_start ? "yes" : "no");
    printf("AT_PHDR: own headers %s\n",
           getauxval(AT_PHDR) == self + __ehdr_start.e_phoff ? "yes" : "no");
    printf("AT_PHNUM: %s, AT_PHENT: %s\n",
           getauxval(AT_PHNUM) == __ehdr_start.e_phnum ? "matches" : "differs",
           getauxval(AT_PHENT) == sizeof(ElfW(Phdr)) ? "matches" : "differs");
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    printf("AT_EXECFN: argv[0] %s\n", execfn && strcmp(execfn, argv[0]) == 0 ? "yes" : "no");
    const unsigned char *vdso = (const unsigned char *)getauxval(AT_SYSINFO_EHDR);
    printf("AT_SYSINFO_EHDR: ELF header %s\n", vdso && memcmp(vdso, ELFMAG, SELFMAG) == 0 ? "yes" : "no");
    printf("AT_BASE above the program: %s\n", base > self ? "yes" : "no");
    return 0;
}
