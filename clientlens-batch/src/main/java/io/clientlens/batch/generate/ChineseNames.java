package io.clientlens.batch.generate;

import io.clientlens.customer.Gender;

import java.util.List;

/** Personal names drawn with the frequencies of common Chinese surnames and given-name characters. */
final class ChineseNames {
    private ChineseNames() {
    }

    // The 50 most common surnames; weights roughly follow their share of the population (%).
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final double[] SURNAME_WEIGHTS = {
            7.1, 7.0, 6.7, 5.4, 4.6, 3.1, 2.5, 2.3, 2.0, 1.9, 1.3, 1.3, 1.2, 1.2, 1.2, 1.1, 1.1, 1.0, 1.0, 0.9,
            0.9, 0.8, 0.8, 0.7, 0.7, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
            0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.3, 0.3};
    private static final Weighted<String> SURNAME = Weighted.of(
            SURNAMES.codePoints().mapToObj(Character::toString).toList(), SURNAME_WEIGHTS);

    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国志文博峰晨毅";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲英萍红燕婷雪琳晶颖慧佳欣怡倩梅莉兰月洁丹璐萱悦彤琪";
    private static final String EITHER = "子思雨一梓嘉晓佳欣文明诗天可";

    private static final List<String> WESTERN_GIVEN = List.of("James", "Michael", "David", "Emily", "Sarah", "Anna",
            "Thomas", "Laura", "Daniel", "Sophie");
    private static final List<String> WESTERN_FAMILY = List.of("Smith", "Johnson", "Brown", "Miller", "Wilson",
            "Taylor", "Müller", "Schmidt", "Martin", "Clarke");
    private static final List<String> JAPANESE = List.of("Tanaka Hiroshi", "Sato Yuki", "Suzuki Kenji",
            "Takahashi Aiko", "Watanabe Naoko", "Ito Takeshi");
    private static final List<String> KOREAN = List.of("Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon", "Choi Soo-ah");
    private static final List<String> SINGAPOREAN = List.of("Tan Wei Ming", "Lim Hui Min", "Ng Kok Leong",
            "Wong Mei Ling", "Lee Jia Hui");

    static String surname(Draw draw) {
        return draw.pick(SURNAME);
    }

    /** One or (mostly) two given-name characters fitting the gender. */
    static String given(Gender gender, Draw draw) {
        String own = gender == Gender.M ? MALE : FEMALE;
        if (draw.chance(0.25)) {
            return String.valueOf(draw.pick(own));
        }
        char first = draw.chance(0.3) ? draw.pick(EITHER) : draw.pick(own);
        return "" + first + draw.pick(own);
    }

    static String fullName(Gender gender, Draw draw) {
        return surname(draw) + given(gender, draw);
    }

    static String foreignName(String nationality, Draw draw) {
        return switch (nationality) {
            case "JP" -> draw.pick(JAPANESE);
            case "KR" -> draw.pick(KOREAN);
            case "SG" -> draw.pick(SINGAPOREAN);
            default -> draw.pick(WESTERN_GIVEN) + " " + draw.pick(WESTERN_FAMILY);
        };
    }
}
