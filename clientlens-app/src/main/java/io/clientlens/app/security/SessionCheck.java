package io.clientlens.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Ends a web session that {@link WebSessions} says must end, before anything else of the request runs: the session is
 * invalidated and the browser sent to the sign-in page, which says why.
 */
class SessionCheck extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionCheck.class);
    private final WebSessions sessions;

    SessionCheck(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<WebSessions.Ended> ended = Optional.empty();
        if (session != null) {
            try {
                ended = sessions.check(session);
            } catch (IllegalStateException invalidated) {
                ended = Optional.empty(); // invalidated meanwhile by another request: nothing left to end
            }
        }
        if (ended.isPresent()) {
            Object stamp = session.getAttribute(WebSessions.ATTRIBUTE);
            String user = stamp instanceof WebSessions.Stamp s ? s.username() : "?";
            session.invalidate();
            SecurityContextHolder.clearContext();
            LOG.info("Session of user '{}' ended ({})", user, ended.get().code);
            response.sendRedirect(request.getContextPath() + "/login?ended=" + ended.get().code);
            return;
        }
        chain.doFilter(request, response);
    }
}
