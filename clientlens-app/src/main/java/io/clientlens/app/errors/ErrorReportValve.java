package io.clientlens.app.errors;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The servlet container's own error answer, for requests it refuses before any application code runs (an encoded
 * {@code /}, {@code \} or NUL in the path, a malformed escape): instead of Tomcat's English HTML page, the same problem
 * detail or page as every other error ({@link ErrorResponses}).
 */
public class ErrorReportValve extends org.apache.catalina.valves.ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorResponses.Meaning m = ErrorResponses.meaning(status);
        // A request line or headers too long to parse leave no path: the answer is then a problem detail, which a program
        // can read and a person still understands.
        String uri = request.getRequestURI();
        if (uri == null || uri.isEmpty()) {
            uri = request.getCoyoteRequest().requestURI().toString();
        }
        boolean api = uri == null || uri.isEmpty() || uri.equals("null") || ErrorResponses.isApi("", uri);
        try {
            response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? ErrorResponses.problem(status, m.type(), m.zhTitle() + " / " + m.enTitle(), m.zh(), m.en())
                        : ErrorResponses.page(status, m.zhTitle(), m.enTitle(), m.zh(), m.en()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the answer was already started: nothing more can be sent
        }
    }
}
