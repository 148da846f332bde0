package io.authpack.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real directories of the LDAP and AD tests, started once per test run with the scripts in
 * {@code integration-tests/directories}: Debian's OpenLDAP (slapd) on a free loopback port and a
 * Samba Active Directory domain controller on 127.0.0.1:389, both in fresh work directories.
 * The scripts install the Debian packages they need when missing (CI runs as root).
 */
public final class Directories implements ExtensionContext.Store.CloseableResource {
    public static final String SAMBA_ADMIN_DN = "CN=Administrator,CN=Users,DC=example,DC=org";
    public static final String SAMBA_ADMIN_PASSWORD = "Admin-pass-1";
    public static final String OPENLDAP_ADMIN_DN = "cn=admin,dc=example,dc=org";
    public static final String OPENLDAP_ADMIN_PASSWORD = "admin-pass";

    private final Path scripts;
    private final Path openldapDir;
    private final Path sambaDir;
    private final int openldapPort;

    private Directories(Path scripts, Path openldapDir, Path sambaDir, int openldapPort) {
        this.scripts = scripts;
        this.openldapDir = openldapDir;
        this.sambaDir = sambaDir;
        this.openldapPort = openldapPort;
    }

    public static Directories instance(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Directories.class, k -> start(), Directories.class);
    }

    public String openldapUrl() {
        return "ldap://127.0.0.1:" + openldapPort;
    }

    public String sambaUrl() {
        return "ldap://127.0.0.1:389";
    }

    /** Runs {@code samba-tool} against the test domain, e.g. {@code "user", "disable", "ada"}. */
    public void sambaTool(String... args) {
        List<String> command = new ArrayList<>(List.of("samba-tool"));
        command.addAll(List.of(args));
        command.add("-s");
        command.add(sambaDir.resolve("etc/smb.conf").toString());
        run(command);
    }

    private static Directories start() {
        Path scripts = Path.of(System.getProperty("authpack.directories", "directories")).toAbsolutePath();
        Path work = Path.of(System.getProperty("authpack.directories.work", "target/directories")).toAbsolutePath();
        try {
            deleteTree(work);
            Files.createDirectories(work);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Directories directories = new Directories(scripts, work.resolve("openldap"), work.resolve("samba"), port);
            run(List.of("bash", scripts.resolve("install.sh").toString()));
            run(List.of("bash", scripts.resolve("openldap.sh").toString(), "start", directories.openldapDir.toString(), String.valueOf(port)));
            run(List.of("bash", scripts.resolve("samba-ad.sh").toString(), "start", directories.sambaDir.toString()));
            return directories;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        run(List.of("bash", scripts.resolve("openldap.sh").toString(), "stop", openldapDir.toString()));
        run(List.of("bash", scripts.resolve("samba-ad.sh").toString(), "stop", sambaDir.toString()));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
}
