import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

// Exercises the JVM's JIT compilers (tiered C1/C2, on-stack replacement,
// deoptimization), the signals HotSpot relies on (implicit null checks,
// division by zero, stack banging into the guard pages), its threads and
// its garbage collector; prints results that depend only on the input.
public class Prog {
    interface Shape { double area(); }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    record Square(double s) implements Shape { public double area() { return s * s; } }

    static int depth = 0;
    static void recurse() { depth++; recurse(); }

    static long collatz(long n) { long steps = 0; while (n != 1) { n = (n & 1) == 0 ? n / 2 : 3 * n + 1; steps++; } return steps; }

    static int divide(int a, int b) { return a / b; }

    static int length(String s) { return s.length(); }

    public static void main(String[] args) throws Exception {
        // Hot loops: compiled by C1 then C2, entered by on-stack replacement.
        long best = 0, arg = 0;
        for (long i = 1; i < 300000; i++) { long c = collatz(i); if (c > best) { best = c; arg = i; } }
        System.out.println("collatz " + arg + " " + best);

        // A megamorphic call site that becomes monomorphic then changes (deoptimization).
        Shape[] shapes = new Shape[1000];
        for (int i = 0; i < shapes.length; i++) shapes[i] = new Circle(i % 10);
        double total = 0;
        for (int round = 0; round < 200; round++) for (Shape s : shapes) total += s.area();
        for (int i = 0; i < shapes.length; i += 2) shapes[i] = new Square(i % 7);
        for (int round = 0; round < 200; round++) for (Shape s : shapes) total += s.area();
        System.out.printf("area %.3f%n", total);

        // Implicit exceptions: a null dereference and an integer division by zero in
        // compiled code are faults HotSpot's signal handler turns into exceptions.
        int npes = 0, divs = 0;
        for (int i = 0; i < 20000; i++) {
            try { length(i % 1000 == 0 ? null : "abc"); } catch (NullPointerException e) { npes++; }
            try { divide(i, i % 997 == 0 ? 0 : 3); } catch (ArithmeticException e) { divs++; }
        }
        System.out.println("npe " + npes + " div0 " + divs);

        // Stack overflow: the guard pages fault, the handler throws.
        try { recurse(); } catch (StackOverflowError e) { System.out.println("stack overflow caught " + (depth > 1000)); }

        // Threads, locks, atomics, a pool.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicLong counter = new AtomicLong();
        Object lock = new Object();
        long[] guarded = new long[1];
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            final int id = t;
            futures.add(pool.submit(() -> {
                long local = 0;
                for (int i = 0; i < 200000; i++) { counter.incrementAndGet(); local += i ^ id; if ((i & 255) == 0) synchronized (lock) { guarded[0]++; } }
                return local;
            }));
        }
        long sum = 0;
        for (Future<Long> f : futures) sum += f.get();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("threads " + counter.get() + " " + guarded[0] + " " + sum);

        // The garbage collector: lots of short-lived objects, some kept.
        List<int[]> kept = new ArrayList<>();
        long checksum = 0;
        for (int i = 0; i < 2000000; i++) {
            int[] a = new int[16 + (i % 64)];
            a[0] = i;
            checksum += a.length;
            if (i % 1000 == 0) kept.add(a);
        }
        System.out.println("gc " + checksum + " " + kept.size() + " " + kept.get(kept.size() - 1)[0]);

        // Strings, collections, streams and lambdas (invokedynamic).
        Map<String, Integer> words = new TreeMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50000; i++) text.append("w").append(i * 7919 % 503).append(' ');
        for (String w : text.toString().split(" ")) words.merge(w, 1, Integer::sum);
        String top = words.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(3).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        System.out.println("words " + words.size() + " " + top);
        System.out.println("parallel " + IntStream.range(0, 1000000).parallel().filter(x -> x % 3 == 0).asLongStream().sum());
        System.out.println("hash " + Arrays.hashCode(new java.math.BigInteger("2").pow(4000).toByteArray()));
    }
}
