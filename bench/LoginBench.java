import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load generator for an OAuth2 token endpoint (password grant). JDK only.
 *
 * <pre>
 * java bench/LoginBench.java URL LABEL FORM_BODY [CONCURRENCY=8] [WARMUP_S=10] [MEASURE_S=20]
 *                            [MAX_REQUESTS=2000000] [MAX_ERRORS=200]
 * </pre>
 *
 * CONCURRENCY threads each loop "POST, wait for the answer, POST again" over one shared HTTP/1.1
 * HttpClient. The first WARMUP_S seconds are discarded; requests that complete during the next
 * MEASURE_S seconds are counted. A response counts as success only if it is 200 and carries an
 * access_token; anything else (other status, missing token, I/O error, timeout) is an error.
 *
 * <p>Always stops by itself: at the end of the measured phase, after MAX_REQUESTS requests
 * (warm-up included), or after MAX_ERRORS errors (the run is then reported as ABORTED). Each
 * request has a timeout, and the whole run a hard deadline.
 *
 * <p>Prints exactly one line on stdout, key=value separated by spaces:
 * {@code label=.. requests=.. rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. errors=.. warmup_errors=.. status=OK|ERRORS|ABORTED}.
 * Diagnostics (first error samples) go to stderr. Exit code 0 if status=OK, 1 otherwise, 2 on bad usage.
 */
public final class LoginBench {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ERROR_SAMPLES = 5;

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 8) {
            System.err.println("usage: java LoginBench.java URL LABEL FORM_BODY [CONCURRENCY=8] [WARMUP_S=10] [MEASURE_S=20] [MAX_REQUESTS=2000000] [MAX_ERRORS=200]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String label = args[1];
        String body = args[2];
        int concurrency = intArg(args, 3, 8, 1, 512);
        int warmupS = intArg(args, 4, 10, 0, 3600);
        int measureS = intArg(args, 5, 20, 1, 3600);
        long maxRequests = intArg(args, 6, 2_000_000, 1, Integer.MAX_VALUE);
        int maxErrors = intArg(args, 7, 200, 1, Integer.MAX_VALUE);

        String host = uri.getHost();
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || host == null) {
            fail("URL must be http(s)://host:port/...: " + uri);
        }
        if (!isLoopback(host)) {
            fail("refusing target " + host + ": only loopback addresses (127.0.0.0/8, [::1], localhost) are allowed");
        }

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        long start = System.nanoTime();
        long measureStart = start + Duration.ofSeconds(warmupS).toNanos();
        long measureEnd = measureStart + Duration.ofSeconds(measureS).toNanos();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong started = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger warmupErrors = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        Worker[] workers = new Worker[concurrency];
        Thread[] threads = new Thread[concurrency];
        for (int i = 0; i < concurrency; i++) {
            Worker worker = new Worker(client, request, measureStart, measureEnd, maxRequests, maxErrors,
                    stop, started, errors, warmupErrors, errorSamples);
            workers[i] = worker;
            threads[i] = new Thread(worker, "bench-" + label + "-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }

        // Hard deadline: the phases, plus one request timeout for the last in-flight requests, plus slack.
        long deadline = measureEnd + REQUEST_TIMEOUT.toNanos() + Duration.ofSeconds(5).toNanos();
        for (Thread thread : threads) {
            long leftMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(leftMs);
        }
        stop.set(true);
        boolean hung = false;
        for (Thread thread : threads) {
            hung |= thread.isAlive();
        }

        long total = 0;
        for (Worker worker : workers) {
            total += worker.count;
        }
        long[] latencies = new long[(int) Math.min(Integer.MAX_VALUE - 8, total)];
        int n = 0;
        for (Worker worker : workers) {
            int copy = (int) Math.min(worker.count, latencies.length - n);
            System.arraycopy(worker.latencies, 0, latencies, n, copy);
            n += copy;
        }
        Arrays.sort(latencies, 0, n);

        double measuredSeconds = measureS;
        int errorCount = errors.get();
        int warmupErrorCount = warmupErrors.get();
        boolean tooManyErrors = errorCount + warmupErrorCount >= maxErrors;
        boolean tooManyRequests = started.get() > maxRequests;
        boolean aborted = tooManyErrors || tooManyRequests || hung;
        String status = aborted ? "ABORTED" : (errorCount + warmupErrorCount > 0 ? "ERRORS" : "OK");
        if (tooManyRequests) {
            System.err.println("[" + label + "] stopped early: reached MAX_REQUESTS=" + maxRequests);
        }
        if (tooManyErrors) {
            System.err.println("[" + label + "] stopped early: reached MAX_ERRORS=" + maxErrors);
        }
        if (hung) {
            System.err.println("[" + label + "] stopped at the hard deadline with requests still in flight");
        }
        for (String sample : errorSamples) {
            System.err.println("[" + label + "] error sample: " + sample);
        }

        System.out.println(String.format(Locale.ROOT,
                "label=%s requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d warmup_errors=%d status=%s",
                label, n, n / measuredSeconds,
                ms(percentile(latencies, n, 50)), ms(percentile(latencies, n, 90)), ms(percentile(latencies, n, 99)),
                ms(n == 0 ? 0 : latencies[n - 1]), errorCount, warmupErrorCount, status));
        System.out.flush();
        // Daemon worker threads and the HttpClient's threads must not keep us alive.
        System.exit("OK".equals(status) ? 0 : 1);
    }

    private static final class Worker implements Runnable {
        private final HttpClient client;
        private final HttpRequest request;
        private final long measureStart;
        private final long measureEnd;
        private final long maxRequests;
        private final int maxErrors;
        private final AtomicBoolean stop;
        private final AtomicLong started;
        private final AtomicInteger errors;
        private final AtomicInteger warmupErrors;
        private final ConcurrentLinkedQueue<String> errorSamples;
        volatile long[] latencies = new long[4096];
        volatile int count;

        Worker(HttpClient client, HttpRequest request, long measureStart, long measureEnd, long maxRequests, int maxErrors,
               AtomicBoolean stop, AtomicLong started, AtomicInteger errors, AtomicInteger warmupErrors,
               ConcurrentLinkedQueue<String> errorSamples) {
            this.client = client;
            this.request = request;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.maxRequests = maxRequests;
            this.maxErrors = maxErrors;
            this.stop = stop;
            this.started = started;
            this.errors = errors;
            this.warmupErrors = warmupErrors;
            this.errorSamples = errorSamples;
        }

        @Override
        public void run() {
            long[] local = latencies;
            int c = 0;
            while (!stop.get() && System.nanoTime() < measureEnd) {
                if (started.incrementAndGet() > maxRequests) {
                    stop.set(true);
                    break;
                }
                long t0 = System.nanoTime();
                String error;
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    error = check(response);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception e) {
                    error = describe(e);
                }
                long t1 = System.nanoTime();
                boolean measured = t1 >= measureStart && t1 < measureEnd;
                if (error != null) {
                    int total = (measured ? errors.incrementAndGet() + warmupErrors.get() : warmupErrors.incrementAndGet() + errors.get());
                    if (errorSamples.size() < MAX_ERROR_SAMPLES) {
                        errorSamples.add((measured ? "" : "(warm-up) ") + error);
                    }
                    if (total >= maxErrors) {
                        stop.set(true);
                    }
                } else if (measured) {
                    if (c == local.length) {
                        local = Arrays.copyOf(local, local.length * 2);
                    }
                    local[c++] = t1 - t0;
                }
            }
            latencies = local;
            count = c;
        }

        private static String check(HttpResponse<String> response) {
            String body = response.body();
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode() + ": " + abbreviate(body);
            }
            if (body == null || !body.contains("\"access_token\":\"")) {
                return "HTTP 200 without access_token: " + abbreviate(body);
            }
            return null;
        }
    }

    /** Literal loopback IPs and "localhost" only; no name is ever sent to DNS. */
    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+") && !literal.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress(); // a literal: parsed, not resolved
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                text.append(" <- ").append(t.getClass().getName());
            }
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }

    private static long percentile(long[] sorted, int n, int p) {
        if (n == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * n); // nearest-rank
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "<no body>";
        }
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static int intArg(String[] args, int index, int dflt, int min, int max) {
        if (args.length <= index || args[index].isBlank()) {
            return dflt;
        }
        try {
            int value = Integer.parseInt(args[index].trim());
            if (value < min || value > max) {
                fail("argument " + (index + 1) + " must be in [" + min + ", " + max + "]: " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            fail("argument " + (index + 1) + " is not an integer: " + args[index]);
            return dflt;
        }
    }

    private static void fail(String message) {
        System.err.println("LoginBench: " + message);
        System.exit(2);
    }

    private LoginBench() {
    }
}
