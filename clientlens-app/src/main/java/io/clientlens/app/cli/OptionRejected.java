package io.clientlens.app.cli;

import io.clientlens.code.InputRejected;

import java.util.List;

/** An option's value the command cannot use, said in both languages with the values it takes. */
final class OptionRejected {
    private OptionRejected() {
    }

    /** "--format: expected text or json, was xml" and "--format：应为 text 或 json，实为 xml". */
    static InputRejected oneOf(String option, Object was, String... choices) {
        List<String> all = List.of(choices);
        String last = all.get(all.size() - 1);
        String others = String.join(", ", all.subList(0, all.size() - 1));
        String othersZh = String.join("、", all.subList(0, all.size() - 1));
        return new InputRejected(option + "：应为 " + (all.size() == 1 ? last : othersZh + " 或 " + last) + "，实为 " + was,
                option + ": expected " + (all.size() == 1 ? last : others + " or " + last) + ", was " + was);
    }
}
