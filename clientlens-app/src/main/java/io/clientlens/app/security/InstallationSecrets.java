package io.clientlens.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Random secrets made once per installation and kept in its database ({@code installation_secret}): 32 bytes from
 * {@link SecureRandom}, created by whichever process needs one first.
 */
@Component
class InstallationSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    InstallationSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    byte[] get(String name) {
        return cache.computeIfAbsent(name, n -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into installation_secret (name, value) values (:n, :v) on conflict (name) do nothing")
                    .param("n", n).param("v", fresh).update();
            return jdbc.sql("select value from installation_secret where name = :n").param("n", n).query(byte[].class).single();
        });
    }
}
