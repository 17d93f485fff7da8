package io.clientlens.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**}: stateless, bearer tokens, no CSRF (no cookies are read),
 * 401/403 as problem details. Everything else (web pages, Swagger UI): form sign-in with a
 * session, CSRF tokens, security headers. Which role may use which endpoint family is listed
 * here; which customers a role may see is {@link Scope}. See docs/SECURITY.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static final String[] ADVISERS = {"RM", "SALES", "SUPERVISOR", "HEAD_OF_WEALTH"};
    private static final String[] CUSTOMER_READERS = {"RM", "SALES", "SUPERVISOR", "HEAD_OF_WEALTH", "COMPLIANCE", "ADMIN"};
    /** Roles that may see counts over all customers (the dashboards page); RM and SALES may not. */
    private static final String[] AGGREGATE_READERS = {"ANALYST", "SUPERVISOR", "COMPLIANCE", "HEAD_OF_WEALTH", "ADMIN"};
    private static final String[] NEEDS_READERS = {"RM", "SUPERVISOR", "HEAD_OF_WEALTH", "COMPLIANCE"};
    /** Who may edit a profile (as the REST PUT), see clear values (audited), read and add interaction notes. */
    private static final String[] PROFILE_EDITORS = {"RM", "SUPERVISOR", "ADMIN"};
    private static final String[] UNMASKERS = {"RM", "SUPERVISOR", "COMPLIANCE"};
    private static final String[] NOTE_READERS = {"RM", "SALES", "SUPERVISOR", "HEAD_OF_WEALTH", "COMPLIANCE"};

    /** Swagger UI's "Authorize" takes a bearer token from POST /api/v1/auth/token. */
    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("POST /api/v1/auth/token → token (30 minutes)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, ObjectProvider<JwtSignIn> jwt, @Value("${clientlens.max-request-bytes:2097152}") long maxBytes)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new RequestSizeLimit(maxBytes), DisableEncodeUrlFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, jwt.getIfAvailable()), UsernamePasswordAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> Problems.write(response, 401, "unauthenticated",
                                "未登录 / Not signed in", "需要有效的访问令牌（Authorization: Bearer …），请先登录获取",
                                "a valid bearer token is required (Authorization: Bearer …); get one from POST /api/v1/auth/token"))
                        .accessDeniedHandler((request, response, ex) -> {
                            var auth = SecurityContextHolder.getContext().getAuthentication();
                            LOG.warn("Refused: user '{}' {} {} {}", auth == null ? "?" : auth.getName(),
                                    auth == null ? "" : auth.getAuthorities(), request.getMethod(), request.getRequestURI());
                            Problems.write(response, 403, "forbidden", "无权操作 / Not allowed for this role",
                                    "您的角色不能使用此功能", "your role may not use this endpoint");
                        }))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/api/v1/auth/**").authenticated()
                        // customers
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers/*/unmask").hasAnyRole(UNMASKERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/profile").hasAnyRole(PROFILE_EDITORS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/notes").hasAnyRole(NOTE_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers/*/notes").hasAnyRole(ADVISERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/needs/**").hasAnyRole(NEEDS_READERS)
                        .requestMatchers("/api/v1/customers/*/needs/**").hasAnyRole("RM", "SUPERVISOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/assessments").hasAnyRole(NEEDS_READERS)
                        .requestMatchers("/api/v1/customers/*/assessments").hasAnyRole(ADVISERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*").hasAnyRole(CUSTOMER_READERS)
                        // suitability
                        .requestMatchers(HttpMethod.GET, "/api/v1/suitability-checks/**").hasAnyRole("RM", "SALES", "SUPERVISOR",
                                "HEAD_OF_WEALTH", "COMPLIANCE")
                        .requestMatchers("/api/v1/suitability-checks/**", "/api/v1/disclosures/**").hasAnyRole(ADVISERS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/approvals").hasAnyRole("SUPERVISOR", "HEAD_OF_WEALTH")
                        .requestMatchers("/api/v1/assessments/reminders").hasAnyRole("RM", "SUPERVISOR", "HEAD_OF_WEALTH", "COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/questionnaires/**", "/api/v1/products/**").authenticated()
                        .requestMatchers("/api/v1/questionnaires/**", "/api/v1/products/**").hasRole("ADMIN")
                        // audit and segments
                        .requestMatchers("/api/v1/audit/**").hasAnyRole("COMPLIANCE", "HEAD_OF_WEALTH")
                        .requestMatchers(HttpMethod.GET, "/api/v1/segments/**").hasAnyRole("ANALYST", "ADMIN", "COMPLIANCE",
                                "SUPERVISOR", "HEAD_OF_WEALTH")
                        .requestMatchers("/api/v1/segments/**").hasAnyRole("ANALYST", "ADMIN")
                        // anti-money laundering: compliance only, never the RM, sales or supervisor (no tipping-off)
                        .requestMatchers("/api/v1/aml/**").hasRole("COMPLIANCE")
                        // service: tasks, service requests, campaigns, referrals (docs/SERVICE.md); the services check roles again
                        .requestMatchers("/api/v1/tasks", "/api/v1/tasks/**").hasAnyRole("RM", "SUPERVISOR", "HEAD_OF_WEALTH",
                                "COMPLIANCE", "ADMIN")
                        .requestMatchers("/api/v1/service-requests", "/api/v1/service-requests/**").hasAnyRole("RM", "SALES", "SUPERVISOR",
                                "HEAD_OF_WEALTH", "COMPLIANCE", "ADMIN")
                        .requestMatchers("/api/v1/campaigns", "/api/v1/campaigns/**").hasAnyRole("RM", "SUPERVISOR", "HEAD_OF_WEALTH",
                                "ANALYST", "ADMIN")
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**").hasAnyRole("RM", "SALES", "SUPERVISOR", "HEAD_OF_WEALTH")
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, @Value("${clientlens.max-request-bytes:2097152}") long maxBytes,
                            @Value("${clientlens.max-upload-bytes:52428800}") long maxUploadBytes) throws Exception {
        // file uploads of the administrators' imports may be larger than any other request
        http.addFilterBefore(new RequestSizeLimit(maxBytes, RequestSizeLimit.UPLOAD_PATH, maxUploadBytes), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/clientlens.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/dashboards", "/dashboards/**").hasAnyRole(AGGREGATE_READERS)
                        .requestMatchers("/admin", "/admin/**", "/admin.js", "/admin.css").hasRole("ADMIN")
                        // anti-money-laundering pages: compliance only (no tipping-off, docs/AML.md)
                        .requestMatchers("/aml", "/aml/**").hasRole("COMPLIANCE")
                        // the customer 360's forms: the same roles as their REST endpoints
                        .requestMatchers("/customers/*/profile").hasAnyRole(PROFILE_EDITORS)
                        // the needs report (HTML, PDF) linked from the 360: the roles of GET /api/v1/customers/*/needs/**
                        .requestMatchers(HttpMethod.GET, "/customers/*/needs/**").hasAnyRole(NEEDS_READERS)
                        .requestMatchers(HttpMethod.POST, "/customers/*/unmask").hasAnyRole(UNMASKERS)
                        .requestMatchers(HttpMethod.POST, "/customers/*/notes").hasAnyRole(ADVISERS)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
                                + (ex instanceof SignInProvider.Throttled ? "/login?throttled" : "/login?error")))
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
