package io.clientlens.batch.policy;

import io.clientlens.code.Language;
import io.clientlens.code.SaysItself;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A policy file that could not be read at all (missing, a folder, not readable), named as it was given. */
public class PolicyUnreadable extends UncheckedIOException implements SaysItself {
    private static final long serialVersionUID = 1L;

    private final String file;

    public PolicyUnreadable(Path file, IOException cause) {
        super("cannot read the policy file " + file, cause);
        this.file = file.toString();
    }

    /** What {@link #getMessage()} says in English, in {@code language}. */
    @Override
    public String in(Language language) {
        return language == Language.EN ? getMessage() : "无法读取政策文件 " + file;
    }
}
