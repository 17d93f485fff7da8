package io.clientlens.app.errors;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The body of every error answer that no controller wrote, whoever produced the error (the servlet container for a path
 * it refuses, the security firewall, Spring MVC for a method or media type, a form that is too large): under
 * {@code /api/} an RFC 9457 problem detail ({@code application/problem+json}) in both languages, elsewhere a small
 * page in Chinese and English. Never a stack trace, a class name, SQL or a server path (docs/API.md, "Errors").
 */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** What an error status means, for people: title and explanation in both languages, and the problem type. */
    public record Meaning(String type, String zhTitle, String enTitle, String zh, String en) {
    }

    private static final Map<Integer, Meaning> MEANINGS = Map.ofEntries(
            Map.entry(400, new Meaning("bad-request", "请求无效", "Bad request",
                    "请求的地址、请求头或内容无效（例如地址中含有 %2F、%5C、%00 等编码字符，或请求行与请求头超过 16 KB）",
                    "the request's address, headers or content are not valid (for example %2F, %5C or %00 in the path, or a "
                            + "request line and headers over 16 KB)")),
            Map.entry(401, new Meaning("unauthenticated", "未登录", "Not signed in", "请先登录", "sign in first")),
            Map.entry(403, new Meaning("forbidden", "无权操作", "Not allowed", "您不能执行此操作", "you may not do this")),
            Map.entry(404, new Meaning("not-found", "不存在", "Not found", "该地址不存在", "nothing exists at this address")),
            Map.entry(405, new Meaning("method-not-allowed", "不支持该请求方法", "Method not allowed",
                    "该地址不支持此请求方法", "this address does not accept this request method")),
            Map.entry(406, new Meaning("not-acceptable", "无法提供所需格式", "Not acceptable",
                    "该地址只能返回 JSON（application/json 或 application/problem+json）",
                    "this address answers only in JSON (application/json or application/problem+json)")),
            Map.entry(408, new Meaning("timeout", "请求超时", "Request timeout", "请求未能及时完成", "the request did not complete in time")),
            Map.entry(413, new Meaning("too-large", "请求过大", "Request too large",
                    "提交的内容超过了允许的大小（表单最多 64 KB，其他请求最多 2 MB，文件导入最多 50 MB），请缩短后重试",
                    "what was sent exceeds the allowed size (forms 64 KB, other requests 2 MB, file imports 50 MB); shorten it and try again")),
            Map.entry(414, new Meaning("uri-too-long", "地址过长", "URI too long", "请求的地址过长", "the request's address is too long")),
            Map.entry(415, new Meaning("unsupported-media-type", "不支持的内容类型", "Unsupported media type",
                    "请求体的内容类型不受支持（应为 application/json）", "the request body's media type is not supported (expected application/json)")),
            Map.entry(429, new Meaning("too-many-requests", "请求过多", "Too many requests", "请稍后再试", "try again later")),
            Map.entry(503, new Meaning("unavailable", "服务繁忙", "Service unavailable", "服务器暂时无法处理，请稍后再试",
                    "the server cannot handle this now; try again later")));

    private static final Meaning OTHER_CLIENT_ERROR = new Meaning("bad-request", "请求无效", "Bad request", "请求无效", "the request is not valid");
    private static final Meaning SERVER_ERROR = new Meaning("internal-error", "服务器内部错误", "Internal error",
            "服务器未能完成请求，错误已记录", "the server could not complete the request; the error was logged");

    public static Meaning meaning(int status) {
        return MEANINGS.getOrDefault(status, status >= 500 ? SERVER_ERROR : OTHER_CLIENT_ERROR);
    }

    /** Whether the path (as sent, before the context path is removed) is the REST API's. */
    public static boolean isApi(String contextPath, String requestUri) {
        String path = requestUri == null ? "" : requestUri;
        String prefix = (contextPath == null ? "" : contextPath) + "/api/";
        return path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1));
    }

    /** Writes the status's problem detail or page; the response must not be committed. */
    public static void write(HttpServletResponse response, boolean api, int status) throws IOException {
        Meaning m = meaning(status);
        write(response, api, status, m.type(), m.zhTitle(), m.enTitle(), m.zh(), m.en());
    }

    /** Writes a problem detail or page with the given texts. */
    public static void write(HttpServletResponse response, boolean api, int status, String type, String zhTitle, String enTitle,
                             String zh, String en) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write(api ? problem(status, type, zhTitle + " / " + enTitle, zh, en) : page(status, zhTitle, enTitle, zh, en));
        out.flush();
    }

    public static String problem(int status, String type, String title, String zh, String en) {
        return "{\"type\":\"urn:clientlens:problem:" + type + "\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(en) + ",\"zh\":" + quote(zh) + ",\"en\":" + quote(en) + "}";
    }

    public static String page(int status, String zhTitle, String enTitle, String zh, String en) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + status + " " + html(zhTitle) + " / "
                + html(enTitle) + "</title><link rel=\"stylesheet\" href=\"/clientlens.css\"></head><body><main>"
                + "<h2>" + html(zhTitle) + "</h2><p>" + html(zh) + "</p>"
                + "<h2 lang=\"en\">" + html(enTitle) + "</h2><p lang=\"en\">" + html(en) + "</p>"
                + "<p><a href=\"/\">返回首页 / Home</a></p></main></body></html>\n";
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A JSON string literal (the one codec quotes it). */
    static String quote(String s) {
        return io.clientlens.batch.json.Json.write(s);
    }
}
