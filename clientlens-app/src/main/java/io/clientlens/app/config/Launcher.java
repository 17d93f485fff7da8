package io.clientlens.app.config;

import io.clientlens.app.ClientLensApplication;
import io.clientlens.app.db.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts the database (embedded unless an external URL is configured) and the Spring context
 * around it; closing stops both in reverse order.
 */
public final class Launcher implements AutoCloseable {
    private final EmbeddedDatabase embedded;
    private final ConfigurableApplicationContext context;

    private Launcher(EmbeddedDatabase embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
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
        } else {
            embedded = EmbeddedDatabase.startOrAttach(settings.embeddedDataDirectory());
            properties.put("spring.datasource.url", embedded.jdbcUrl());
            properties.put("spring.datasource.username", EmbeddedDatabase.USER);
            properties.put("spring.datasource.password", "");
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
        try {
            return new Launcher(embedded, app.run());
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
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
                    + " (CLIENTLENS_DB_URL): " + e.getMessage() + " / 无法连接数据库", e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
