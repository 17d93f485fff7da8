package io.clientlens.app.aml;

import com.ibm.icu.text.Transliterator;
import io.clientlens.aml.screening.PinyinName;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Han characters in tone-less pinyin for watch-list screening (docs/AML.md, "Screening"), by ICU's "Han-Latin;
 * Latin-ASCII" transliteration: 张伟 → "zhang wei". The family-name readings and the comparison are in the core
 * ({@link PinyinName}). A transliterator is not shared between threads; answers are kept (names repeat: every customer
 * is compared with every entry).
 */
public final class IcuPinyin implements PinyinName.Romanizer {
    public static final IcuPinyin INSTANCE = new IcuPinyin();

    private static final int KEPT = 100_000;
    private final ThreadLocal<Transliterator> transliterator =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    private IcuPinyin() {
    }

    @Override
    public String latin(String han) {
        if (han == null) {
            return null;
        }
        String known = kept.get(han);
        if (known != null) {
            return known;
        }
        String latin = transliterator.get().transliterate(han);
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(han, latin);
        return latin;
    }
}
