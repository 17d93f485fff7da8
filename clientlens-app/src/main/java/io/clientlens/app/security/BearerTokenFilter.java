package io.clientlens.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates REST calls by {@code Authorization: Bearer <token>}: a ClientLens opaque token, or,
 * when an identity provider is configured ({@link JwtSignIn}), a signed JWT. An unknown opaque token
 * or none stays anonymous (then 401); a JWT that is rejected answers 401 at once, saying why.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";
    private final Tokens tokens;
    private final JwtSignIn jwt;

    /** {@code jwt} null: only opaque tokens. */
    BearerTokenFilter(Tokens tokens, JwtSignIn jwt) {
        this.tokens = tokens;
        this.jwt = jwt;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String token = header.substring(PREFIX.length()).trim();
            Optional<SignedInUser> user = tokens.resolve(token);
            if (user.isEmpty() && jwt != null && JwtSignIn.looksLikeJwt(token)) {
                try {
                    user = Optional.of(jwt.user(token));
                } catch (JwtSignIn.Rejected e) {
                    LOG.warn("Refused a JWT: {} ({} {})", e.reason().en(), request.getMethod(), request.getRequestURI());
                    Problems.write(response, 401, "invalid-token", "访问令牌无效 / Invalid token", e.reason().zh(), e.reason().en());
                    return;
                }
            }
            user.ifPresent(u -> {
                var auth = UsernamePasswordAuthenticationToken.authenticated(u, null, authorities(u));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    static List<SimpleGrantedAuthority> authorities(SignedInUser user) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }
}
