package io.clientlens.app.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileValidation;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * JWT bearer tokens of a configured identity provider (here: an RSA public key in PEM, generated
 * for this test; no network), next to ClientLens's own opaque tokens (docs/SECURITY.md).
 */
@ExtendWith(OutputCaptureExtension.class)
class JwtTest extends PostgresTest {
    static final KeyPair PROVIDER = rsa();
    static final KeyPair STRANGER = rsa();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("clientlens-idp", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        registry.add("clientlens.security.jwt.public-key-location", () -> pem.toUri().toString());
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    MockMvc mvc;
    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void twoRms() {
        customers.save(ProfileValidation.parseAndCheck(SecurityTest.profile("C1", "BR001", "RM01"), io.clientlens.policy.Policy.Validation.V1.maxAmount()));
        customers.save(ProfileValidation.parseAndCheck(SecurityTest.profile("C2", "BR001", "RM02"), io.clientlens.policy.Policy.Validation.V1.maxAmount()));
        customers.save(ProfileValidation.parseAndCheck(SecurityTest.profile("C3", "BR002", "RM03"), io.clientlens.policy.Policy.Validation.V1.maxAmount()));
        runs.run(LocalDate.of(2026, 9, 30), Progress.NONE);
    }

    static String jwt(KeyPair key, Instant expires, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("u-4711").issueTime(Date.from(expires.minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(expires));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }

    static String jwt(KeyPair key, Map<String, Object> claims) {
        return jwt(key, Instant.now().plus(Duration.ofMinutes(10)), claims);
    }

    static final Map<String, Object> RM01 = Map.of("preferred_username", "li.rm", "clientlens_role", "RM",
            "clientlens_branch", "BR001", "clientlens_rm_id", "RM01");

    @Test
    void anRmJwtSeesOnlyTheRmsOwnCustomers(CapturedOutput output) throws Exception {
        String token = jwt(PROVIDER, RM01);
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].customerId").value("C1"));
        mvc.perform(get("/api/v1/customers/C2").header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isNotFound());
        // a supervisor's JWT: the whole branch; the role code is read case-insensitively
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, jwt(PROVIDER,
                        Map.of("clientlens_role", "supervisor", "clientlens_branch", "BR001"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
        // the role decides the endpoints, as for opaque tokens; the refusal names the user from preferred_username, else sub
        mvc.perform(get("/api/v1/segments").header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/segments").header(HttpHeaders.AUTHORIZATION, jwt(PROVIDER, Map.of("clientlens_role", "SALES"))))
                .andExpect(status().isForbidden());
        assertThat(output.getAll()).contains("Refused: user 'li.rm' [ROLE_RM]", "Refused: user 'u-4711' [ROLE_SALES]");
    }

    @Test
    void aJwtWithoutAKnownRoleIsRefusedNamingTheClaim() throws Exception {
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, jwt(PROVIDER,
                        Map.of("preferred_username", "li.rm", "clientlens_branch", "BR001", "clientlens_rm_id", "RM01"))))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("clientlens_role")));
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, jwt(PROVIDER, Map.of("clientlens_role", "CEO"))))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail", containsString("clientlens_role")));
    }

    @Test
    void anExpiredJwtIsRefused() throws Exception {
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION,
                        jwt(PROVIDER, Instant.now().minus(Duration.ofMinutes(10)), RM01)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-token"));
    }

    @Test
    void aJwtSignedByAnotherKeyIsRefused() throws Exception {
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, jwt(STRANGER, RM01)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-token"));
        // a tampered payload under the provider's signature
        String good = jwt(PROVIDER, RM01);
        String[] parts = good.substring("Bearer ".length()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("RM01", "RM02");
        String tampered = "Bearer " + parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, tampered)).andExpect(status().isUnauthorized());
    }

    @Test
    void opaqueTokensStillWorkNextToJwts() throws Exception {
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer("rm.two", Role.RM, "BR001", "RM02")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].customerId").value("C2"));
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:unauthenticated"));
    }

}
