package io.authpack.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs one real Keycloak 26.5.6 distribution with the Authpack bundle for the whole test JVM:
 * unpacked by Maven, fresh data directory, demo realm imported, free ports, stopped when the test
 * run ends. {@code -Dauthpack.it.db=postgres} puts it on the local PostgreSQL instead of H2, on a
 * database dropped and created anew for the run.
 */
public final class KeycloakServer implements BeforeAllCallback {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Instance.class, k -> Instance.start(), Instance.class);
    }

    public static Instance instance(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Instance.class, k -> Instance.start(), Instance.class);
    }

    /** A started server; closed by JUnit at the end of the run. */
    public static final class Instance implements ExtensionContext.Store.CloseableResource {
        private final Process process;
        private final String baseUrl;
        private final Path log;
        private final SmsSink sms;
        private final FakeTwilio twilio;
        private final GreenMail mail;

        private Instance(Process process, String baseUrl, Path log, SmsSink sms, FakeTwilio twilio, GreenMail mail) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.log = log;
            this.sms = sms;
            this.twilio = twilio;
            this.mail = mail;
        }

        /** A real SMTP server (GreenMail) on loopback for realms whose mail goes through SMTP. */
        public GreenMail mail() {
            return mail;
        }

        /** The local gateway the {@code http} SMS sender of test realms posts to. */
        public SmsSink sms() {
            return sms;
        }

        /** The local server that speaks Twilio's REST API; both Twilio senders are pointed at it. */
        public FakeTwilio twilio() {
            return twilio;
        }

        public String baseUrl() {
            return baseUrl;
        }

        /** The server's console output, for tests that check what is (not) logged. */
        public String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Instance start() {
            try {
                Path home = Path.of(property("authpack.kc.home"));
                Path providers = Path.of(property("authpack.providers"));
                Path log = Path.of(property("authpack.it.log"));
                installProviders(home, providers);
                Path data = home.resolve("data");
                deleteTree(data);
                Files.createDirectories(data.resolve("import"));
                Files.copy(Path.of(property("authpack.demo.realm")), data.resolve("import/demo-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
                int httpPort = freePort();
                int managementPort = freePort();
                SmsSink sms = new SmsSink();
                FakeTwilio twilio = new FakeTwilio();
                GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                mail.start();
                List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                        "--health-enabled=true", "--import-realm", "--cache=local", "--features=declarative-ui",
                        "--spi-authpack-sms-sender--console--enabled=true",
                        "--spi-authpack-mail-sender--console--enabled=true",
                        "--spi-authpack-captcha--default--log-answers=true",
                        "--spi-authpack-sms-sender--twilio--base-url=" + twilio.baseUrl(),
                        "--spi-authpack-sms-sender--twilio-verify--base-url=" + twilio.baseUrl()));
                command.addAll(databaseOptions());
                ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                Map<String, String> env = builder.environment();
                env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
                env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
                Process process = builder.start();
                Instance instance = new Instance(process, "http://localhost:" + httpPort, log, sms, twilio, mail);
                Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
                instance.awaitReady(managementPort);
                return instance;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void awaitReady(int managementPort) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(1000);
            }
            close();
            throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + "; see " + log);
        }

        @Override
        public void close() {
            sms.close();
            twilio.close();
            mail.stop();
            if (!process.isAlive()) {
                return;
            }
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static List<String> databaseOptions() {
            String db = System.getProperty("authpack.it.db", "h2");
            if (!"postgres".equals(db)) {
                return List.of();
            }
            String url = property("authpack.it.db.url");
            String user = property("authpack.it.db.user");
            String password = property("authpack.it.db.password");
            recreateDatabase(url, user, password);
            return List.of("--db=postgres", "--db-url=" + url, "--db-username=" + user, "--db-password=" + password);
        }

        private static void recreateDatabase(String url, String user, String password) {
            int slash = url.lastIndexOf('/');
            String name = url.substring(slash + 1);
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("database name must be a plain identifier: " + name);
            }
            try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + url + " is not usable: " + e.getMessage(), e);
            }
        }

        private static void installProviders(Path home, Path providers) throws IOException {
            try (Stream<Path> old = Files.list(home.resolve("providers"))) {
                for (Path jar : old.filter(p -> p.getFileName().toString().startsWith("authpack")).toList()) {
                    Files.delete(jar);
                }
            }
            try (Stream<Path> jars = Files.list(providers)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    Files.copy(jar, home.resolve("providers").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests with mvn verify");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
