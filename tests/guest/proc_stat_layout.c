/* /proc/self/stat describes the program's memory layout, as the kernel
 * computes it at exec: start_code/end_code (fields 26, 27) bound the
 * executable PT_LOADs, startstack (28) is where argc lies, start_data/
 * end_data (45, 46) come from the last PT_LOAD, start_brk (47) is the
 * initial break, arg_start..env_end (48-51) bound the argv and envp
 * strings. The rest of the line is the kernel's (pid, name, state). */
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;
extern const ElfW(Ehdr) __ehdr_start;

static void check(const char *what, unsigned long got, unsigned long want)
{
    printf("%-12s %s\n", what, got == want ? "ok" : "WRONG");
}

int main(int argc, char **argv)
{
    char line[2048];
    FILE *f = fopen("/proc/self/stat", "r");
    if (!f || !fgets(line, sizeof(line), f))
        return 1;
    fclose(f);
    unsigned long field[64] = {0};
    char *p = strrchr(line, ')');
    int pid = atoi(line), n = 3;
    char state = p[2];
    for (char *t = strtok(p + 2, " "); t && n < 64; t = strtok(NULL, " "))
        field[n++] = strtoul(t, NULL, 10);
    *p = '\0';
    printf("pid matches: %s, name: %s, state %c, fields: %d\n", pid == getpid() ? "yes" : "no",
           strchr(line, '(') + 1, state, n - 1);

    const ElfW(Phdr) *ph = (const ElfW(Phdr) *)getauxval(AT_PHDR);
    size_t phnum = getauxval(AT_PHNUM);
    unsigned long bias = 0, start_code = ~0UL, end_code = 0, start_data = 0, end_data = 0;
    for (size_t i = 0; i < phnum; i++)
        if (ph[i].p_type == PT_LOAD && ph[i].p_offset == 0)
            bias = (unsigned long)&__ehdr_start - ph[i].p_vaddr;
    for (size_t i = 0; i < phnum; i++) {
        if (ph[i].p_type != PT_LOAD)
            continue;
        unsigned long s = ph[i].p_vaddr + bias, e = s + ph[i].p_filesz;
        if ((ph[i].p_flags & PF_X) && s < start_code)
            start_code = s;
        if ((ph[i].p_flags & PF_X) && e > end_code)
            end_code = e;
        if (s > start_data)
            start_data = s;
        if (e > end_data)
            end_data = e;
    }
    check("start_code", field[26], start_code);
    check("end_code", field[27], end_code);
    check("startstack", field[28], (unsigned long)(argv - 1));
    check("start_data", field[45], start_data);
    check("end_data", field[46], end_data);
    unsigned long brk_now = (unsigned long)sbrk(0);
    printf("%-12s %s\n", "start_brk",
           field[47] && field[47] <= brk_now && brk_now - field[47] < (1 << 20) && !(field[47] & 4095)
               ? "ok"
               : "WRONG");
    char **last_env = environ;
    while (last_env[1])
        last_env++;
    unsigned long arg_end = (unsigned long)argv[argc - 1] + strlen(argv[argc - 1]) + 1;
    check("arg_start", field[48], (unsigned long)argv[0]);
    check("arg_end", field[49], arg_end);
    check("env_start", field[50], arg_end);
    check("env_end", field[51], (unsigned long)*last_env + strlen(*last_env) + 1);
    return 0;
}
