package io.clientlens.app.admin;

import io.clientlens.importing.FileRefused;
import io.clientlens.importing.NotUtf8Text;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * What a failed job tells the person who started it (docs/SECURITY.md, "Messages"): what is wrong with the file, in
 * English and Chinese ({@code "english / 中文"}, shown in the page's language by {@link #inLanguage}); never the
 * exception's own text, which may hold SQL, class names or server paths. Those go to the server's log only.
 */
public final class JobFailure {
    static final String SEPARATOR = " / ";

    private JobFailure() {
    }

    /** The message kept with the job for {@code failure}. */
    public static String message(Throwable failure, long jobId) {
        return explained(failure).orElse("the job stopped because of an unexpected error; nothing was stored. Check that the "
                + "file is of the kind chosen; the server's log has the details under job " + jobId
                + SEPARATOR + "任务因意外错误停止，未写入任何数据。请检查文件是否为所选类型；服务器日志中任务 " + jobId + " 下有详细信息");
    }

    /** What is wrong with the file when {@code failure} (or a cause) is one a reader raises on a file of the wrong kind. */
    public static java.util.Optional<String> fileProblem(Throwable failure) {
        return java.util.Optional.ofNullable(known(failure));
    }

    /** What the person who started the work can act on: a problem with the file, or a resource the server lacked. */
    public static java.util.Optional<String> explained(Throwable failure) {
        return fileProblem(failure).or(() -> serverProblem(failure));
    }

    /**
     * What to do when the database server lacked a resource (PostgreSQL's errors of class 53: disk, memory,
     * connections). Its own message names a data file inside the server's directory and the statement that failed; the
     * person at the screen needs to know which resource ran out. The job's or command's work was rolled back.
     */
    public static java.util.Optional<String> serverProblem(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("53")) {
                return java.util.Optional.of(switch (sql.getSQLState()) {
                    case "53100" -> "the database server has run out of disk space; nothing of this was stored. Free space on "
                            + "the database's disk and run it again" + SEPARATOR
                            + "数据库服务器磁盘空间不足，本次未写入任何数据。请释放数据库所在磁盘的空间后重新运行";
                    case "53200" -> "the database server ran out of memory; nothing of this was stored. Run it again when the "
                            + "server is less busy, or give it more memory" + SEPARATOR
                            + "数据库服务器内存不足，本次未写入任何数据。请在服务器较空闲时重新运行，或为其增加内存";
                    case "53300" -> "the database server has no free connection; nothing of this was stored. Run it again "
                            + "shortly, or raise the server's max_connections" + SEPARATOR
                            + "数据库服务器没有空闲连接，本次未写入任何数据。请稍后重新运行，或调高服务器的 max_connections";
                    default -> "the database server reached one of its limits (SQLState " + sql.getSQLState() + "); nothing "
                            + "of this was stored. Its administrator finds the details in the server's log" + SEPARATOR
                            + "数据库服务器达到其某项限制（SQLState " + sql.getSQLState() + "），本次未写入任何数据。"
                            + "数据库管理员可在服务器日志中查看详情";
                });
            }
        }
        return java.util.Optional.empty();
    }

    /** True when a message would show SQL, a Java class or exception name: not for the person at the screen. */
    public static boolean internal(String message) {
        return message == null || INTERNAL.matcher(message).find();
    }

    private static final java.util.regex.Pattern INTERNAL = java.util.regex.Pattern.compile(
            "(?i)\\bSQL\\b|PreparedStatement|\\binsert into\\b|\\bupdate [a-z_]+ set\\b|\\bselect .* from\\b"
                    + "|(?-i:[A-Za-z]+(Exception|Error)\\b)|\\b(java|javax|jakarta|org|com|tools|de)\\.[a-z0-9_]+\\.");

    /** The failure and its causes, outermost first (a cause that is its own cause ends the chain). */
    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String known(Throwable failure) {
        for (Throwable t : causes(failure)) {
            String type = t.getClass().getName();
            if (t instanceof NotUtf8Text notText) {
                return bilingual(notText.reason());
            }
            if (t instanceof CharacterCodingException || type.endsWith("MalformedInputException")) {
                return bilingual(NotUtf8Text.reason(0));
            }
            if (t instanceof FileRefused refused) {
                return bilingual(refused.reason());
            }
            if (type.startsWith("org.apache.poi.") || t instanceof java.util.zip.ZipException) {
                return "the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx, or as CSV UTF-8, and upload it again"
                        + SEPARATOR + "文件不是 Excel 工作簿（.xlsx）：请在 Excel 中另存为 .xlsx 或 CSV UTF-8 后重新上传";
            }
            if (type.startsWith("tools.jackson.") || type.startsWith("com.fasterxml.jackson.")) {
                return "the file is not valid JSON: each line of a .jsonl file must be one JSON object (a .json file one object "
                        + "or an array of them)" + SEPARATOR + "文件不是有效的 JSON：.jsonl 文件每行应为一个 JSON 对象（.json 文件为一个对象或对象数组）";
            }
            if (type.startsWith("de.siegmar.fastcsv.")) {
                return "the file is not valid CSV: check its quotes and line ends, save it as CSV UTF-8 and upload it again"
                        + SEPARATOR + "文件不是有效的 CSV：请检查引号与换行，另存为 CSV UTF-8 后重新上传";
            }
        }
        return null;
    }

    private static String bilingual(io.clientlens.code.Label reason) {
        return reason.en() + SEPARATOR + reason.zh();
    }

    /** The part of an "english / 中文" message in the page's language; a message in one language as it is. */
    public static String inLanguage(String message, Locale locale) {
        if (message == null) {
            return null;
        }
        int cut = message.lastIndexOf(SEPARATOR);
        if (cut < 0) {
            return message;
        }
        String first = message.substring(0, cut).strip();
        String second = message.substring(cut + SEPARATOR.length()).strip();
        boolean chineseFirst = hasChinese(first) && !hasChinese(second);
        String zh = chineseFirst ? first : second;
        String en = chineseFirst ? second : first;
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
