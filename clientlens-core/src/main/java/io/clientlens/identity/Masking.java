package io.clientlens.identity;

import io.clientlens.customer.CustomerType;

import java.util.List;
import java.util.Set;

/**
 * Masking of personal data for display (docs/SECURITY.md, JR/T 0171). Every method takes any text:
 * null gives null, a value too short to keep its visible parts is starred completely, and none
 * throws. Masking a masked value changes nothing. A USCC and a company's name identify a company,
 * not a person, and are shown as they are.
 */
public final class Masking {

    /** Two-character surnames; a name starting with one of these keeps both characters. */
    static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
            "宇文", "司徒", "夏侯", "令狐", "端木", "呼延", "轩辕", "申屠", "太史", "澹台",
            "司空", "万俟", "闻人", "独孤", "南宫", "西门", "百里", "东郭", "钟离", "宗政",
            "濮阳", "淳于", "单于", "赫连", "拓跋", "公羊", "公冶", "乐正", "第五", "左丘",
            "鲜于", "闾丘", "亓官", "司寇", "子车", "颛孙", "壤驷", "公良", "漆雕", "谷梁",
            "梁丘", "段干", "东门", "羊舌", "微生", "巫马", "公西");

    private Masking() {
    }

    /**
     * First 4 (province and city, which the masked address shows anyway) and the last character (the check character)
     * kept. The sequence number stays hidden: the birth date is no secret to the RM (a birthday reminder names it), so
     * with the last 4 kept only the two district digits would be left to guess.
     */
    public static String residentId(String value) {
        return keep(value, 4, 1);
    }

    /** First 3 and last 4 characters kept. */
    public static String mobile(String value) {
        return keep(value, 3, 4);
    }

    /** First 6 (the issuer) and last 4 characters kept. */
    public static String bankCard(String value) {
        return keep(value, 6, 4);
    }

    /** What {@link #accountTail} shows before the tail: always four stars, whatever the number's length. */
    public static final String ACCOUNT_TAIL_PREFIX = "****";

    /**
     * An account number reduced to its last four characters behind four stars, so that the accounts of one
     * customer can be told apart while neither the issuer nor the length is shown: 6222020200112233445 → ****3445.
     * A number shorter than eight characters (an internal or sample account id) keeps less than half of itself:
     * 19203 → ****03, 576 → ****6; one or no character → ****. Masking a masked value changes nothing.
     */
    public static String accountTail(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.startsWith(ACCOUNT_TAIL_PREFIX)) {
            return v;
        }
        int keep = v.length() >= 8 ? 4 : (v.length() - 1) / 2;
        return ACCOUNT_TAIL_PREFIX + v.substring(v.length() - keep);
    }

    private static final java.util.regex.Pattern RESIDENT_ID_IN_TEXT = java.util.regex.Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final java.util.regex.Pattern CARD_IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)");
    private static final java.util.regex.Pattern MOBILE_IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    /**
     * Free text (a file name, a message) with every resident ID, card and mobile number in it masked, so that a report
     * or an audit record never repeats one in clear; {@code null} becomes the empty text.
     */
    public static String identityNumbersIn(String text) {
        if (text == null) {
            return "";
        }
        String s = replaceAll(RESIDENT_ID_IN_TEXT, text, Masking::residentId);
        s = replaceAll(CARD_IN_TEXT, s, Masking::bankCard);
        return replaceAll(MOBILE_IN_TEXT, s, Masking::mobile);
    }

    private static String replaceAll(java.util.regex.Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        return pattern.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(mask.apply(m.group())));
    }

    /**
     * Surname and one star: 王小明 → 王*, 欧阳娜娜 → 欧阳*, "John Smith" → "John *". A one-word
     * Latin-script name keeps only its first letter, since its first word is the whole name.
     */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip();
        if (name.isEmpty()) {
            return name;
        }
        if (name.codePointCount(0, name.length()) < 2) {
            return "*";
        }
        if (isLatinScript(name)) {
            String[] words = name.split("\\s+");
            return words.length > 1 ? words[0] + " *" : firstCodePoint(name) + " *";
        }
        return surname(name) + "*";
    }

    /**
     * A customer's name as shown: a person's name masked as {@link #name}; a company's name is not
     * personal data and is shown as it is (docs/SECURITY.md).
     */
    public static String customerName(String value, CustomerType type) {
        return type == CustomerType.CORPORATE ? value : name(value);
    }

    /**
     * First character of the local part, then ***@domain: wang@example.cn → w***@example.cn. Text
     * without a local part and an @ is not an address and is starred completely.
     */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return "*".repeat(value.length());
        }
        return firstCodePoint(value) + "***" + value.substring(at);
    }

    /**
     * An address cut after its prefecture-level city, so that neither the district or county (the area code
     * of a resident ID) nor the street is shown: 广东省广州市天河区体育西路1号 → 广东省广州市*, 北京市朝阳区建国路88号 →
     * 北京市*, 内蒙古自治区呼和浩特市新城区… → 内蒙古自治区呼和浩特市*. An address without Chinese characters keeps its last
     * comma-separated part (the country or city): "1 Main St, Springfield, USA" → "* USA". An address without a
     * recognisable city is starred completely.
     */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        String address = value.strip();
        if (address.isEmpty()) {
            return address;
        }
        if (address.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            int comma = address.lastIndexOf(',');
            return comma < 0 ? "*" : "* " + address.substring(comma + 1).strip();
        }
        for (String municipality : MUNICIPALITIES) {
            if (address.startsWith(municipality)) {
                return address.length() == municipality.length() ? address : municipality + "*";
            }
        }
        int from = 0;
        for (String province : PROVINCE_ENDS) {
            int at = address.indexOf(province);
            if (at > 0 && at <= 8) {
                from = at + province.length();
                break;
            }
        }
        int cut = -1;
        for (String city : CITY_ENDS) {
            int at = address.indexOf(city, from);
            if (at > from && (cut < 0 || at + city.length() < cut)) {
                cut = at + city.length();
            }
        }
        if (cut < 0) {
            return "*";
        }
        return cut == address.length() ? address : address.substring(0, cut) + "*";
    }

    static final List<String> MUNICIPALITIES = List.of("北京市", "上海市", "天津市", "重庆市", "北京", "上海", "天津", "重庆",
            "香港特别行政区", "澳门特别行政区", "香港", "澳门");
    private static final List<String> PROVINCE_ENDS = List.of("自治区", "省");
    private static final List<String> CITY_ENDS = List.of("自治州", "地区", "市", "盟");

    /** A Unified Social Credit Code is public company data (GB 32100) and is not masked. */
    public static String uscc(String value) {
        return value;
    }

    // A 2-character name with a compound-surname start is more likely surname + given name (欧阳 → 欧*).
    private static String surname(String name) {
        if (name.codePointCount(0, name.length()) > 2) {
            String firstTwo = name.substring(0, name.offsetByCodePoints(0, 2));
            if (COMPOUND_SURNAMES.contains(firstTwo)) {
                return firstTwo;
            }
        }
        return firstCodePoint(name);
    }

    private static boolean isLatinScript(String name) {
        int first = name.codePointAt(0);
        return Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN;
    }

    // Code points, not chars, so that a rare character outside the BMP (e.g. 𠇔) is never split.
    private static String firstCodePoint(String text) {
        return text.substring(0, text.offsetByCodePoints(0, 1));
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
