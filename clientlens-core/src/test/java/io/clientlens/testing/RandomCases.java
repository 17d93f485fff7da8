package io.clientlens.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded random inputs for property-style tests: each case has its own seed, so a failing case
 * is reported with the seed that reproduces it.
 */
public final class RandomCases {
    private RandomCases() {
    }

    /** {@code count} cases, each a fresh Random with a distinct, reproducible seed. */
    public static Stream<Random> cases(int count) {
        return LongStream.range(0, count).mapToObj(seed -> new Random(0x5eed_0000L + seed) {
            private static final long serialVersionUID = 1L;

            @Override
            public String toString() {
                return "seed " + (0x5eed_0000L + seed);
            }
        });
    }

    public static List<Integer> ints(Random random, int minSize, int maxSize, int min, int max) {
        int size = minSize + random.nextInt(maxSize - minSize + 1);
        List<Integer> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(min + random.nextInt(max - min + 1));
        }
        return values;
    }

    public static <T> List<T> listOf(Random random, int minSize, int maxSize, Function<Random, T> element) {
        int size = minSize + random.nextInt(maxSize - minSize + 1);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(element.apply(random));
        }
        return values;
    }
}
