package io.clientlens.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The sign-in form's check: the same rules (and rate limit) as the token endpoint. */
@Component
class SignInProvider implements AuthenticationProvider {

    /** Too many failed sign-ins for this user name; the form says so and asks to wait. */
    static final class Throttled extends AuthenticationException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("too many failed sign-ins");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final SignIns signIns;

    SignInProvider(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String remote = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        SignIns.Outcome outcome = signIns.attempt(authentication.getName(), password, remote);
        if (outcome instanceof SignIns.Outcome.SignedIn s) {
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(s.user().principal(), null,
                    BearerTokenFilter.authorities(s.user().principal()));
            signedIn.setDetails(s.user()); // its session epoch starts the web session (WebSessions)
            return signedIn;
        }
        if (outcome instanceof SignIns.Outcome.Throttled t) {
            throw new Throttled(t.retryAfterSeconds());
        }
        throw new BadCredentialsException("bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
