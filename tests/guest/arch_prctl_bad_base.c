/* arch_prctl(ARCH_SET_FS/ARCH_SET_GS) refuses a base at or above
 * TASK_SIZE_MAX with EPERM (a non-canonical base would fault when loaded);
 * the old base stays. The highest accepted base is the last byte below the
 * top user page. */
#include <asm/prctl.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static __thread int tls_value = 42;

static void try(const char *what, int code, unsigned long base)
{
    long r = syscall(SYS_arch_prctl, code, base);
    printf("%-28s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(void)
{
    unsigned long fs = 0, gs = 0;
    syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
    try("SET_FS 1<<47", ARCH_SET_FS, 1UL << 47);
    try("SET_FS non-canonical", ARCH_SET_FS, 0x8000000000001000UL);
    try("SET_FS top user page", ARCH_SET_FS, 0x7ffffffff000UL);
    try("SET_FS kernel half", ARCH_SET_FS, 0xffffffff81000000UL);
    try("SET_FS -1", ARCH_SET_FS, ~0UL);
    unsigned long now = 0;
    syscall(SYS_arch_prctl, ARCH_GET_FS, &now);
    printf("FS unchanged: %s, TLS still works: %d\n", now == fs ? "yes" : "no", tls_value);
    try("SET_GS 1<<47", ARCH_SET_GS, 1UL << 47);
    try("SET_GS non-canonical", ARCH_SET_GS, 0x8000000000001000UL);
    try("SET_GS top user page", ARCH_SET_GS, 0x7ffffffff000UL);
    try("SET_GS last user byte", ARCH_SET_GS, 0x7fffffffefffUL);
    syscall(SYS_arch_prctl, ARCH_GET_GS, &gs);
    printf("GS now the last user byte: %s\n", gs == 0x7fffffffefffUL ? "yes" : "no");
    try("SET_GS 0", ARCH_SET_GS, 0);
    return 0;
}
