package io.clientlens.app.classify;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Which classification runs to delete, as the operator chose them; each checks itself and says, in zh and en, which
 * option is wrong and what it expects. The latest {@value RunRetention#ALWAYS_KEPT} completed runs are kept whatever
 * the choice ({@link RunRetention#ALWAYS_KEPT}).
 */
public sealed interface RunSelection {

    /** How the choice is written on the command line, for the audit record. */
    String described();

    /** Keep the {@code latest} latest completed runs, delete the older ones. */
    record Keep(int latest) implements RunSelection {
        public Keep {
            if (latest < RunRetention.ALWAYS_KEPT) {
                throw refused("--keep", "应为不小于 2 的整数，实为 " + latest + "（最新两次已完成的运行总是保留）",
                        "expected a whole number of at least 2, was " + latest
                                + " (the two latest completed runs are always kept)");
            }
        }

        public static Keep parse(String text) {
            try {
                return new Keep(Integer.parseInt(text.trim()));
            } catch (NumberFormatException e) {
                throw refused("--keep", "应为不小于 2 的整数，实为 '" + text + "'",
                        "expected a whole number of at least 2, was '" + text + "'");
            }
        }

        @Override
        public String described() {
            return "--keep " + latest;
        }
    }

    /** Delete the completed runs whose as-of date is before {@code date}. */
    record Before(LocalDate date) implements RunSelection {
        public static Before parse(String text) {
            try {
                return new Before(LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e) {
                throw refused("--before", "应为日期 YYYY-MM-DD（运行的评估日早于该日的将被删除），实为 '" + text + "'",
                        "expected a date YYYY-MM-DD (runs with an earlier as-of date are deleted), was '" + text + "'");
            }
        }

        @Override
        public String described() {
            return "--before " + date;
        }
    }

    /** Delete these runs, by number. */
    record Runs(List<Long> ids) implements RunSelection {
        public Runs {
            ids = List.copyOf(ids);
        }

        public static Runs parse(List<String> texts) {
            return new Runs(texts.stream().map(Runs::runNumber).distinct().toList());
        }

        private static long runNumber(String text) {
            try {
                long id = Long.parseLong(text.trim());
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // said below, as for a number below 1
            }
            throw refused("--run", "应为运行编号（正整数，见 runs list），实为 '" + text + "'",
                    "expected a run number (a positive whole number, see runs list), was '" + text + "'");
        }

        @Override
        public String described() {
            return "--run " + String.join(",", ids.stream().map(String::valueOf).toList());
        }
    }

    /** A refusal naming the option, in zh then en, as the command line prints it on one line. */
    static IllegalArgumentException refused(String option, String zh, String en) {
        return new IllegalArgumentException(option + "：" + zh + " / " + option + ": " + en);
    }
}
