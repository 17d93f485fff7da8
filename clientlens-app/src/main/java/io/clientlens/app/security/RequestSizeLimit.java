package io.clientlens.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a request body larger than {@code clientlens.max-request-bytes} (default 2 MB) with 413, first in both security
 * filter chains; the administrators' file upload ({@link #UPLOAD_PATH}) has its own limit, {@code clientlens.max-upload-bytes}
 * (default 50 MB).
 */
class RequestSizeLimit extends OncePerRequestFilter {
    static final String UPLOAD_PATH = "/admin/imports";

    private final long defaultMax;
    private final String uploadPath;
    private final long uploadMax;

    RequestSizeLimit(long max) {
        this(max, null, max);
    }

    RequestSizeLimit(long max, String uploadPath, long uploadMax) {
        this.defaultMax = max;
        this.uploadPath = uploadPath;
        this.uploadMax = uploadMax;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long max = path.equals(uploadPath) ? uploadMax : defaultMax;
        if (request.getContentLengthLong() > max) {
            Problems.write(response, 413, "too-large", "请求过大 / Request too large",
                    "请求体超过 " + max + " 字节", "the request body exceeds " + max + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
