/* Pointer chasing and malloc: a chained hash table of strings, linked lists. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct Node { struct Node *next; unsigned long count; char key[24]; } Node;
int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 5000000;
    enum { B = 1 << 16 };
    Node **tab = calloc(B, sizeof *tab);
    unsigned long x = 1, distinct = 0;
    char k[24];
    for (long i = 0; i < n; i++) {
        x = x * 6364136223846793005ul + 1442695040888963407ul;
        snprintf(k, sizeof k, "k%lu", (x >> 33) % 500000);
        unsigned long h = 5381;
        for (char *p = k; *p; p++) h = h * 33 + *p;
        Node **pp = &tab[h % B];
        while (*pp && strcmp((*pp)->key, k)) pp = &(*pp)->next;
        if (!*pp) { *pp = calloc(1, sizeof **pp); strcpy((*pp)->key, k); distinct++; }
        (*pp)->count++;
    }
    unsigned long maxc = 0;
    for (int i = 0; i < B; i++) for (Node *p = tab[i]; p; p = p->next) if (p->count > maxc) maxc = p->count;
    printf("%lu distinct, max count %lu\n", distinct, maxc);
    return 0;
}
