/*
 * main.c: the command line, set-up, and the hand-over to the dispatcher.
 *
 *   shunt [options] program [args...]
 *
 * Options stop at the program name: everything after it is the guest's.
 * Set-up order: load the program (all checks of the file happen there),
 * build its stack, create the code cache (cache_create places it), make
 * the main thread, then run. Exit statuses for bad input follow the shell: 127 not found,
 * 126 cannot execute; 2 for a bad command line.
 */
#include "dispatch/dispatch.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define SHUNT_VERSION "0.1.0"
/* The code cache's maximum, lowered when RLIMIT_AS or RLIMIT_DATA are set. */
#define CACHE_MAX_SIZE (512ULL << 20)

extern char **environ;

static void usage(FILE *out)
{
    fprintf(out, "usage: shunt [options] program [args...]\n"
                 "Runs an x86-64 Linux program under dynamic binary translation.\n\n"
                 "options:\n"
                 "  -d ITEMS     log items, comma separated (-d help lists them)\n"
                 "  -D FILE      write the log to FILE instead of stderr\n"
                 "  -0 ARGV0     pass ARGV0 to the program as argv[0]\n"
                 "  --stats      print translation statistics at exit\n"
                 "  -h, --help   show this help\n"
                 "  --version    show the version\n");
}

/* Parses options into `options`; returns the index of the program name,
 * or -1 with *status set when shunt should exit right away. */
static int parse_options(int argc, char **argv, Options *options, int *status)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *arg = argv[i];
        bool has_value = i + 1 < argc;
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            *status = 0;
            return -1;
        } else if (strcmp(arg, "--version") == 0) {
            printf("shunt %s\n", SHUNT_VERSION);
            *status = 0;
            return -1;
        } else if (strcmp(arg, "--stats") == 0) {
            options->stats = true;
        } else if (strcmp(arg, "-d") == 0 && has_value) {
            if (!log_parse_items(argv[++i], &options->log_items)) {
                *status = strcmp(argv[i], "help") == 0 ? 0 : 2;
                return -1;
            }
        } else if (strcmp(arg, "-D") == 0 && has_value) {
            options->log_file = argv[++i];
        } else if (strcmp(arg, "-0") == 0 && has_value) {
            options->argv0 = argv[++i];
        } else if (strcmp(arg, "--") == 0) {
            i++;
            break;
        } else {
            fprintf(stderr, "shunt: unknown option '%s'\n", arg);
            usage(stderr);
            *status = 2;
            return -1;
        }
    }
    if (i >= argc) {
        usage(stderr);
        *status = 2;
        return -1;
    }
    options->chaining = !(options->log_items & LOG_NOCHAIN);
    return i;
}

/* Shunt's own path and options (without -0 and --, which execve adds
 * again), for execve of the guest. */
static void remember_self(Process *process, int argc_options, char **argv)
{
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
    path[n > 0 ? n : 0] = '\0';
    process->shunt_path = strdup(path);
    process->shunt_options = calloc((size_t)argc_options + 1, sizeof(char *));
    size_t k = 0;
    for (int i = 1; i < argc_options; i++) {
        if (strcmp(argv[i], "-0") == 0 || strcmp(argv[i], "--") == 0) {
            i += argv[i][1] == '0';
            continue;
        }
        process->shunt_options[k++] = argv[i];
    }
}

static int load_program(Process *process, const char *path)
{
    char err[512];
    LoadStatus status = loader_load(path, &process->image, err, sizeof(err));
    if (status != LOAD_OK)
        fprintf(stderr, "shunt: %s\n", err);
    return (int)status;
}

/* `execfn` is the path the program was started by (a script's, not its
 * interpreter's): AT_EXECFN and the process name come from it, as the
 * kernel takes them from the file execve was given. */
static Thread *set_up(Process *process, const OsProgram *program, const char *execfn)
{
    process->log = log_open(process->options.log_file, process->options.log_items);
    if (!process->log) {
        fprintf(stderr, "shunt: cannot open log file %s\n", process->options.log_file);
        return NULL;
    }
    if (!loader_build_stack(&process->image, program->argc, program->argv, environ, execfn,
                            &process->stack)) {
        fprintf(stderr, "shunt: cannot map the guest stack\n");
        return NULL;
    }
    process->cache =
        cache_create(process->image.image_start, process->image.image_end, CACHE_MAX_SIZE);
    process->scan_buffer = malloc(sizeof(ScannedBlock));
    Thread *thread = dispatch_thread_new(process);
    if (!process->cache || !process->scan_buffer || !thread) {
        fprintf(stderr, "shunt: out of memory setting up the translator\n");
        return NULL;
    }
    os_init(thread);
    /* The name ps and /proc/self/stat show: the guest's, like execve. */
    const char *base = strrchr(execfn, '/');
    prctl(PR_SET_NAME, base ? base + 1 : execfn, 0, 0, 0);
    thread->ctx.rsp = process->stack.initial_rsp;
    thread->ctx.rip = process->image.start;
    return thread;
}

int main(int argc, char **argv)
{
    static Process process; /* the one per-process context; lives as long as the guest */
    int status = 0;
    int program = parse_options(argc, argv, &process.options, &status);
    if (program < 0)
        return status;
    remember_self(&process, program, argv);
    const char *path = argv[program];
    if (process.options.argv0)
        argv[program] = (char *)process.options.argv0;
    /* A "#!" script runs its interpreter, as execve would. */
    static OsProgram guest;
    int64_t resolved = os_exec_resolve(path, &argv[program], argc - program, false, &guest);
    if (resolved < 0) {
        fprintf(stderr, "shunt: %s: %s\n", path,
                resolved == -ELOOP ? "too many levels of script interpreters"
                                   : strerror((int)-resolved));
        return LOAD_CANNOT_EXECUTE;
    }
    status = load_program(&process, guest.path);
    if (status != 0)
        return status;
    Thread *thread = set_up(&process, &guest, path);
    if (!thread)
        return 1;
    dispatch_run(thread);
}
