package io.clientlens.app.config;

import io.clientlens.app.ClientLensApplication;
import io.clientlens.app.db.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Map;

/**
 * Starts the database (embedded unless an external URL is configured) and the Spring context
 * around it; closing stops both in reverse order. The application connects with its own account,
 * migrations run with the owner's (docs/SECURITY.md, "Database accounts"). A process asked to stop
 * (Ctrl-C, SIGTERM) closes both too, so a running job's query is cancelled and the embedded server
 * is not left behind.
 */
public final class Launcher implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Launcher.class);

    private final EmbeddedDatabase embedded;
    private final ConfigurableApplicationContext context;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread onShutdown = new Thread(this::close, "clientlens-stop-on-signal");

    private Launcher(EmbeddedDatabase embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
        Runtime.getRuntime().addShutdownHook(onShutdown);
    }

    public static Launcher start(Settings settings, Integer webPort, Map<String, Object> extraProperties) {
        EmbeddedDatabase embedded = null;
        Map<String, Object> properties = new HashMap<>();
        if (settings.usesExternalDatabase()) {
            checkReachable(settings);
            properties.put("spring.datasource.url", settings.externalDbUrl());
            properties.put("spring.datasource.username", settings.externalDbUser() == null ? "" : settings.externalDbUser());
            properties.put("spring.datasource.password",
                    settings.externalDbPassword() == null ? "" : settings.externalDbPassword());
            if (settings.externalDbOwnerUser() != null) {
                properties.put("spring.flyway.user", settings.externalDbOwnerUser());
                properties.put("spring.flyway.password",
                        settings.externalDbOwnerPassword() == null ? "" : settings.externalDbOwnerPassword());
            }
        } else {
            embedded = EmbeddedDatabase.startOrAttach(settings.embeddedDataDirectory());
            properties.put("spring.datasource.url", embedded.jdbcUrl());
            properties.put("spring.datasource.username", embedded.app().user());
            properties.put("spring.datasource.password", embedded.app().password());
            properties.put("spring.flyway.user", embedded.owner().user());
            properties.put("spring.flyway.password", embedded.owner().password());
        }
        properties.put("clientlens.home", settings.home().toString());
        if (settings.policyFile() != null) {
            properties.put("clientlens.policy-file", settings.policyFile().toAbsolutePath().toString());
        }
        if (webPort != null) {
            properties.put("server.port", webPort);
        }
        properties.putAll(extraProperties);
        SpringApplication app = new SpringApplication(ClientLensApplication.class);
        app.setWebApplicationType(webPort == null ? WebApplicationType.NONE : WebApplicationType.SERVLET);
        app.setDefaultProperties(properties);
        app.setRegisterShutdownHook(false); // closed by us, before the database it uses
        Thread whileStarting = embedded == null ? null : new Thread(embedded::close, "clientlens-stop-while-starting");
        if (whileStarting != null) {
            Runtime.getRuntime().addShutdownHook(whileStarting);
        }
        try {
            return new Launcher(embedded, app.run());
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        } finally {
            if (whileStarting != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(whileStarting);
                } catch (IllegalStateException shuttingDown) {
                    LOG.debug("started while the JVM shuts down");
                }
            }
        }
    }

    /** A wrong URL or password is the most common set-up mistake: say so plainly before Spring starts. */
    private static void checkReachable(Settings settings) {
        java.sql.DriverManager.setLoginTimeout(10);
        try (var ignored = java.sql.DriverManager.getConnection(settings.externalDbUrl(),
                settings.externalDbUser() == null ? "" : settings.externalDbUser(),
                settings.externalDbPassword() == null ? "" : settings.externalDbPassword())) {
            // reachable
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot connect to the database at " + settings.externalDbUrl()
                    + " (CLIENTLENS_DB_URL): " + e.getMessage() + " / 无法连接数据库 " + settings.externalDbUrl()
                    + "（CLIENTLENS_DB_URL）：" + e.getMessage(), e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Closes the context, then leaves the embedded database (the last process to leave stops it). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != onShutdown) {
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                LOG.debug("closing while the JVM shuts down");
            }
        }
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
