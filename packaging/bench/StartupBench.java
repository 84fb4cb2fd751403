import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up and memory benchmark: starts each command in turn (round-robin, so a busy moment on the machine hits
 * every candidate alike), N times, and reports medians.
 *
 * <p>Usage: {@code java StartupBench.java [--runs N] [--settle-ms MS] GROUP:NAME=COMMAND ...}. Each command runs
 * through {@code /bin/sh -c "exec COMMAND"} (so its pid is the JVM's) with {@code JAVA_TOOL_OPTIONS} asking it to
 * print {@code first-frame-ms N} at its first frame and exit; a fresh {@code ATHENA_WIZARD_HOME} per run makes every
 * start a new user's first start. Measured per run:
 * <ul>
 *   <li>launch→frame: wall clock from exec to the first-frame line on its stdout (what a user waits for);
 *   <li>jvm→frame: what the program itself reports, from JVM start (misses the launcher and JVM boot);
 *   <li>RSS at first frame: VmRSS of the process, read from /proc as soon as the line arrives.
 * </ul>
 * With {@code --settle-ms MS} > 0, each command is also started three more times without the exit request: its
 * window is awaited (xdotool, same display), then after MS the VmRSS is read (median reported) and it is stopped.
 * Within a GROUP the first command is the baseline; the others are reported as a multiple of it.
 */
public final class StartupBench {
    private static final String PROPERTY = "-Dathena-wizard.measure-startup=true";
    private static final int SETTLED_RUNS = 3;

    record Candidate(String group, String name, String command) {
        String label() {
            return group + ":" + name;
        }
    }

    record Sample(long wallMs, long jvmMs, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        long settleMs = 0;
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--settle-ms" -> settleMs = Long.parseLong(args[++i]);
                default -> candidates.add(parse(args[i]));
            }
        }
        if (candidates.isEmpty()) {
            System.err.println("usage: java StartupBench.java [--runs N] [--settle-ms MS] GROUP:NAME=COMMAND ...");
            System.exit(2);
        }
        Map<Candidate, List<Sample>> samples = new LinkedHashMap<>();
        candidates.forEach(c -> samples.put(c, new ArrayList<>()));
        StringBuilder warmUp = new StringBuilder("warm-up (not counted; a launcher may write its CDS archive here):");
        for (Candidate c : candidates) {
            warmUp.append(String.format(Locale.ROOT, "  %s %d ms", c.label(), measure(c).wallMs()));
        }
        System.err.println(warmUp);
        for (int run = 1; run <= runs; run++) {
            StringBuilder line = new StringBuilder("run " + run + ":");
            for (Candidate c : candidates) {
                Sample s = measure(c);
                samples.get(c).add(s);
                line.append(String.format(Locale.ROOT, "  %s %d ms", c.label(), s.wallMs()));
            }
            System.err.println(line);
        }
        Map<Candidate, Long> settled = new LinkedHashMap<>();
        if (settleMs > 0) {
            for (Candidate c : candidates) {
                long[] rss = new long[SETTLED_RUNS];
                for (int i = 0; i < rss.length; i++) {
                    rss[i] = settledRss(c, settleMs);
                }
                java.util.Arrays.sort(rss);
                settled.put(c, rss[rss.length / 2]);
            }
        }
        report(samples, settled, runs, settleMs);
    }

    private static Candidate parse(String arg) {
        int eq = arg.indexOf('=');
        int colon = arg.indexOf(':');
        if (eq < 0 || colon < 0 || colon > eq) {
            throw new IllegalArgumentException("expected GROUP:NAME=COMMAND, got " + arg);
        }
        return new Candidate(arg.substring(0, colon), arg.substring(colon + 1, eq), arg.substring(eq + 1));
    }

    private static Process start(Candidate c, boolean exitAtFirstFrame) throws IOException {
        Path home = Files.createTempDirectory("startup-bench-home");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "exec " + c.command());
        pb.environment().put("ATHENA_WIZARD_HOME", home.toString());
        if (exitAtFirstFrame) {
            pb.environment().put("JAVA_TOOL_OPTIONS", PROPERTY);
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.onExit().thenRun(() -> deleteQuietly(home));
        return p;
    }

    private static Sample measure(Candidate c) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(c, true);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("first-frame-ms ")) {
                    long wall = (System.nanoTime() - t0) / 1_000_000;
                    long rss = rssKb(p.pid());
                    long jvm = Long.parseLong(line.substring("first-frame-ms ".length()).trim());
                    finish(p);
                    return new Sample(wall, jvm, rss);
                }
            }
        }
        finish(p);
        throw new IllegalStateException(c.label() + " exited with " + p.exitValue()
                + " before printing first-frame-ms; run it by hand to see why: " + c.command());
    }

    private static long settledRss(Candidate c, long settleMs) throws Exception {
        Process p = start(c, false);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!windowShown(p.toHandle())) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(c.label() + " showed no window");
                }
                Thread.sleep(50);
            }
            Thread.sleep(settleMs);
            return rssKb(p.pid());
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            finish(p);
        }
    }

    /** Whether the process, or one it started, has a visible window. */
    private static boolean windowShown(ProcessHandle process) throws Exception {
        for (ProcessHandle p : Stream.concat(Stream.of(process), process.descendants()).toList()) {
            Process x = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", Long.toString(p.pid()))
                    .redirectErrorStream(true).start();
            String out = new String(x.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (x.waitFor() == 0 && !out.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Resident memory of the process and its descendants (plain {@code java -jar} opens the window in a child). */
    private static long rssKb(long pid) {
        long own = processRssKb(pid);
        if (own < 0) {
            return -1;
        }
        return own + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(p -> Math.max(0, processRssKb(p.pid()))).sum();
    }

    private static long processRssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void finish(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
    }

    private static void report(Map<Candidate, List<Sample>> samples, Map<Candidate, Long> settled, int runs,
            long settleMs) {
        System.out.printf(Locale.ROOT, "%nStart-up, %d runs each, round-robin; medians (min–max) in ms%n", runs);
        String header = String.format(Locale.ROOT, "%-26s %22s %8s %12s %16s", "command", "launch→frame",
                "× base", "jvm→frame", "RSS@frame MB");
        if (!settled.isEmpty()) {
            header += String.format(Locale.ROOT, " %16s", "RSS+" + settleMs / 1000.0 + "s MB");
        }
        System.out.println(header);
        Map<String, Long> baseline = new LinkedHashMap<>();
        for (var e : samples.entrySet()) {
            Candidate c = e.getKey();
            List<Sample> s = e.getValue();
            long wall = median(s, Sample::wallMs);
            baseline.putIfAbsent(c.group(), wall);
            String row = String.format(Locale.ROOT, "%-26s %9d (%5d–%5d) %7.2f× %12d %16.0f", c.label(), wall,
                    s.stream().mapToLong(Sample::wallMs).min().orElse(0),
                    s.stream().mapToLong(Sample::wallMs).max().orElse(0),
                    (double) wall / baseline.get(c.group()), median(s, Sample::jvmMs),
                    median(s, Sample::rssKb) / 1024.0);
            if (!settled.isEmpty()) {
                row += String.format(Locale.ROOT, " %16.0f", settled.get(c) / 1024.0);
            }
            System.out.println(row);
        }
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> f) {
        long[] v = samples.stream().mapToLong(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
