package io.clientlens.customer;

import io.clientlens.testing.RandomCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TypedAmountPropertiesTest {

    static Stream<Random> cases() {
        return RandomCases.cases(500);
    }

    private static BigDecimal read(String text) {
        TypedAmount.Result r = TypedAmount.parse(text);
        assertThat(r).as(text).isInstanceOf(TypedAmount.Result.Read.class);
        return ((TypedAmount.Result.Read) r).amount();
    }

    private static TypedAmount.Result.Refused refused(String text) {
        TypedAmount.Result r = TypedAmount.parse(text);
        assertThat(r).as(text).isInstanceOf(TypedAmount.Result.Refused.class);
        return (TypedAmount.Result.Refused) r;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,000,000|1000000", "1000000.00|1000000.00", "100万|1000000", "1.5万|15000", "１，０００，０００|1000000",
            "100万元|1000000", "2亿|200000000", "¥1,234.5|1234.5", "￥８８８|888", "500元|500", " 100 万 |1000000",
            "1.2345万|12345", "0.01|0.01", "0|0", "1,234,567.89|1234567.89", "+300|300", "１．５万|15000"})
    void readsWhatChineseUsersType(String typed, String expected) {
        assertThat(read(typed)).isEqualByComparingTo(expected);
    }

    @Test
    void keepsTheScaleAsTypedAndGivesWholeNumbersForTenThousands() {
        assertThat(read("1000000.00").toPlainString()).isEqualTo("1000000.00");
        assertThat(read("100万").toPlainString()).isEqualTo("1000000");
        assertThat(read("1.5万").toPlainString()).isEqualTo("15000");
        assertThat(read("1.23456万").toPlainString()).isEqualTo("12345.6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e6", "1,00,000", "10,0000", "1.2.3", "--5", "万", "1万万", "100$", "1 000 000",
            "0.001", "1.2345678万", "12345678901234567", "NaN", "1,000,", ",100", "100元万", "五万"})
    void refusesGarbageSayingWhatIsExpectedAndWhatWasFound(String typed) {
        TypedAmount.Result.Refused r = refused(typed);
        assertThat(r.zh()).contains(TypedAmount.EXPECTED_ZH).contains("实为“" + typed.strip() + "”");
        assertThat(r.en()).contains(TypedAmount.EXPECTED_EN).contains("found '" + typed.strip() + "'");
        assertThat(r.problem("amount").field()).isEqualTo("amount");
    }

    @Test
    void namesTheReason() {
        assertThat(refused("-5").zh()).startsWith("不能为负数");
        assertThat(refused("-5").en()).startsWith("must not be negative");
        assertThat(refused("1,00,000").en()).startsWith("thousands separators");
        assertThat(refused("0.001").zh()).startsWith("最多精确到分");
        assertThat(refused("10000000000000000").en()).startsWith("too large");
        assertThat(refused(" ").en()).startsWith("nothing was entered");
        assertThat(refused(null).en()).startsWith("nothing was entered");
    }

    /** Any amount in fen below 10^16, written in each accepted way, reads back as the same amount. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyWayOfWritingAnAmountReadsBackTheSame(Random random) {
        BigDecimal amount = new BigDecimal(new BigInteger(53, random).mod(BigInteger.TEN.pow(random.nextInt(17) + 1)), 2);
        String plain = amount.toPlainString();
        assertThat(read(plain)).isEqualByComparingTo(amount);
        assertThat(read(plain).scale()).isEqualTo(2);
        String grouped = String.format(java.util.Locale.ROOT, "%,.2f", amount);
        assertThat(read(grouped)).isEqualByComparingTo(amount);
        assertThat(read(fullWidth(grouped))).isEqualByComparingTo(amount);
        assertThat(read("¥" + grouped + "元")).isEqualByComparingTo(amount);
        // in 万: the amount divided by 10,000, with as many decimals as it takes
        String inWan = amount.movePointLeft(4).stripTrailingZeros().toPlainString() + "万";
        assertThat(read(inWan)).isEqualByComparingTo(amount);
        assertThat(read(inWan + "元").scale()).isBetween(0, 2);
    }

    /** Whatever is typed, reading never throws, and a read amount is never negative, has at most 2 decimals and is below 10^16. */
    @ParameterizedTest
    @MethodSource("cases")
    void neverThrowsAndReadsOnlyValidAmounts(Random random) {
        String alphabet = "0123456789,.-+ 万亿元¥０１，．e";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(25); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        TypedAmount.Result r = TypedAmount.parse(s.toString());
        if (r instanceof TypedAmount.Result.Read read) {
            assertThat(read.amount().signum()).isNotNegative();
            assertThat(read.amount().scale()).isBetween(0, 2);
            assertThat(read.amount()).isLessThan(BigDecimal.TEN.pow(16));
        } else {
            assertThat(((TypedAmount.Result.Refused) r).en()).contains(TypedAmount.EXPECTED_EN);
        }
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == ',' ? '，' : c == '.' ? '．' : c);
        }
        return out.toString();
    }
}
