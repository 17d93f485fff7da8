package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.util.List;
import java.util.Locale;

/**
 * Finds the province-level region of a customer for geoZone and coast (docs/POLICY.md): the
 * region field, or when it is empty the start of the address, matched against each region's full,
 * short or English name ("北京市", "广东省深圳市", "内蒙古", "Guangdong"). Spaces and a leading
 * "中国" are ignored.
 */
final class Provinces {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");

    private Provinces() {
    }

    /** Where the lookup looked and what it found; {@code province} is null when nothing matched. */
    record Located(String field, String text, Policy.Province province) {
        boolean found() {
            return province != null;
        }
    }

    static Located locate(CustomerFeatures f, Policy.Geography geography) {
        String region = f.region();
        if (region != null && !region.isBlank()) {
            return new Located("region", region.trim(), find(region, geography));
        }
        Profile p = f.profile();
        String address = p == null ? null : p.address();
        if (address != null && !address.isBlank()) {
            return new Located("address", address.trim(), find(address, geography));
        }
        return new Located(null, null, null);
    }

    /** The region the text starts with, or null. */
    static Policy.Province find(String text, Policy.Geography geography) {
        String t = normalised(text);
        String lower = t.toLowerCase(Locale.ROOT);
        String[] english = englishNames(geography);
        List<Policy.Province> provinces = geography.provinces();
        for (int i = 0; i < provinces.size(); i++) {
            Policy.Province p = provinces.get(i);
            if (t.startsWith(p.shortName())) {
                return p;
            }
            if (startsWithEnglishName(lower, english[i])) {
                return p;
            }
        }
        return null;
    }

    /** "guangdong", "guangdong, …", "guangdongprovince…" or "guangdongshi…" for the English name Guangdong. */
    private static boolean startsWithEnglishName(String lower, String en) {
        if (!lower.startsWith(en)) {
            return false;
        }
        int end = en.length();
        return lower.length() == end || lower.startsWith(",", end) || lower.startsWith("province", end)
                || lower.startsWith("shi", end);
    }

    /** The policy's English names, lower case without spaces, by the provinces' positions. */
    private record EnglishNames(Policy.Geography geography, String[] names) {
    }

    /**
     * A run classifies every customer under one policy, and three rules look up each customer's region: the names are
     * worked out once per policy instead of 34 times a lookup. One entry, compared by identity, is enough for that and
     * costs no hashing of the whole region map.
     */
    private static volatile EnglishNames lastEnglishNames;

    private static String[] englishNames(Policy.Geography geography) {
        EnglishNames last = lastEnglishNames;
        if (last == null || last.geography() != geography) {
            List<Policy.Province> provinces = geography.provinces();
            String[] names = new String[provinces.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = provinces.get(i).en().toLowerCase(Locale.ROOT).replace(" ", "");
            }
            last = new EnglishNames(geography, names);
            lastEnglishNames = last;
        }
        return last.names();
    }

    /** The text after the province-level region it starts with (full name if given, else short), spaces removed. */
    static String afterProvince(String text, Policy.Geography geography) {
        String t = normalised(text);
        for (Policy.Province p : geography.provinces()) {
            if (t.startsWith(p.name())) {
                return t.substring(p.name().length());
            }
            if (t.startsWith(p.shortName())) {
                return t.substring(p.shortName().length());
            }
        }
        return t;
    }

    private static String normalised(String text) {
        // most regions and addresses have no space: skip the pattern for them
        String t = hasSpace(text) ? SPACES.matcher(text).replaceAll("") : text;
        for (String country : new String[] {"中华人民共和国", "中国"}) {
            if (t.startsWith(country)) {
                return t.substring(country.length());
            }
        }
        return t;
    }

    /** Whether {@link #SPACES} matches anywhere in the text: a space, tab, line break, form feed or ideographic space. */
    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r' || ch == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a CJK ideograph: a Chinese place name, not a Czech district. */
    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The inputs of a result: the region as recorded, but never the address (personal data), only that it was used. */
    static java.util.Map<String, Object> inputs(Located where) {
        if ("address".equals(where.field())) {
            return Context.inputs("region", null, "source", "address",
                    "province", where.found() ? where.province().name() : null);
        }
        return Context.inputs("region", where.text(), "province", where.found() ? where.province().name() : null);
    }

    /** UNKNOWN with the reason why no province-level region was found; the address itself is not repeated. */
    static DimensionResult notFound(Dimension dimension, Located where) {
        if (where.field() == null) {
            return DimensionResult.unknown(dimension, Context.inputs("region", null, "address", null),
                    new Reason("regionMissing", "地区和地址均未登记", "Neither region nor address is recorded"));
        }
        boolean region = where.field().equals("region");
        String zh = region ? "地区“" + where.text() + "”" : "地址";
        String en = region ? "The region '" + where.text() + "'" : "The address";
        if (!isChinese(where.text())) {
            return DimensionResult.unknown(dimension, inputs(where), Reason.deferred("notInChina", () -> Label.of(
                    zh + "不在中国的省级行政区内（如境外地区），本分类只适用于中国各省级行政区",
                    en + " is not in a Chinese province-level region (e.g. a region abroad); this class only applies within China")));
        }
        return DimensionResult.unknown(dimension, inputs(where), Reason.deferred("provinceNotRecognised", () -> Label.of(
                zh + "开头不是政策地区表中的省级行政区名称（全称、简称或英文名）",
                en + " does not start with a province-level region of the policy's region map (full, short or English name)")));
    }
}
