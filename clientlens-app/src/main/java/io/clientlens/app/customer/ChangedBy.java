package io.clientlens.app.customer;

import io.clientlens.identity.Masking;
import io.clientlens.app.security.SignedInUser;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who changes customer profiles and through what, for the audit record {@code PROFILE_CHANGE} (docs/SECURITY.md,
 * "Profile changes"): the signed-in user on the web form and the REST API, the administrator who started an import
 * on the administration page, and the local operator ({@code OPERATOR}, the operating-system user) for imports on
 * the command line. {@code source} names the file of an import (its name only, identity numbers in it masked).
 */
public record ChangedBy(String user, String role, String via, String source) {
    public static final String WEB_FORM = "WEB_FORM";
    public static final String API = "API";
    public static final String IMPORT = "IMPORT";
    public static final String COMMAND_LINE = "COMMAND_LINE";
    /** The role recorded for the command line, which trusts whoever may run it on the server. */
    public static final String OPERATOR = io.clientlens.staff.Role.OPERATOR;

    public static ChangedBy user(SignedInUser user, String via) {
        return new ChangedBy(user.username(), user.role().name(), via, null);
    }

    /** An import started by a signed-in user (the administration page) of the file the browser named {@code fileName}. */
    public static ChangedBy importBy(SignedInUser user, String fileName) {
        return new ChangedBy(user.username(), user.role().name(), IMPORT, Masking.identityNumbersIn(fileName));
    }

    /** The command line: the operating-system user running it. */
    public static ChangedBy localOperator(String via, Path file) {
        String name = System.getProperty("user.name");
        return new ChangedBy(name == null || name.isBlank() ? "operator" : name, OPERATOR, via, file == null ? null : fileName(file));
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return Masking.identityNumbersIn(name == null ? file.toString() : name.toString());
    }

    /** The audit record's inputs: through what, from which file, and the changes (masked). */
    public Map<String, Object> inputs(List<ProfileChanges.Change> changes) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("via", via);
        if (source != null) {
            inputs.put("source", source);
        }
        inputs.put("fields", changes.stream().map(ProfileChanges.Change::field).toList());
        inputs.put("changes", changes.stream().map(ProfileChanges.Change::asMap).toList());
        return inputs;
    }
}
