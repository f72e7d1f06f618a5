# Python: json, re, hashlib, zlib, decimal, subprocess, classes, generators.
import decimal, hashlib, json, re, subprocess, sys, zlib
from fractions import Fraction

class Shape:
    def __init__(self, name): self.name = name
    def area(self): raise NotImplementedError
    def __repr__(self): return f"{type(self).__name__}({self.name!r}, {self.area():.4f})"
class Rect(Shape):
    def __init__(self, w, h): super().__init__("rect"); self.w, self.h = w, h
    def area(self): return self.w * self.h
class Circle(Shape):
    def __init__(self, r): super().__init__("circle"); self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

def main():
    shapes = sorted([Rect(3, 4), Circle(1.5), Rect(0.5, 9), Circle(2)], key=lambda s: s.area())
    print(shapes)
    g = primes()
    print([next(g) for _ in range(30)], sum(p for p, _ in zip(primes(), range(2000))))
    text = open(sys.argv[1]).read()
    words = re.findall(r"\b([a-z]+)\s+(\d+)\b", text)
    print(len(words), words[:3])
    print(re.sub(r"(\d+)\.(\d+)", r"<\2.\1>", text[:300]))
    doc = {"n": len(text), "lines": text.count("\n"), "nested": {"list": [1, 2.5, None, True, "é"]}}
    s = json.dumps(doc, sort_keys=True, indent=1)
    print(s, json.loads(s) == doc)
    data = open(sys.argv[2], "rb").read()
    for h in ("md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"):
        print(h, hashlib.new(h, data).hexdigest())
    z = zlib.compress(data + text.encode(), 9)
    print(len(z), zlib.crc32(z), zlib.decompress(z) == data + text.encode())
    decimal.getcontext().prec = 60
    print(decimal.Decimal(2).sqrt(), decimal.Decimal(1) / decimal.Decimal(7))
    print(Fraction(355, 113) - Fraction(22, 7), 2 ** 200 % 1000000007, 1e300 * 1e10, 0.1 + 0.2)
    r = subprocess.run(["sort", "-r"], input="b\na\nc\n", capture_output=True, text=True)
    print(repr(r.stdout), r.returncode)
    r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(5)", "x"],
                       capture_output=True, text=True)
    print(repr(r.stdout), r.returncode)
    print(subprocess.check_output("echo $((40 + 2)) | tr 4 X", shell=True).decode().strip())
    d = {w: i for i, (w, _) in enumerate(words[:50])}
    print(sorted(d.items())[:5], {1, 5, 3} | {2}, [x * x for x in range(10) if x % 3])

main()
