package io.clientlens.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The bank's identity provider, when configured: {@code clientlens.security.jwt.issuer-uri},
 * {@code jwk-set-uri} or {@code public-key-location} (an RSA public key in PEM). Without any of
 * them there is no {@link JwtDecoder} and only ClientLens's own opaque tokens work. Nothing is
 * fetched at start-up: the issuer's metadata and the key set are fetched on the first JWT.
 * See docs/SECURITY.md.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(JwtConfiguration.Configured.class)
class JwtConfiguration {
    static final String PREFIX = "clientlens.security.jwt.";

    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return has(env, "issuer-uri") || has(env, "jwk-set-uri") || has(env, "public-key-location");
        }
    }

    private static boolean has(Environment env, String name) {
        String value = env.getProperty(PREFIX + name);
        return value != null && !value.isBlank();
    }

    @Bean
    JwtDecoder clientLensJwtDecoder(Environment env, ResourceLoader resources) throws IOException {
        String issuer = env.getProperty(PREFIX + "issuer-uri", "");
        String jwkSet = env.getProperty(PREFIX + "jwk-set-uri", "");
        String keyLocation = env.getProperty(PREFIX + "public-key-location", "");
        if (!keyLocation.isBlank()) {
            try (InputStream in = resources.getResource(keyLocation).getInputStream()) {
                return NimbusJwtDecoder.withPublicKey(rsaPublicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII))).build();
            }
        }
        if (!jwkSet.isBlank()) {
            return NimbusJwtDecoder.withJwkSetUri(jwkSet).build();
        }
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
    }

    @Bean
    JwtSignIn jwtSignIn(JwtDecoder clientLensJwtDecoder,
                        @Value("${clientlens.security.jwt.role-claim:clientlens_role}") String roleClaim,
                        @Value("${clientlens.security.jwt.branch-claim:clientlens_branch}") String branchClaim,
                        @Value("${clientlens.security.jwt.rm-id-claim:clientlens_rm_id}") String rmIdClaim) {
        return new JwtSignIn(clientLensJwtDecoder, roleClaim, branchClaim, rmIdClaim);
    }

    /** An RSA public key from PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    static RSAPublicKey rsaPublicKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("clientlens.security.jwt.public-key-location: not an RSA public key in PEM", e);
        }
    }
}
