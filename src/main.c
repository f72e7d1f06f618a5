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
/* The least --cache-size accepts: a few of the largest blocks. */
#define CACHE_MIN_SIZE (256ULL << 10)

extern char **environ;

/* What a setter returns to go on parsing; any other value is the status
 * Shunt exits with at once. */
#define OPTION_GO_ON (-1)

typedef int (*OptionSetter)(Options *options, const char *value);

/* One command-line option: the single source for parsing, --help and what
 * an exec'd program inherits (`inherit`: the options execve passes on;
 * -E/-U edit the first program's environment only, as in qemu-user: its
 * children get the environment it passes them). */
typedef struct OptionSpec {
    const char *name, *alias;
    const char *value; /* the value's name in --help, NULL for a flag */
    OptionSetter set;
    bool inherit;
    const char *help;
} OptionSpec;

static int set_log_items(Options *options, const char *value)
{
    if (log_parse_items(value, &options->log_items))
        return OPTION_GO_ON;
    return strcmp(value, "help") == 0 ? 0 : 2;
}

static int set_log_file(Options *options, const char *value)
{
    options->log_file = value;
    return OPTION_GO_ON;
}

static int set_log_append(Options *options, const char *value)
{
    (void)value;
    options->log_append = true;
    return OPTION_GO_ON;
}

static int set_strace(Options *options, const char *value)
{
    (void)value;
    options->strace = true;
    return OPTION_GO_ON;
}

static int set_strace_shared(Options *options, const char *value)
{
    (void)value;
    options->strace_shared = true;
    return OPTION_GO_ON;
}

static int set_stats(Options *options, const char *value)
{
    (void)value;
    options->stats = true;
    return OPTION_GO_ON;
}

/* SIZE in bytes, or with a K, M or G suffix (powers of 1024). */
static int set_cache_size(Options *options, const char *value)
{
    char *end;
    errno = 0;
    unsigned long long size = strtoull(value, &end, 10);
    unsigned shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift)
        end++;
    if (errno || end == value || *end || *value == '-' || size > (1ULL << 40) >> shift ||
        (size << shift) < CACHE_MIN_SIZE) {
        fprintf(stderr, "shunt: --cache-size %s: expected a size from 256K to 1024G\n", value);
        return 2;
    }
    options->cache_size = (size_t)(size << shift);
    return OPTION_GO_ON;
}

static int set_argv0(Options *options, const char *value)
{
    options->argv0 = value;
    return OPTION_GO_ON;
}

static int set_no_follow_exec(Options *options, const char *value)
{
    (void)value;
    options->no_follow_exec = true;
    return OPTION_GO_ON;
}

/* Internal: the AT_EXECFN an execveat through an fd gives ("/dev/fd/N"). */
static int set_execfn(Options *options, const char *value)
{
    options->execfn = value;
    return OPTION_GO_ON;
}

/* Internal: the seccomp filters of the program that exec'd this one
 * (os/seccomp.c encodes them). */
static int set_seccomp_filters(Options *options, const char *value)
{
    options->seccomp_filters = value;
    return OPTION_GO_ON;
}

static int set_prefix(Options *options, const char *value)
{
    options->prefix = value;
    return OPTION_GO_ON;
}

/* -E wants VAR=value, -U a bare VAR (as qemu-user checks them). */
static int add_env_edit(Options *options, const char *value, bool set)
{
    const char *eq = strchr(value, '=');
    if (eq == value || (eq != NULL) != set) {
        fprintf(stderr, "shunt: %s %s: expected %s\n", set ? "-E" : "-U", value,
                set ? "VAR=value" : "a variable name without '='");
        return 2;
    }
    const char **edits =
        realloc(options->env_edits, (options->env_edit_count + 1) * sizeof(*edits));
    if (!edits)
        return 1;
    edits[options->env_edit_count++] = value;
    options->env_edits = edits;
    return OPTION_GO_ON;
}

static int set_env(Options *options, const char *value)
{
    return add_env_edit(options, value, true);
}

static int unset_env(Options *options, const char *value)
{
    return *value ? add_env_edit(options, value, false) : 2;
}

static int show_help(Options *options, const char *value);

static int show_version(Options *options, const char *value)
{
    (void)options;
    (void)value;
    printf("shunt %s\n", SHUNT_VERSION);
    return 0;
}

static const OptionSpec option_specs[] = {
    {"-d", NULL, "ITEMS", set_log_items, true, "log items, comma separated (-d help lists them)"},
    {"-D", NULL, "FILE", set_log_file, true, "write the log and -strace to FILE, not stderr"},
    {"-strace", "--strace", NULL, set_strace, true,
     "print each guest system call, its arguments and result"},
    {"--strace-shared", NULL, NULL, set_strace_shared, true,
     "split blocking calls' lines (set for programs a forked one runs)"},
    {"-E", NULL, "VAR=VALUE", set_env, false, "set VAR in the guest's environment (repeatable)"},
    {"-U", NULL, "VAR", unset_env, false, "remove VAR from the guest's environment (repeatable)"},
    {"-L", NULL, "PATH", set_prefix, true,
     "look up the interpreter and absolute paths under PATH first"},
    {"-0", NULL, "ARGV0", set_argv0, false, "pass ARGV0 to the program as argv[0]"},
    {"--stats", NULL, NULL, set_stats, true, "print translation statistics at exit"},
    {"--cache-size", NULL, "SIZE", set_cache_size, true,
     "the code cache's most (K, M, G; default 512M); a full one is flushed"},
    {"--no-follow-exec", NULL, NULL, set_no_follow_exec, true,
     "run the programs the guest executes natively"},
    {"--execfn", NULL, "NAME", set_execfn, false, "(internal) AT_EXECFN for an exec through an fd"},
    {"--seccomp-filters", NULL, "CODE", set_seccomp_filters, false,
     "(internal) the seccomp filters kept across an exec"},
    {"--log-append", NULL, NULL, set_log_append, false,
     "append to the -D file (what an exec'd program gets)"},
    {"-h", "--help", NULL, show_help, false, "show this help"},
    {"--version", NULL, NULL, show_version, false, "show the version"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: shunt [options] [--] program [args...]\n"
                 "Runs an x86-64 Linux program under dynamic binary translation.\n\n"
                 "options:\n");
    for (size_t i = 0; i < ARRAY_LEN(option_specs); i++) {
        const OptionSpec *spec = &option_specs[i];
        char left[64];
        snprintf(left, sizeof(left), "%s%s%s %s", spec->name, spec->alias ? ", " : "",
                 spec->alias ? spec->alias : "", spec->value ? spec->value : "");
        fprintf(out, "  %-18s %s\n", left, spec->help);
    }
}

static int show_help(Options *options, const char *value)
{
    (void)options;
    (void)value;
    usage(stdout);
    return 0;
}

static const OptionSpec *find_option(const char *arg)
{
    for (size_t i = 0; i < ARRAY_LEN(option_specs); i++) {
        const OptionSpec *spec = &option_specs[i];
        if (strcmp(arg, spec->name) == 0 || (spec->alias && strcmp(arg, spec->alias) == 0))
            return spec;
    }
    return NULL;
}

static int bad_command_line(const char *message, const char *arg)
{
    if (message)
        fprintf(stderr, "shunt: %s '%s'\n", message, arg);
    usage(stderr);
    return 2;
}

/* Parses options into `options`; returns the index of the program name,
 * or -1 with *status set when shunt should exit right away. */
static int parse_options(int argc, char **argv, Options *options, int *status)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        }
        const OptionSpec *spec = find_option(argv[i]);
        if (!spec || (spec->value && i + 1 >= argc)) {
            *status = bad_command_line(spec ? "missing value for" : "unknown option", argv[i]);
            return -1;
        }
        *status = spec->set(options, spec->value ? argv[++i] : NULL);
        if (*status != OPTION_GO_ON)
            return -1;
    }
    if (i >= argc) {
        *status = bad_command_line(NULL, NULL);
        return -1;
    }
    options->chaining = !(options->log_items & LOG_NOCHAIN);
    return i;
}

/* Shunt's own path and the options an exec'd program inherits, for
 * execve of the guest; its log goes on where this one's is. */
static void remember_self(Process *process, int argc_options, char **argv)
{
    char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
    path[n > 0 ? n : 0] = '\0';
    process->shunt_path = strdup(path);
    /* Room for --log-append and a --strace-shared a fork adds. */
    process->shunt_options = calloc((size_t)argc_options + 2, sizeof(char *));
    size_t k = 0;
    for (int i = 1; i < argc_options && strcmp(argv[i], "--") != 0; i++) {
        const OptionSpec *spec = find_option(argv[i]);
        if (spec->inherit)
            process->shunt_options[k++] = argv[i];
        if (spec->value && spec->inherit)
            process->shunt_options[k++] = argv[i + 1];
        i += spec->value != NULL;
    }
    if (process->options.log_file)
        process->shunt_options[k++] = "--log-append";
}

static int load_program(Process *process, const char *path)
{
    char err[512];
    LoadStatus status =
        loader_load_prefixed(path, process->options.prefix, &process->image, err, sizeof(err));
    if (status != LOAD_OK)
        fprintf(stderr, "shunt: %s\n", err);
    return (int)status;
}

/* The index of `name`'s entry in env (`len` bytes of name, up to '=' or
 * the end), or -1. */
static ssize_t env_find(char **env, size_t count, const char *name)
{
    size_t len = strcspn(name, "=");
    for (size_t i = 0; i < count; i++)
        if (strncmp(env[i], name, len) == 0 && env[i][len] == '=')
            return (ssize_t)i;
    return -1;
}

/* Shunt's environment with -E and -U applied in order: -E replaces a
 * variable where it stands or adds it at the end (as setenv does), -U
 * removes it. */
static char **guest_environment(const Options *options)
{
    size_t count = 0;
    while (environ[count])
        count++;
    char **env = calloc(count + options->env_edit_count + 1, sizeof(char *));
    if (!env)
        return NULL;
    memcpy(env, environ, count * sizeof(char *));
    for (size_t e = 0; e < options->env_edit_count; e++) {
        const char *edit = options->env_edits[e];
        ssize_t at = env_find(env, count, edit);
        if (strchr(edit, '=') && at >= 0)
            env[at] = (char *)edit;
        else if (strchr(edit, '='))
            env[count++] = (char *)edit;
        for (; !strchr(edit, '=') && at >= 0; at = env_find(env, count, edit)) {
            memmove(&env[at], &env[at + 1], (count - (size_t)at) * sizeof(char *));
            count--; /* unsetenv removes every entry of the name */
        }
    }
    return env;
}

/* `execfn` is the path the program was started by (a script's, not its
 * interpreter's): AT_EXECFN and the process name come from it, as the
 * kernel takes them from the file execve was given; an execveat through
 * an fd gives AT_EXECFN as "/dev/fd/N..." apart (--execfn). */
static Thread *set_up(Process *process, const OsProgram *program, const char *path)
{
    const Options *options = &process->options;
    const char *execfn = options->execfn ? options->execfn : path;
    process->log = log_open(options->log_file, options->log_items, options->log_append);
    if (!process->log) {
        fprintf(stderr, "shunt: cannot open log file %s\n", options->log_file);
        return NULL;
    }
    char **env = guest_environment(options);
    if (!env || !loader_build_stack(&process->image, program->argc, program->argv, env, execfn,
                                    &process->stack)) {
        fprintf(stderr, "shunt: cannot map the guest stack\n");
        return NULL;
    }
    process->cache =
        cache_create(process->image.image_start, process->image.image_end,
                     process->options.cache_size ? process->options.cache_size : CACHE_MAX_SIZE);
    process->scan_buffer = malloc(sizeof(ScannedBlock));
    dispatch_register_membarrier(process);
    Thread *thread = dispatch_thread_new(process);
    if (!process->cache || !process->scan_buffer || !thread) {
        fprintf(stderr, "shunt: out of memory setting up the translator\n");
        return NULL;
    }
    os_init(thread);
    if (process->options.seccomp_filters &&
        !os_seccomp_restore(thread, process->options.seccomp_filters)) {
        fprintf(stderr, "shunt: --seccomp-filters: malformed\n");
        return NULL;
    }
    /* The name ps and /proc/self/stat show: the guest's, like execve. */
    const char *base = strrchr(path, '/');
    prctl(PR_SET_NAME, base ? base + 1 : path, 0, 0, 0);
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
    os_env_unescape(environ);
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
    dispatch_thread_first(thread);
    dispatch_run(thread);
}
