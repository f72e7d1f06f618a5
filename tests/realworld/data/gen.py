# Generates the suite's inputs in the current directory, deterministically
# (fixed seeds, an LCG for the big file), natively before any case runs.
import os, random

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()

def text(path, n, rnd):
    with open(path, "w") as f:
        for i in range(1, n + 1):
            f.write("%d %s %s %d %.3f line%d\n" % (i, rnd.choice(WORDS), rnd.choice(WORDS),
                    rnd.randrange(100000), rnd.random() * 1000, i % 977))

def big(path, n, seed=12345):
    x = seed
    with open(path, "w") as f:
        for i in range(n):
            x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
            f.write("%s %d %s\n" % (WORDS[x >> 60 & 7], x >> 40, format(x & 0xffffff, "06x")))

def sql(path, n, rnd):
    with open(path, "w") as f:
        f.write("CREATE TABLE cats(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n")
        f.write("CREATE TABLE items(id INTEGER PRIMARY KEY, cat INTEGER REFERENCES cats(id),"
                " name TEXT, qty INTEGER, price REAL);\n")
        for i, w in enumerate(WORDS[:8]):
            f.write("INSERT INTO cats VALUES(%d, '%s');\n" % (i, w))
        f.write("BEGIN;\n")
        for i in range(1, n + 1):
            f.write("INSERT INTO items(cat, name, qty, price) VALUES(%d, '%s-%d', %d, %.2f);\n"
                    % (rnd.randrange(9), rnd.choice(WORDS), i, rnd.randrange(1000), rnd.random() * 100))
        f.write("COMMIT;\n")

def tree():
    for a in "1234":
        for b in "xyz":
            d = "tree/d%s/s%s" % (a, b)
            os.makedirs(d)
            for c in "123":
                with open("%s/f%s.txt" % (d, c), "w") as f:
                    f.write((a + b + c + "\n") * int(a + c))
    os.symlink("../d1", "tree/d2/link")

rnd = random.Random(42)
text("text.txt", 50000, rnd)
big("big.txt", 1000000)
big("big2m.txt", 2000000, seed=67890)
with open("bin.dat", "wb") as f:
    f.write(rnd.randbytes(2 << 20))
sql("load.sql", 100000, rnd)
tree()
