package io.clientlens.batch.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile document was rejected; {@link #problems()} says where and why. */
public class ProfileInvalid extends RuntimeException {
    private final String source;
    private final transient List<ProfileProblem> problems;

    public ProfileInvalid(String source, List<ProfileProblem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String message(String source, List<ProfileProblem> problems) {
        return "invalid profile " + source + " / 客户资料无效:" + problems.stream()
                .map(p -> "\n  " + p)
                .collect(Collectors.joining());
    }
}
