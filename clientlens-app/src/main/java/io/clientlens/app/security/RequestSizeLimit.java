package io.clientlens.app.security;

import io.clientlens.app.errors.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a request body larger than {@code clientlens.max-request-bytes} (default 2 MB) with 413, first in both security
 * filter chains; the administrators' file upload ({@link #UPLOAD_PATH}) has its own limit, {@code clientlens.max-upload-bytes}
 * (default 50 MB), and a form ({@code application/x-www-form-urlencoded}) that of the container,
 * {@code server.tomcat.max-http-form-post-size} (64 KB). The answer is a problem detail under {@code /api/}, a page in both
 * languages elsewhere ({@link ErrorResponses}).
 */
class RequestSizeLimit extends OncePerRequestFilter {
    static final String UPLOAD_PATH = "/admin/imports";

    private final long defaultMax;
    private final String uploadPath;
    private final long uploadMax;
    private final long formMax;

    RequestSizeLimit(long max, long formMax) {
        this(max, null, max, formMax);
    }

    RequestSizeLimit(long max, String uploadPath, long uploadMax, long formMax) {
        this.defaultMax = max;
        this.uploadPath = uploadPath;
        this.uploadMax = uploadMax;
        this.formMax = formMax;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long max = path.equals(uploadPath) ? uploadMax
                : type.startsWith("application/x-www-form-urlencoded") ? Math.min(formMax, defaultMax) : defaultMax;
        if (request.getContentLengthLong() > max) {
            ErrorResponses.write(response, ErrorResponses.isApi(request.getContextPath(), request.getRequestURI()), 413, "too-large",
                    "请求过大", "Request too large",
                    "提交的内容超过 " + max + " 字节，请缩短后重试", "the request body exceeds " + max + " bytes; shorten it and try again");
            return;
        }
        chain.doFilter(request, response);
    }
}
