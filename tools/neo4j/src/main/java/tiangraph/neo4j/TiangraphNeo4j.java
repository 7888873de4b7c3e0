package tiangraph.neo4j;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A small Neo4j Community server for tiangraph: the tests' database, and a local
 * database for users who have no Neo4j of their own.
 *
 * <pre>
 *   NEO4J_PASSWORD=... java -Xmx512m -cp 'target/classes:target/lib/*' tiangraph.neo4j.TiangraphNeo4j \
 *       --data DIR [--port 7687] [--http-port PORT] [--page-cache 64m]
 * </pre>
 *
 * Bolt (and HTTP, when asked for) listen on 127.0.0.1 only. Authentication is on;
 * the user {@code neo4j} gets the password from the environment variable
 * {@code NEO4J_PASSWORD} at every start. When the server accepts connections with
 * that password it prints exactly one line {@code READY bolt://127.0.0.1:PORT}.
 * SIGTERM (or Ctrl-C) shuts the databases down cleanly.
 */
public final class TiangraphNeo4j {
    private static final String HOST = "127.0.0.1";

    private TiangraphNeo4j() {}

    public static void main(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tiangraph-neo4j: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (opts.help) {
            System.out.println(Options.USAGE);
            return;
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("tiangraph-neo4j: set NEO4J_PASSWORD to the password for user neo4j");
            System.exit(2);
            return;
        }
        if (password.length() < 8) {
            System.err.println("tiangraph-neo4j: NEO4J_PASSWORD must have at least 8 characters");
            System.exit(2);
            return;
        }

        try {
            Files.createDirectories(opts.data);
        } catch (IOException e) {
            System.err.println("tiangraph-neo4j: cannot create " + opts.data + ": " + e);
            System.exit(1);
            return;
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(opts.data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, opts.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, opts.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, opts.httpPort > 0)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Loopback-only server: no lock-out after failed logins, so a test that
                // checks a wrong password cannot lock the right one out for a while.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty otherwise waits a 5 s quiet period per event loop group on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (opts.httpPort > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, opts.httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, opts.httpPort));
        }

        final DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            System.err.println("tiangraph-neo4j: failed to start: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("tiangraph-neo4j: shutting down");
            System.out.flush();
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.err.println("tiangraph-neo4j: error during shutdown: " + rootMessage(e));
            }
            System.out.println("tiangraph-neo4j: stopped");
            System.out.flush();
            stopped.countDown();
        }, "tiangraph-neo4j-shutdown"));

        try {
            setPassword(dbms, password);
            // Touch the default database so it is open before READY is printed.
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            System.err.println("tiangraph-neo4j: failed to prepare the server: " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        System.out.printf(Locale.ROOT, "tiangraph-neo4j: Neo4j %s started in %.1f s (JVM uptime)%n",
                org.neo4j.kernel.internal.Version.getNeo4jVersion(),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        System.out.println("READY bolt://" + HOST + ":" + opts.port);
        if (opts.httpPort > 0) {
            System.out.println("tiangraph-neo4j: http://" + HOST + ":" + opts.httpPort);
        }
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sets the password of user neo4j, whether this is the first start or a later one. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // A restart with the same password: nothing to change.
            String msg = rootMessage(e).toLowerCase(Locale.ROOT);
            if (!msg.contains("old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            sb.append(" / ").append(cause.getMessage());
            e = cause;
            cause = cause.getCause();
        }
        return sb.toString();
    }

    private static final class Options {
        static final String USAGE = String.join("\n",
                "usage: NEO4J_PASSWORD=... java -cp 'target/classes:target/lib/*' tiangraph.neo4j.TiangraphNeo4j",
                "           --data DIR [--port PORT] [--http-port PORT] [--page-cache SIZE]",
                "  --data DIR         server home: databases, transaction logs and logs go under it (required)",
                "  --port PORT        Bolt port on 127.0.0.1 (default 7687)",
                "  --http-port PORT   also serve HTTP on 127.0.0.1:PORT (default: no HTTP)",
                "  --page-cache SIZE  page cache size, e.g. 64m or 1g (default 64m)");

        Path data;
        int port = 7687;
        int httpPort = 0;
        long pageCacheBytes = ByteUnit.mebiBytes(64);
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "-h":
                    case "--help":
                        o.help = true;
                        break;
                    case "--data":
                        o.data = Path.of(value != null ? value : next(args, ++i, a)).toAbsolutePath().normalize();
                        break;
                    case "--port":
                        o.port = port(value != null ? value : next(args, ++i, a), a);
                        break;
                    case "--http-port":
                        o.httpPort = port(value != null ? value : next(args, ++i, a), a);
                        break;
                    case "--page-cache":
                        o.pageCacheBytes = size(value != null ? value : next(args, ++i, a));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (o.data == null && !o.help) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            return o;
        }

        private static String next(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        private static int port(String s, String flag) {
            try {
                int p = Integer.parseInt(s.trim());
                if (p < 1 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": not a port: " + s);
            }
        }

        private static long size(String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (t.endsWith("k")) {
                unit = ByteUnit.kibiBytes(1);
            } else if (t.endsWith("m")) {
                unit = ByteUnit.mebiBytes(1);
            } else if (t.endsWith("g")) {
                unit = ByteUnit.gibiBytes(1);
            }
            if (unit != 1) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                long n = Long.parseLong(t);
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--page-cache: not a size: " + s);
            }
        }
    }
}
