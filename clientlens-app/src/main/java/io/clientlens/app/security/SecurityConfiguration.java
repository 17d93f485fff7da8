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
import org.springframework.util.unit.DataSize;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
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
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, ObjectProvider<JwtSignIn> jwt, @Value("${clientlens.max-request-bytes:2097152}") long maxBytes,
                            @Value("${server.tomcat.max-http-form-post-size:64KB}") DataSize formMax) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new RequestSizeLimit(maxBytes, formMax.toBytes()), DisableEncodeUrlFilter.class)
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
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers/*/unmask").hasAnyRole(Capability.UNMASK.roleNames())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/profile").hasAnyRole(Capability.EDIT_PROFILE.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/notes").hasAnyRole(Capability.READ_NOTES.roleNames())
                        .requestMatchers(HttpMethod.POST, "/api/v1/customers/*/notes").hasAnyRole(Capability.ADVISE.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/needs/**").hasAnyRole(Capability.READ_NEEDS.roleNames())
                        .requestMatchers("/api/v1/customers/*/needs/**").hasAnyRole(Capability.ACT_ON_NEEDS.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/assessments").hasAnyRole(Capability.READ_NEEDS.roleNames())
                        .requestMatchers("/api/v1/customers/*/assessments").hasAnyRole(Capability.ADVISE.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*").hasAnyRole(Capability.READ_CUSTOMERS.roleNames())
                        // suitability
                        .requestMatchers(HttpMethod.GET, "/api/v1/suitability-checks/**").hasAnyRole(Capability.READ_CHECKS.roleNames())
                        .requestMatchers("/api/v1/suitability-checks/**", "/api/v1/disclosures/**").hasAnyRole(Capability.ADVISE.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/approvals").hasAnyRole(Capability.APPROVE.roleNames())
                        .requestMatchers("/api/v1/assessments/reminders").hasAnyRole(Capability.READ_REMINDERS.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/questionnaires/**", "/api/v1/products/**").authenticated()
                        .requestMatchers("/api/v1/questionnaires/**", "/api/v1/products/**").hasAnyRole(Capability.ADMINISTER.roleNames())
                        // audit and segments
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Capability.READ_AUDIT.roleNames())
                        .requestMatchers(HttpMethod.GET, "/api/v1/segments/**").hasAnyRole(Capability.READ_SEGMENTS.roleNames())
                        .requestMatchers("/api/v1/segments/**").hasAnyRole(Capability.EDIT_SEGMENTS.roleNames())
                        // anti-money laundering: compliance only, never the RM, sales or supervisor (no tipping-off)
                        .requestMatchers("/api/v1/aml/**").hasAnyRole(Capability.READ_AML.roleNames())
                        // service: tasks, service requests, campaigns, referrals (docs/SERVICE.md); the services check roles again
                        .requestMatchers("/api/v1/tasks", "/api/v1/tasks/**").hasAnyRole(Capability.TASKS.roleNames())
                        .requestMatchers("/api/v1/service-requests", "/api/v1/service-requests/**").hasAnyRole(Capability.SERVICE_REQUESTS.roleNames())
                        .requestMatchers("/api/v1/campaigns", "/api/v1/campaigns/**").hasAnyRole(Capability.CAMPAIGNS.roleNames())
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**").hasAnyRole(Capability.REFERRALS.roleNames())
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, WebSessions sessions, @Value("${clientlens.max-request-bytes:2097152}") long maxBytes,
                            @Value("${clientlens.max-upload-bytes:52428800}") long maxUploadBytes,
                            @Value("${server.tomcat.max-http-form-post-size:64KB}") DataSize formMax) throws Exception {
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        // file uploads of the administrators' imports may be larger than any other request
        http.addFilterBefore(new RequestSizeLimit(maxBytes, RequestSizeLimit.UPLOAD_PATH, maxUploadBytes, formMax.toBytes()), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/login.js", "/clientlens.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/dashboards", "/dashboards/**").hasAnyRole(Capability.READ_AGGREGATES.roleNames())
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(Capability.READ_AUDIT.roleNames())
                        .requestMatchers("/admin", "/admin/**", "/admin.js", "/admin.css").hasAnyRole(Capability.ADMINISTER.roleNames())
                        // anti-money-laundering pages: compliance only (no tipping-off, docs/AML.md)
                        .requestMatchers("/aml", "/aml/**").hasAnyRole(Capability.READ_AML.roleNames())
                        // the customer 360's forms: the same roles as their REST endpoints
                        .requestMatchers("/customers/*/profile").hasAnyRole(Capability.EDIT_PROFILE.roleNames())
                        // the needs report (HTML, PDF) and the needs register linked from the 360: the roles of GET /api/v1/customers/*/needs/**
                        .requestMatchers(HttpMethod.GET, "/customers/*/needs", "/customers/*/needs/**").hasAnyRole(Capability.READ_NEEDS.roleNames())
                        // the needs register's forms: the roles of POST /api/v1/customers/*/needs/**
                        .requestMatchers(HttpMethod.POST, "/customers/*/needs", "/customers/*/needs/**").hasAnyRole(Capability.ACT_ON_NEEDS.roleNames())
                        .requestMatchers(HttpMethod.POST, "/customers/*/unmask").hasAnyRole(Capability.UNMASK.roleNames())
                        .requestMatchers(HttpMethod.POST, "/customers/*/notes").hasAnyRole(Capability.ADVISE.roleNames())
                        .anyRequest().authenticated())
                .addFilterBefore(new SessionCheck(sessions), AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login")
                        .successHandler((request, response, auth) -> {
                            if (auth.getDetails() instanceof Users.User user) {
                                sessions.start(request.getSession(), user);
                            }
                            afterSignIn.onAuthenticationSuccess(request, response, auth);
                        })
                        .failureHandler((request, response, ex) -> {
                            // the form shows the user name again (LoginPage), never the password
                            LoginPage.keepUserName(request);
                            response.sendRedirect(request.getContextPath()
                                    + (ex instanceof SignInProvider.Throttled t ? "/login?throttled=" + t.retryAfterSeconds() : "/login?error"));
                        })
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
