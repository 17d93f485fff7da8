package io.clientlens.app.aml;

import io.clientlens.aml.screening.Names;
import io.clientlens.aml.screening.Screening;
import io.clientlens.aml.screening.WatchListEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening test set of the core (true matches, near misses, non-matches, among them pairs of a Chinese and a
 * Latin name) as the application screens: Chinese names also compared by pinyin (ICU), at the policy's default
 * threshold. Precision and recall as recorded in docs/AML.md ("Screening"); a change that moves them fails here.
 */
class PinyinScreeningTestSetTest {
    private static final double THRESHOLD = 0.92;
    private static final Path SET = Path.of("../clientlens-core/src/test/resources/io/clientlens/aml/screening/screening-test-set.csv");

    private record Pair(String kind, String customer, String listed) {
        boolean chineseAndLatin() {
            return Names.isChinese(customer) != Names.isChinese(listed);
        }
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(SET, StandardCharsets.UTF_8).stream().skip(1).toList()) {
            List<String> cells = WatchLists.cells(line);
            pairs.add(new Pair(cells.get(0), cells.get(1), cells.get(2)));
        }
        return pairs;
    }

    /** tp, fp, fn, tn of {@code pairs}; the wrong ones with their score into {@code wrong}. */
    private static int[] measure(List<Pair> pairs, List<String> wrong) {
        int[] counts = new int[4];
        for (Pair p : pairs) {
            double score = Names.compare(p.customer(), p.listed(), IcuPinyin.INSTANCE).score();
            boolean matched = score >= THRESHOLD;
            boolean truth = p.kind().equals("MATCH");
            int k = matched && truth ? 0 : matched ? 1 : truth ? 2 : 3;
            counts[k]++;
            if (k == 1 || k == 2) {
                wrong.add((k == 1 ? "false positive " : "missed ") + p + String.format(" %.3f", score));
            }
        }
        return counts;
    }

    @Test
    void precisionAndRecallWithPinyin() throws IOException {
        List<Pair> all = pairs();
        List<String> wrong = new ArrayList<>();
        int[] total = measure(all, wrong);
        int[] hanLatin = measure(all.stream().filter(Pair::chineseAndLatin).toList(), new ArrayList<>());
        System.out.printf("screening test set with pinyin: tp %d fp %d fn %d tn %d precision %.3f recall %.3f; "
                        + "Chinese-Latin pairs: tp %d fp %d fn %d tn %d%n%s%n", total[0], total[1], total[2], total[3],
                total[0] / (double) (total[0] + total[1]), total[0] / (double) (total[0] + total[2]),
                hanLatin[0], hanLatin[1], hanLatin[2], hanLatin[3], String.join("\n", wrong));
        assertThat(all).hasSize(70);
        assertThat(total).containsExactly(EXPECTED);
        assertThat(hanLatin).containsExactly(EXPECTED_CHINESE_LATIN);
    }

    /** tp, fp, fn, tn of the whole set at THRESHOLD with pinyin (docs/AML.md). */
    static final int[] EXPECTED = {32, 6, 4, 28};
    /** The same for the pairs of a Chinese and a Latin name alone. */
    static final int[] EXPECTED_CHINESE_LATIN = {16, 2, 2, 11};

    @Test
    void familyNameOrderSpacingAndFamilyReadingsDoNotMatter() {
        for (String latin : List.of("ZHANG Wei", "Wei ZHANG", "zhang wei", "ZHANGWEI", "WEIZHANG", "Zhang, Wei")) {
            assertThat(Names.compare("张伟", latin, IcuPinyin.INSTANCE).score()).as(latin).isEqualTo(1.0);
        }
        assertThat(Names.compare("王小明", "Xiao Ming WANG", IcuPinyin.INSTANCE).score()).isEqualTo(1.0);
        assertThat(Names.compare("曾国藩", "ZENG Guofan", IcuPinyin.INSTANCE).score()).isEqualTo(1.0); // not "ceng"
        assertThat(Names.compare("欧阳娜娜", "Nana OUYANG", IcuPinyin.INSTANCE).score()).isEqualTo(1.0);
        // the family name must be the same: ZHENG is not ZHANG, however alike the rest
        assertThat(Names.compare("张伟", "ZHENG Wei", IcuPinyin.INSTANCE).score()).isZero();
        // two Chinese names still match only exactly: a homophone with another character is not a match
        assertThat(Names.compare("张伟", "张玮", IcuPinyin.INSTANCE).score()).isZero();
        // without transliteration nothing changes
        assertThat(Names.similarity("张伟", "ZHANG Wei")).isZero();
    }

    @Test
    void theReasonSaysTheMatchWasByPinyinAndHowAlike() {
        var entry = new WatchListEntry("SANCTIONS", "S-2", List.of("ZHANG Wei"), null, null);
        assertThat(Screening.screen(new Screening.Subject("C1", "张伟", null, null), List.of(entry), THRESHOLD,
                IcuPinyin.INSTANCE)).singleElement().satisfies(m -> {
                    assertThat(m.score()).isEqualTo(1.0);
                    assertThat(m.reason().zh()).contains("按拼音（zhang wei）").contains("S-2").contains("相似度 100%");
                    assertThat(m.reason().en()).contains("compared by pinyin (zhang wei)").contains("100% alike (≥ 92%)");
                });
        // and the other way: a Latin customer name against a Chinese list name
        var chinese = new WatchListEntry("PEP", "P-11", List.of("王小明"), null, null);
        assertThat(Screening.screen(new Screening.Subject("C2", "Wang Xiaoming", null, null), List.of(chinese), THRESHOLD,
                IcuPinyin.INSTANCE)).singleElement().satisfies(m -> assertThat(m.reason().en()).contains("(wang xiaoming)"));
        assertThat(Screening.screen(new Screening.Subject("C2", "Wang Xiaoming", null, null), List.of(chinese), THRESHOLD))
                .isEmpty();
    }
}
