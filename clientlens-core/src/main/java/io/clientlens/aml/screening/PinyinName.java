package io.clientlens.aml.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Chinese name in pinyin for comparison with a name in Latin letters (docs/AML.md, "Screening"): the family name
 * (one character, or two for a compound family name such as 欧阳) and the given name, each written in tone-less pinyin
 * with its syllables run together, as passports and watch lists write them ("Zhang Weiming"). Family names read
 * differently from the same character elsewhere are read as family names (曾 Zeng, 单 Shan, 解 Xie …).
 *
 * @param family the family name in pinyin, lower case ("zhang")
 * @param given  the given name in pinyin, lower case, syllables run together ("weiming"); empty when the name is one
 *               character
 */
public record PinyinName(String family, String given) {

    /** Tone-less Latin letters for Han characters: the syllables separated by spaces, as ICU's Han-Latin writes them. */
    @FunctionalInterface
    public interface Romanizer {
        /** @return the text with its Han characters in tone-less pinyin syllables separated by spaces, or null */
        String latin(String han);

        /** No transliteration: Chinese names match Chinese names only. */
        Romanizer NONE = han -> null;
    }

    /** Compound family names (复姓), read as one family name. */
    private static final List<String> COMPOUND = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "万俟", "端木", "澹台", "南宫", "西门", "轩辕", "独孤", "钟离",
            "呼延", "闻人", "赫连", "申屠", "濮阳", "太史", "司空", "百里", "东郭", "第五");

    /** Family names whose reading differs from the character's usual one (多音字姓氏). */
    private static final Map<String, String> FAMILY_READINGS = Map.ofEntries(Map.entry("曾", "zeng"),
            Map.entry("单", "shan"), Map.entry("解", "xie"), Map.entry("仇", "qiu"), Map.entry("区", "ou"),
            Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("乐", "yue"), Map.entry("覃", "qin"),
            Map.entry("缪", "miao"), Map.entry("盖", "ge"), Map.entry("翟", "zhai"), Map.entry("尉迟", "yuchi"),
            Map.entry("万俟", "moqi"), Map.entry("长孙", "zhangsun"), Map.entry("秘", "bi"), Map.entry("种", "chong"),
            Map.entry("员", "yun"), Map.entry("繁", "po"), Map.entry("召", "shao"), Map.entry("冼", "xian"),
            Map.entry("沈", "shen"), Map.entry("柏", "bai"), Map.entry("薄", "bo"), Map.entry("宿", "su"),
            Map.entry("阚", "kan"), Map.entry("谌", "chen"), Map.entry("隗", "wei"));

    /**
     * The pinyin of a Chinese name, or null when it has no Han character, or when {@code romanizer} gives nothing for
     * it. Characters other than Han ones (spaces, the middle dot of transliterated foreign names) are left out.
     */
    public static PinyinName of(String name, Romanizer romanizer) {
        if (name == null || romanizer == null) {
            return null;
        }
        StringBuilder han = new StringBuilder();
        name.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(han::appendCodePoint);
        if (han.isEmpty()) {
            return null;
        }
        String chars = han.toString();
        int familyLength = chars.codePointCount(0, chars.length()) > 2 && COMPOUND.stream().anyMatch(chars::startsWith)
                ? 2 : 1;
        int split = chars.offsetByCodePoints(0, familyLength);
        String familyChars = chars.substring(0, split);
        String family = FAMILY_READINGS.containsKey(familyChars) ? FAMILY_READINGS.get(familyChars)
                : letters(romanizer.latin(familyChars));
        String given = split < chars.length() ? letters(romanizer.latin(chars.substring(split))) : "";
        if (family == null || family.isEmpty() || given == null) {
            return null;
        }
        return new PinyinName(family, given);
    }

    /** The ways a Latin list writes this name, without spaces: family name first, and family name last. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(2);
        keys.add(family + given);
        if (!given.isEmpty()) {
            keys.add(given + family);
        }
        return keys;
    }

    /** "zhang weiming": the family name first, as shown in reasons. */
    public String written() {
        return given.isEmpty() ? family : family + " " + given;
    }

    /** Lower-case ASCII letters only, or null when there are none. */
    private static String letters(String latin) {
        if (latin == null) {
            return null;
        }
        String key = Names.key(latin);
        return key.isEmpty() || !key.chars().allMatch(c -> c >= 'a' && c <= 'z') ? null : key;
    }
}
