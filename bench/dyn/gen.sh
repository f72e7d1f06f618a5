# Generates bench/run's inputs for the dynamic workloads in the current
# directory: SQL with 200k inserts in one transaction, and a large C file for
# gcc's cc1 (many small functions the optimizer works on).
awk 'BEGIN { print "CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, s TEXT);"; print "BEGIN;";
    x = 1; for (i = 0; i < 200000; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "INSERT INTO t(k, s) VALUES(%d, \x27w%d\x27);\n", x % 1000, x % 77777 }
    print "COMMIT;"; print "CREATE INDEX tk ON t(k);";
    print "SELECT k, COUNT(*), MAX(s) FROM t GROUP BY k ORDER BY 2 DESC LIMIT 3;";
    print "SELECT COUNT(*) FROM t a JOIN t b ON a.id = b.k WHERE a.s < b.s;" }' >bench.sql
awk 'BEGIN {
    for (i = 0; i < 400; i++) {
        printf "struct s%d { int a[%d]; double d; };\n", i, i % 13 + 1
        printf "int f%d(struct s%d *p, int n) { int r = %d; for (int i = 0; i < n; i++) { r += p->a[i %% %d] * (i ^ %d); if (r > %d) r -= p->d; } switch (n & 7) { case 0: r++; break; case 3: r *= 3; break; default: r ^= n; } return r + (n ? f%d(p, n - 1) : 0); }\n", i, i, i, i % 13 + 1, i, i * 1000, i
    } }' >big.c
