package io.clientlens.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Refuses a request body larger than {@code clientlens.max-request-bytes} (default 2 MB) with 413, first in both security filter chains. */
class RequestSizeLimit extends OncePerRequestFilter {
    private final long max;

    RequestSizeLimit(long max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            Problems.write(response, 413, "too-large", "请求过大 / Request too large",
                    "请求体超过 " + max + " 字节", "the request body exceeds " + max + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
