package io.clientlens.suitability;

import io.clientlens.code.Label;

import java.text.Normalizer;

/**
 * The risk disclosure carried by every recommendation (docs/SUITABILITY.md) and the check of the
 * sentence the customer copies out by hand. The copy is compared after Unicode NFKC (so full-width
 * and half-width punctuation count as the same) with all whitespace removed; every character must match.
 */
public final class RiskDisclosure {
    public static final String CONFIRMATION_SENTENCE = "本人已经阅读上述风险提示，充分了解并清楚知晓本产品的风险，愿意承担相关风险";

    private RiskDisclosure() {
    }

    public static Label forProduct(Product product) {
        return forProduct(product, product.derivative());
    }

    /** The disclosure of a product, saying so when it is of high market risk (see {@link Product#isHighMarketRisk}). */
    public static Label forProduct(Product product, boolean highMarketRisk) {
        ProductRisk r = product.risk();
        return Label.of("风险提示：" + product.name() + " 为 " + r.name() + "（" + r.label().zh() + "）产品。最坏情况："
                        + r.worstCase().zh() + "。过往业绩不代表未来表现，理财非存款，产品有风险，投资须谨慎。"
                        + (highMarketRisk ? (product.derivative() ? "本产品为衍生品，属高市场风险产品，价格波动大。" : "本产品属高市场风险产品，价格波动大。") : ""),
                "Risk disclosure: " + product.name() + " is an " + r.name() + " (" + r.label().en() + ") product. Worst case: "
                        + r.worstCase().en() + ". Past performance does not predict the future; this is not a deposit; "
                        + "invest with care." + (highMarketRisk ? (product.derivative() ? " This is a derivative, a high market-risk product whose price swings widely."
                        : " This is a high market-risk product whose price swings widely.") : ""));
    }

    public static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u200B\\uFEFF]", "");
    }

    public static CopyOut verify(String copied) {
        int[] expected = normalize(CONFIRMATION_SENTENCE).codePoints().toArray();
        int[] found = normalize(copied).codePoints().toArray();
        for (int i = 0; i < Math.max(expected.length, found.length); i++) {
            int e = i < expected.length ? expected[i] : -1;
            int f = i < found.length ? found[i] : -1;
            if (e != f) {
                return new CopyOut.Differs(i + 1, e < 0 ? null : Character.toString(e), f < 0 ? null : Character.toString(f));
            }
        }
        return new CopyOut.Matches();
    }

    /** The outcome of comparing the copy. */
    public sealed interface CopyOut {
        record Matches() implements CopyOut {
        }

        /**
         * The first difference, 1-based over the normalised text; {@code expected} is null when the
         * copy runs on past the sentence, {@code found} is null when it stops short.
         */
        record Differs(int position, String expected, String found) implements CopyOut {
            public Label explain() {
                String e = expected == null ? "（结尾）" : "“" + expected + "”";
                String f = found == null ? "（结尾，抄写不完整）" : "“" + found + "”";
                String eEn = expected == null ? "(end)" : "'" + expected + "'";
                String fEn = found == null ? "(end: the copy is incomplete)" : "'" + found + "'";
                return Label.of("第 " + position + " 个字不一致：应为 " + e + "，实为 " + f,
                        "Character " + position + " differs: expected " + eEn + ", found " + fEn);
            }
        }
    }
}
