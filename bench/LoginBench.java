import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Closed-loop load generator for an OAuth2 token endpoint (password grant). JDK only.
 *
 * <pre>
 * java bench/LoginBench.java URL LABEL FORM_BODY [CONCURRENCY=8] [WARMUP_S=10] [MEASURE_S=20]
 *                            [MAX_REQUESTS=2000000] [MAX_ERRORS=200]
 * java bench/LoginBench.java --phone-code URL LABEL FORM_BODY PHONES [CONCURRENCY=8] [WARMUP_S=10] [MEASURE_S=20]
 *                            [MAX_REQUESTS=2000000] [MAX_ERRORS=200]
 * </pre>
 *
 * CONCURRENCY threads each loop "POST, wait for the answer, POST again" over one shared HTTP/1.1
 * HttpClient. The first WARMUP_S seconds are discarded; requests that complete during the next
 * MEASURE_S seconds are counted. A response counts as success only if it is 200 and carries an
 * access_token; anything else (other status, missing token, I/O error, timeout) is an error.
 *
 * <p><b>--phone-code</b>: Authpack's phone + SMS code login. Codes are single use, so each "request"
 * is a cycle: POST {@code /realms/REALM/authpack/sms/send} {@code {"phone","scene":"login"}}, take the
 * code the realm's SMS gateway delivered, then POST URL with FORM_BODY + {@code &phone=..&code=..}.
 * The gateway is a sink inside this JVM (an HttpServer on 127.0.0.1, random port) that keeps the
 * latest code per phone. Before any load, this program points the realm's "Authpack SMS" settings at
 * its sink through the admin REST API (admin credentials from the environment variables
 * BENCH_ADMIN_USER and BENCH_ADMIN_PASSWORD, master realm, admin-cli), reads them back, and runs one
 * cycle as a check; the sink therefore exists before the realm names it, and the realm names it for
 * as long as this run lasts. PHONES is a comma-separated list of E.164 numbers, each the phone of
 * one user; thread i uses phones i, i+CONCURRENCY, i+2*CONCURRENCY, ... in turn, so no two threads
 * ever use one phone. Latency and throughput are those of the whole cycle; the line adds the
 * latency of the token request alone (login_*) and of sending plus receiving the code (send_*).
 *
 * <p>Always stops by itself: at the end of the measured phase, after MAX_REQUESTS requests
 * (warm-up included), or after MAX_ERRORS errors (the run is then reported as ABORTED). Each
 * request has a timeout, and the whole run a hard deadline.
 *
 * <p>Prints exactly one line on stdout, key=value separated by spaces:
 * {@code label=.. requests=.. rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. errors=.. warmup_errors=.. status=OK|ERRORS|ABORTED}
 * (--phone-code adds {@code login_p50_ms login_p90_ms login_p99_ms login_max_ms send_p50_ms send_p99_ms}
 * after max_ms). Diagnostics (first error samples) go to stderr. Exit code 0 if status=OK, 1 otherwise,
 * 2 on bad usage or when the --phone-code set-up or check fails (then nothing is printed on stdout).
 */
public final class LoginBench {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CODE_WAIT = Duration.ofSeconds(5);
    private static final int MAX_ERROR_SAMPLES = 5;
    private static final String PHONE_CODE_FLAG = "--phone-code";
    private static final String UI_PAGE_TYPE = "org.keycloak.services.ui.extend.UiPageProvider";
    private static final String SMS_PAGE_ID = "authpack-sms";

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            // Also stops the SMS sink, whose HttpServer dispatcher thread would keep the JVM alive.
            fail("unexpected failure: " + describe(e));
        }
    }

    private static void run(String[] args) throws Exception {
        boolean phoneMode = args.length > 0 && PHONE_CODE_FLAG.equals(args[0]);
        int p = phoneMode ? 1 : 0;                 // index of URL
        int q = p + (phoneMode ? 4 : 3);           // index of CONCURRENCY
        if (args.length < q || args.length > q + 5) {
            System.err.println("usage: java LoginBench.java URL LABEL FORM_BODY [CONCURRENCY=8] [WARMUP_S=10] [MEASURE_S=20] [MAX_REQUESTS=2000000] [MAX_ERRORS=200]");
            System.err.println("       java LoginBench.java --phone-code URL LABEL FORM_BODY PHONES [CONCURRENCY=8] [WARMUP_S=10] [MEASURE_S=20] [MAX_REQUESTS=2000000] [MAX_ERRORS=200]");
            System.exit(2);
        }
        URI uri = URI.create(args[p]);
        String label = args[p + 1];
        String body = args[p + 2];
        int concurrency = intArg(args, q, 8, 1, 512);
        int warmupS = intArg(args, q + 1, 10, 0, 3600);
        int measureS = intArg(args, q + 2, 20, 1, 3600);
        long maxRequests = intArg(args, q + 3, 2_000_000, 1, Integer.MAX_VALUE);
        int maxErrors = intArg(args, q + 4, 200, 1, Integer.MAX_VALUE);

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
        Op[] ops = new Op[concurrency];
        Duration maxOpTime;
        if (phoneMode) {
            List<String> phones = phones(args[p + 3], concurrency);
            PhoneCodeLogin phoneCode = null;
            try {
                phoneCode = PhoneCodeLogin.setUp(client, uri, body);
            } catch (Exception e) {
                fail("--phone-code set-up failed: " + describe(e)); // exits, the sink's threads with it
            }
            for (int i = 0; i < concurrency; i++) {
                List<String> own = new ArrayList<>();
                for (int j = i; j < phones.size(); j += concurrency) {
                    own.add(phones.get(j));
                }
                ops[i] = phoneCode.cyclingThrough(own);
            }
            // One cycle before the clock starts, so a broken set-up fails here with the server's answer.
            String error;
            try {
                error = phoneCode.cycle(phones.get(0), new Lap());
            } catch (Exception e) {
                error = describe(e);
            }
            if (error != null) {
                fail("check cycle with " + phones.get(0) + " failed: " + error);
            }
            maxOpTime = REQUEST_TIMEOUT.multipliedBy(2).plus(CODE_WAIT);
        } else {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            Op op = lap -> checkToken(client.send(request, HttpResponse.BodyHandlers.ofString()));
            Arrays.fill(ops, op);
            maxOpTime = REQUEST_TIMEOUT;
        }

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
            Worker worker = new Worker(ops[i], measureStart, measureEnd, maxRequests, maxErrors,
                    stop, started, errors, warmupErrors, errorSamples);
            workers[i] = worker;
            threads[i] = new Thread(worker, "bench-" + label + "-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }

        // Hard deadline: the phases, plus one request (cycle) timeout for the last in-flight ones, plus slack.
        long deadline = measureEnd + maxOpTime.toNanos() + Duration.ofSeconds(5).toNanos();
        for (Thread thread : threads) {
            long leftMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(leftMs);
        }
        stop.set(true);
        boolean hung = false;
        for (Thread thread : threads) {
            hung |= thread.isAlive();
        }

        // Workers publish their samples when they finish; a hung worker contributes nothing.
        Samples total = Samples.merge(workers, 0);
        Samples send = Samples.merge(workers, 1);
        Samples login = Samples.merge(workers, 2);
        int n = total.count;

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

        String parts = !phoneMode ? "" : String.format(Locale.ROOT,
                " login_p50_ms=%.2f login_p90_ms=%.2f login_p99_ms=%.2f login_max_ms=%.2f send_p50_ms=%.2f send_p99_ms=%.2f",
                ms(login.percentile(50)), ms(login.percentile(90)), ms(login.percentile(99)), ms(login.max()),
                ms(send.percentile(50)), ms(send.percentile(99)));
        System.out.println(String.format(Locale.ROOT,
                "label=%s requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%s errors=%d warmup_errors=%d status=%s",
                label, n, n / measuredSeconds,
                ms(total.percentile(50)), ms(total.percentile(90)), ms(total.percentile(99)), ms(total.max()),
                parts, errorCount, warmupErrorCount, status));
        System.out.flush();
        // Daemon worker threads, the HttpClient's and the sink's threads must not keep us alive.
        System.exit("OK".equals(status) ? 0 : 1);
    }

    /** One request (or phone-code cycle): null on success, else what went wrong. */
    private interface Op {
        String call(Lap lap) throws Exception;
    }

    /** Set by an op at the moment its login request starts, to split its latency in two. */
    private static final class Lap {
        boolean marked;
        long at;

        void mark() {
            marked = true;
            at = System.nanoTime();
        }
    }

    /** Latencies of one worker, nanoseconds; merged and sorted at the end. */
    private static final class Samples {
        long[] values = new long[4096];
        int count;

        void add(long value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[count++] = value;
        }

        static Samples merge(Worker[] workers, int which) {
            Samples all = new Samples();
            long size = 0;
            for (Worker worker : workers) {
                Samples[] result = worker.result;
                size += result == null ? 0 : result[which].count;
            }
            all.values = new long[(int) Math.min(Integer.MAX_VALUE - 8, size)];
            for (Worker worker : workers) {
                Samples[] result = worker.result;
                if (result != null) {
                    int copy = Math.min(result[which].count, all.values.length - all.count);
                    System.arraycopy(result[which].values, 0, all.values, all.count, copy);
                    all.count += copy;
                }
            }
            Arrays.sort(all.values, 0, all.count);
            return all;
        }

        long percentile(int p) {
            if (count == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * count); // nearest-rank
            return values[Math.max(0, Math.min(count - 1, rank - 1))];
        }

        long max() {
            return count == 0 ? 0 : values[count - 1];
        }
    }

    private static final class Worker implements Runnable {
        private final Op op;
        private final long measureStart;
        private final long measureEnd;
        private final long maxRequests;
        private final int maxErrors;
        private final AtomicBoolean stop;
        private final AtomicLong started;
        private final AtomicInteger errors;
        private final AtomicInteger warmupErrors;
        private final ConcurrentLinkedQueue<String> errorSamples;
        /** total, send part, login part; set when the worker is done. */
        volatile Samples[] result;

        Worker(Op op, long measureStart, long measureEnd, long maxRequests, int maxErrors,
               AtomicBoolean stop, AtomicLong started, AtomicInteger errors, AtomicInteger warmupErrors,
               ConcurrentLinkedQueue<String> errorSamples) {
            this.op = op;
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
            Samples total = new Samples();
            Samples send = new Samples();
            Samples login = new Samples();
            Lap lap = new Lap();
            while (!stop.get() && System.nanoTime() < measureEnd) {
                if (started.incrementAndGet() > maxRequests) {
                    stop.set(true);
                    break;
                }
                lap.marked = false;
                long t0 = System.nanoTime();
                String error;
                try {
                    error = op.call(lap);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception e) {
                    error = describe(e);
                }
                long t1 = System.nanoTime();
                boolean measured = t1 >= measureStart && t1 < measureEnd;
                if (error != null) {
                    int errorTotal = (measured ? errors.incrementAndGet() + warmupErrors.get() : warmupErrors.incrementAndGet() + errors.get());
                    if (errorSamples.size() < MAX_ERROR_SAMPLES) {
                        errorSamples.add((measured ? "" : "(warm-up) ") + error);
                    }
                    if (errorTotal >= maxErrors) {
                        stop.set(true);
                    }
                } else if (measured) {
                    total.add(t1 - t0);
                    if (lap.marked) {
                        send.add(lap.at - t0);
                        login.add(t1 - lap.at);
                    }
                }
            }
            result = new Samples[] {total, send, login};
        }
    }

    /** 200 with an access_token, or what the token endpoint answered instead. */
    private static String checkToken(HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode() + ": " + abbreviate(body);
        }
        if (body == null || !body.contains("\"access_token\":\"")) {
            return "HTTP 200 without access_token: " + abbreviate(body);
        }
        return null;
    }

    // ---- --phone-code ---------------------------------------------------------------------------

    /** Send code, take it from the sink, log in with it; plus the set-up that makes this possible. */
    private static final class PhoneCodeLogin {
        private final HttpClient client;
        private final URI tokenUri;
        private final URI sendUri;
        private final String loginBody;
        private final SmsSink sink;

        private PhoneCodeLogin(HttpClient client, URI tokenUri, URI sendUri, String loginBody, SmsSink sink) {
            this.client = client;
            this.tokenUri = tokenUri;
            this.sendUri = sendUri;
            this.loginBody = loginBody;
            this.sink = sink;
        }

        /** Starts the sink, then points the realm's SMS settings at it (in that order: no text can go astray). */
        static PhoneCodeLogin setUp(HttpClient client, URI tokenUri, String loginBody) throws Exception {
            Matcher m = Pattern.compile("^(.*)/realms/([^/?#]+)/protocol/openid-connect/token$").matcher(tokenUri.toString());
            if (!m.matches()) {
                fail("--phone-code needs the token endpoint as URL (.../realms/REALM/protocol/openid-connect/token): " + tokenUri);
            }
            String base = m.group(1);
            String realm = m.group(2);
            String adminUser = System.getenv("BENCH_ADMIN_USER");
            String adminPassword = System.getenv("BENCH_ADMIN_PASSWORD");
            if (adminUser == null || adminUser.isBlank() || adminPassword == null || adminPassword.isEmpty()) {
                fail("--phone-code configures the realm's SMS settings: set BENCH_ADMIN_USER and BENCH_ADMIN_PASSWORD (master realm admin)");
            }
            SmsSink sink = SmsSink.start();
            Admin admin = new Admin(client, base, realm, adminUser, adminPassword);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("sender", "http");
            settings.put("httpUrl", sink.url());
            settings.put("resendCooldownSeconds", "0");
            settings.put("perPhoneHourly", "10000");
            settings.put("perIpHourly", "1000000");
            settings.put("codeTtlSeconds", "300");
            admin.smsSettings(settings);
            return new PhoneCodeLogin(client, tokenUri, URI.create(base + "/realms/" + realm + "/authpack/sms/send"), loginBody, sink);
        }

        /** The op of one worker: its own phones, one after the other. */
        Op cyclingThrough(List<String> phones) {
            int[] next = {0};
            return lap -> {
                String phone = phones.get(next[0]);
                next[0] = (next[0] + 1) % phones.size();
                return cycle(phone, lap);
            };
        }

        String cycle(String phone, Lap lap) throws IOException, InterruptedException {
            sink.forget(phone); // a late text from an earlier, timed-out cycle must not be taken for this one
            HttpRequest send = HttpRequest.newBuilder(sendUri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("phone", phone, "scene", "login"))))
                    .build();
            HttpResponse<String> sent = client.send(send, HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() != 200 || !isCode200(sent.body())) {
                return "send code to " + phone + ": HTTP " + sent.statusCode() + ": " + abbreviate(sent.body());
            }
            // The gateway call happens inside the send request, so the code is normally there already.
            String code = sink.take(phone, CODE_WAIT);
            if (code == null) {
                return "send code to " + phone + " answered 200 but no text reached the sink within " + CODE_WAIT.toSeconds()
                        + " s (no user with this phoneNumber? the answer does not tell)";
            }
            lap.mark();
            HttpRequest login = HttpRequest.newBuilder(tokenUri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(loginBody
                            + "&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                            + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                    .build();
            String error = checkToken(client.send(login, HttpResponse.BodyHandlers.ofString()));
            return error == null ? null : "login " + phone + ": " + error;
        }

        private static boolean isCode200(String body) {
            try {
                return Json.parse(body) instanceof Map<?, ?> map && map.get("code") instanceof Number code && code.intValue() == 200;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    /**
     * The realm's SMS gateway, in this JVM: accepts the http sender's POST {"to","text","code","scene","locale"}
     * and keeps the latest code per phone until it is taken.
     */
    private static final class SmsSink {
        private final HttpServer server;
        private final Map<String, String> codes = new HashMap<>(); // guarded by this

        private SmsSink(HttpServer server) {
            this.server = server;
        }

        static SmsSink start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            SmsSink sink = new SmsSink(server);
            server.createContext("/sms", sink::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "sms-sink");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return sink;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (InputStream in = exchange.getRequestBody()) {
                int status = 405;
                if ("POST".equals(exchange.getRequestMethod())) {
                    status = 400; // the http sender reads 400 as "number refused": the send fails visibly
                    try {
                        if (Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)) instanceof Map<?, ?> text
                                && text.get("to") instanceof String to && text.get("code") instanceof String code && !code.isEmpty()) {
                            synchronized (this) {
                                codes.put(to, code);
                                notifyAll();
                            }
                            status = 200; // only after the code is stored: Keycloak answers the send after this
                        }
                    } catch (IllegalArgumentException e) {
                        // malformed JSON: 400
                    }
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        }

        synchronized void forget(String phone) {
            codes.remove(phone);
        }

        /** The code texted to {@code phone} (removing it), waiting up to {@code wait}; null if none came. */
        synchronized String take(String phone, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            String code;
            while ((code = codes.remove(phone)) == null) {
                long leftMs = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMs <= 0) {
                    return null;
                }
                wait(leftMs);
            }
            return code;
        }
    }

    /** Just enough of Keycloak's admin REST API to set the realm's "Authpack SMS" settings. */
    private static final class Admin {
        private final HttpClient client;
        private final String base;
        private final String realm;
        private final String token;

        Admin(HttpClient client, String base, String realm, String user, String password) throws IOException, InterruptedException {
            this.client = client;
            this.base = base;
            this.realm = realm;
            String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !(Json.parse(answer.body()) instanceof Map<?, ?> map && map.get("access_token") instanceof String t)) {
                fail("admin token: HTTP " + answer.statusCode() + ": " + abbreviate(answer.body()));
                throw new AssertionError();
            }
            this.token = t;
        }

        /**
         * Sets the given keys of the realm's authpack-sms component, keeping the others (as the admin
         * console does: GET, change config, PUT the whole component), then reads them back.
         */
        void smsSettings(Map<String, String> settings) throws IOException, InterruptedException {
            Map<String, Object> component = smsComponent();
            if (component == null) {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("name", "Authpack SMS");
                created.put("providerId", SMS_PAGE_ID);
                created.put("providerType", UI_PAGE_TYPE);
                created.put("parentId", asMap(call("GET", "/" + realm, null, 200)).get("id"));
                created.put("config", new LinkedHashMap<>());
                call("POST", "/" + realm + "/components", created, 201);
                component = smsComponent();
                if (component == null) {
                    fail("created the " + SMS_PAGE_ID + " component but cannot find it");
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> config = component.get("config") instanceof Map<?, ?> c
                    ? (Map<String, Object>) c : new LinkedHashMap<>();
            settings.forEach((key, value) -> config.put(key, List.of(value)));
            component.put("config", config);
            String path = "/" + realm + "/components/" + component.get("id");
            call("PUT", path, component, 204);
            Object stored = asMap(call("GET", path, null, 200)).get("config");
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Object values = stored instanceof Map<?, ?> s ? s.get(setting.getKey()) : null;
                if (!(values instanceof List<?> list) || list.isEmpty() || !setting.getValue().equals(list.get(0))) {
                    fail("SMS setting " + setting.getKey() + " reads back as " + values + ", expected " + setting.getValue());
                }
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> smsComponent() throws IOException, InterruptedException {
            Object list = call("GET", "/" + realm + "/components?type=" + UI_PAGE_TYPE, null, 200);
            if (list instanceof List<?> components) {
                for (Object c : components) {
                    if (c instanceof Map<?, ?> map && SMS_PAGE_ID.equals(map.get("providerId"))) {
                        return (Map<String, Object>) map;
                    }
                }
            }
            return null;
        }

        private Object call(String method, String path, Object body, int expected) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/realms" + path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                fail("admin " + method + " " + path + ": HTTP " + answer.statusCode() + " (expected " + expected + "): " + abbreviate(answer.body()));
            }
            String text = answer.body();
            return text == null || text.isBlank() ? null : Json.parse(text);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> asMap(Object json) {
            return json instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }
    }

    /** E.164 numbers, comma-separated, distinct, at least one per thread. */
    private static List<String> phones(String arg, int concurrency) {
        List<String> phones = new ArrayList<>();
        for (String phone : arg.split(",")) {
            if (!phone.isBlank()) {
                phones.add(phone.trim());
            }
        }
        for (String phone : phones) {
            if (!phone.matches("\\+[1-9][0-9]{6,14}")) {
                fail("not an E.164 phone number: " + phone);
            }
        }
        if (new HashSet<>(phones).size() != phones.size()) {
            fail("PHONES lists a number twice; every thread needs phones of its own");
        }
        if (phones.size() < concurrency) {
            fail("PHONES has " + phones.size() + " numbers, fewer than CONCURRENCY=" + concurrency + " threads");
        }
        return phones;
    }

    /** Minimal JSON: objects (LinkedHashMap), arrays (ArrayList), strings, BigDecimal, Boolean, null. */
    private static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            if (text == null) {
                throw new IllegalArgumentException("no JSON");
            }
            Json json = new Json(text);
            json.space();
            Object value = json.value();
            json.space();
            if (json.i != text.length()) {
                throw json.error("trailing characters");
            }
            return value;
        }

        private Object value() {
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            switch (s.charAt(i)) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            space();
            if (peek('}')) {
                i++;
                return map;
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                space();
                map.put(key, value());
                space();
                if (peek(',')) {
                    i++;
                    continue;
                }
                expect('}');
                return map;
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            space();
            if (peek(']')) {
                i++;
                return list;
            }
            while (true) {
                space();
                list.add(value());
                space();
                if (peek(',')) {
                    i++;
                    continue;
                }
                expect(']');
                return list;
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        i += 4;
                    }
                    default -> throw error("bad escape");
                }
            }
        }

        private BigDecimal number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            try {
                return new BigDecimal(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw error("bad value");
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw error("bad literal");
            }
            i += word.length();
            return value;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i);
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof Iterable<?> list) {
                out.append('[');
                boolean first = true;
                for (Object v : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(v, out);
                }
                out.append(']');
            } else if (value instanceof BigDecimal number) {
                out.append(number.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else {
                quote(value.toString(), out);
            }
        }

        private static void quote(String text, StringBuilder out) {
            out.append('"');
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

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
