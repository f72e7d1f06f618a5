/* A tiny JIT: arithmetic expressions over 64-bit integers (+ - * / %,
 * parentheses, the variable x) are parsed into a tree, compiled to x86-64
 * code (a stack machine on rax/rcx and push/pop) and run for many x; every
 * result is compared with an interpreter of the same tree. All the
 * expressions are compiled one after another into the SAME buffer, so the
 * code at one address keeps changing (sometimes only an immediate, as from
 * `x + 1` to `x + 2`): Shunt must drop the old translation each time.
 * Two styles, as JITs do it: an RWX buffer written in place, and W^X (RW
 * while writing, mprotect RX to run, RW again to rewrite).
 * Division by zero (and INT64_MIN / -1) in the compiled code must raise
 * SIGFPE FPE_INTDIV with si_addr at the JIT'd idiv, as natively: the
 * handler checks that, then siglongjmps out; the interpreter predicts
 * which x fault. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

enum { NUM, VAR, ADD, SUB, MUL, DIV, MOD };

typedef struct Node {
    int kind;
    int64_t value;
    struct Node *left, *right;
} Node;

/* ---- parser ---------------------------------------------------------- */

static const char *src;

static Node *node(int kind, int64_t value, Node *left, Node *right)
{
    Node *n = malloc(sizeof(*n));
    *n = (Node){kind, value, left, right};
    return n;
}

static void skip_spaces(void)
{
    while (*src == ' ')
        src++;
}

static Node *parse_sum(void);

static Node *parse_atom(void)
{
    skip_spaces();
    if (*src == '(') {
        src++;
        Node *n = parse_sum();
        skip_spaces();
        if (*src++ != ')') {
            fprintf(stderr, "expected )\n");
            exit(2);
        }
        return n;
    }
    if (*src == 'x') {
        src++;
        return node(VAR, 0, NULL, NULL);
    }
    if (*src == '-') { /* a negative literal or a negated atom: 0 - atom */
        src++;
        return node(SUB, 0, node(NUM, 0, NULL, NULL), parse_atom());
    }
    if (*src >= '0' && *src <= '9') {
        char *end;
        int64_t v = strtoll(src, &end, 10);
        src = end;
        return node(NUM, v, NULL, NULL);
    }
    fprintf(stderr, "bad expression at '%s'\n", src);
    exit(2);
}

static Node *parse_product(void)
{
    Node *n = parse_atom();
    for (;;) {
        skip_spaces();
        int kind = *src == '*' ? MUL : *src == '/' ? DIV : *src == '%' ? MOD : -1;
        if (kind < 0)
            return n;
        src++;
        n = node(kind, 0, n, parse_atom());
    }
}

static Node *parse_sum(void)
{
    Node *n = parse_product();
    for (;;) {
        skip_spaces();
        int kind = *src == '+' ? ADD : *src == '-' ? SUB : -1;
        if (kind < 0)
            return n;
        src++;
        n = node(kind, 0, n, parse_product());
    }
}

static Node *parse(const char *text)
{
    src = text;
    Node *n = parse_sum();
    skip_spaces();
    if (*src) {
        fprintf(stderr, "trailing '%s'\n", src);
        exit(2);
    }
    return n;
}

static void free_tree(Node *n)
{
    if (n) {
        free_tree(n->left);
        free_tree(n->right);
        free(n);
    }
}

/* ---- interpreter: wrapping arithmetic, *fault set where idiv traps ---- */

static int64_t eval(const Node *n, int64_t x, int *fault)
{
    if (n->kind == NUM)
        return n->value;
    if (n->kind == VAR)
        return x;
    int64_t a = eval(n->left, x, fault);
    int64_t b = eval(n->right, x, fault);
    if (*fault)
        return 0;
    switch (n->kind) {
    case ADD: return (int64_t)((uint64_t)a + (uint64_t)b);
    case SUB: return (int64_t)((uint64_t)a - (uint64_t)b);
    case MUL: return (int64_t)((uint64_t)a * (uint64_t)b);
    default:
        if (b == 0 || (a == INT64_MIN && b == -1)) {
            *fault = 1;
            return 0;
        }
        return n->kind == DIV ? a / b : a % b;
    }
}

/* ---- compiler ----------------------------------------------------------
 * x arrives in rdi; each node leaves its value in rax. The left operand
 * waits on the machine stack while the right one is computed. */

typedef struct {
    uint8_t *code;
    size_t len;
    size_t idiv_at[64]; /* offsets of the idiv instructions */
    int idivs;
} Emitter;

static void emit(Emitter *e, const uint8_t *bytes, size_t n)
{
    memcpy(e->code + e->len, bytes, n);
    e->len += n;
}

static void compile_node(Emitter *e, const Node *n)
{
    switch (n->kind) {
    case NUM: {
        int64_t v = n->value;
        if (v == (int32_t)v) { /* mov rax, simm32 */
            int32_t v32 = (int32_t)v;
            emit(e, (const uint8_t[]){0x48, 0xC7, 0xC0}, 3);
            emit(e, (const uint8_t *)&v32, 4);
        } else { /* movabs rax, imm64 */
            emit(e, (const uint8_t[]){0x48, 0xB8}, 2);
            emit(e, (const uint8_t *)&v, 8);
        }
        return;
    }
    case VAR:
        emit(e, (const uint8_t[]){0x48, 0x89, 0xF8}, 3); /* mov rax, rdi */
        return;
    }
    compile_node(e, n->left);
    emit(e, (const uint8_t[]){0x50}, 1); /* push rax */
    compile_node(e, n->right);
    emit(e, (const uint8_t[]){0x48, 0x89, 0xC1, 0x58}, 4); /* mov rcx, rax; pop rax */
    switch (n->kind) {
    case ADD: emit(e, (const uint8_t[]){0x48, 0x01, 0xC8}, 3); break;       /* add rax, rcx */
    case SUB: emit(e, (const uint8_t[]){0x48, 0x29, 0xC8}, 3); break;       /* sub rax, rcx */
    case MUL: emit(e, (const uint8_t[]){0x48, 0x0F, 0xAF, 0xC1}, 4); break; /* imul rax, rcx */
    default:
        emit(e, (const uint8_t[]){0x48, 0x99}, 2); /* cqo */
        if (e->idivs < 64)
            e->idiv_at[e->idivs++] = e->len;
        emit(e, (const uint8_t[]){0x48, 0xF7, 0xF9}, 3); /* idiv rcx */
        if (n->kind == MOD)
            emit(e, (const uint8_t[]){0x48, 0x89, 0xD0}, 3); /* mov rax, rdx */
    }
}

static void compile(Emitter *e, uint8_t *buffer, const Node *tree)
{
    e->code = buffer;
    e->len = 0;
    e->idivs = 0;
    compile_node(e, tree);
    emit(e, (const uint8_t[]){0xC3}, 1); /* ret */
}

/* ---- SIGFPE ------------------------------------------------------------ */

static sigjmp_buf fpe_jump;
static const Emitter *current;
static volatile int fpe_bad; /* a fault not at one of our idivs, or not INTDIV */

static void on_fpe(int sig, siginfo_t *info, void *ctx)
{
    ucontext_t *uc = ctx;
    uintptr_t at = (uintptr_t)info->si_addr;
    int ok = info->si_code == FPE_INTDIV && (uintptr_t)uc->uc_mcontext.gregs[REG_RIP] == at;
    int found = 0;
    for (int i = 0; i < current->idivs; i++)
        found |= at == (uintptr_t)(current->code + current->idiv_at[i]);
    if (!ok || !found)
        fpe_bad++;
    (void)sig;
    siglongjmp(fpe_jump, 1);
}

/* ---- expressions -------------------------------------------------------- */

static const char *const fixed[] = {
    "x + 1",
    "x + 2", /* only the immediate differs from the one before */
    "x + 3",
    "x * x - 3 * x + 7",
    "(x + 5) * (x - 5) / 3",
    "100 / (x - 3)",       /* faults at x == 3 */
    "x % (x % 4)",         /* faults where x % 4 == 0 */
    "-x * 12345678901 + 987654321098 % (x * x + 1)",
    "((((x))))",
    "1000000007 * x * x * x % 1000003",
    "-9223372036854775807 - 1 + x * x", /* from INT64_MIN up: wraps nowhere */
    "(-9223372036854775807 - 1) / (x % 3 - 1)", /* divides by 0 where x % 3 == 1, INT64_MIN by -1 where x % 3 == 0 */
    "7",
};

static unsigned rng = 12345;
static int rnd(int n)
{
    rng = rng * 1103515245u + 12345u;
    return (int)((rng >> 16) % (unsigned)n);
}

/* A random expression as text, depth at most `depth`. */
static void random_expr(char *out, size_t size, int depth)
{
    int r = rnd(depth > 0 ? 10 : 3);
    if (r == 0)
        snprintf(out, size, "x");
    else if (r == 1)
        snprintf(out, size, "%d", rnd(20));
    else if (r == 2)
        snprintf(out, size, "%d", rnd(2000000) - 1000000);
    else {
        char a[512], b[512];
        random_expr(a, sizeof(a), depth - 1);
        random_expr(b, sizeof(b), depth - 1);
        snprintf(out, size, "(%s %c %s)", a, "+-*/%+-*"[rnd(8)], b);
    }
}

#define XS 64 /* x from -XS to XS - 1 */
#define RANDOM_EXPRS 40

typedef int64_t (*JitFn)(int64_t);

/* Compiles `text` into `buffer` (made writable first when wx), runs it for
 * every x; returns the number of wrong results and adds to the sums. */
static long run_expr(uint8_t *buffer, int wx, const char *text, int print, long *faults_total,
                     uint64_t *sum_total)
{
    Node *tree = parse(text);
    static Emitter e;
    if (wx && mprotect(buffer, 4096, PROT_READ | PROT_WRITE) != 0) {
        perror("mprotect RW");
        exit(1);
    }
    compile(&e, buffer, tree);
    if (wx && mprotect(buffer, 4096, PROT_READ | PROT_EXEC) != 0) {
        perror("mprotect RX");
        exit(1);
    }
    current = &e;
    JitFn volatile fn = (JitFn)buffer;
    volatile long wrong = 0, faults = 0; /* kept across siglongjmp */
    volatile uint64_t sum = 0;
    for (int64_t x = -XS; x < XS; x++) {
        int fault = 0;
        int64_t want = eval(tree, x, &fault);
        if (sigsetjmp(fpe_jump, 1) == 0) {
            int64_t got = fn(x);
            wrong += fault || got != want;
            sum = sum * 31 + (uint64_t)got;
        } else {
            faults++;
            wrong += !fault;
        }
    }
    if (print)
        printf("  %-50s sum %016llx, SIGFPE %ld, wrong %ld\n", text, (unsigned long long)sum,
               faults, wrong);
    *faults_total += faults;
    *sum_total = *sum_total * 7 + sum;
    free_tree(tree);
    return wrong;
}

static void run_style(const char *name, int wx)
{
    int prot = wx ? PROT_READ | PROT_WRITE : PROT_READ | PROT_WRITE | PROT_EXEC;
    uint8_t *buffer = mmap(NULL, 4096, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (buffer == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    printf("%s:\n", name);
    long wrong = 0, faults = 0;
    uint64_t sum = 0;
    for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
        wrong += run_expr(buffer, wx, fixed[i], 1, &faults, &sum);
    rng = 12345; /* the same random expressions in both styles */
    for (int i = 0; i < RANDOM_EXPRS; i++) {
        char text[2048];
        random_expr(text, sizeof(text), 4);
        wrong += run_expr(buffer, wx, text, 0, &faults, &sum);
    }
    /* And the fixed ones again, over what the random ones left there. */
    for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
        wrong += run_expr(buffer, wx, fixed[i], 0, &faults, &sum);
    printf("  all: sum %016llx, SIGFPE %ld, wrong %ld, bad SIGFPE %d\n", (unsigned long long)sum,
           faults, wrong, fpe_bad);
    munmap(buffer, 4096);
}

int main(void)
{
    alarm(20);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_fpe;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGFPE, &sa, NULL);
    run_style("RWX buffer", 0);
    run_style("W^X buffer", 1);
    return 0;
}
