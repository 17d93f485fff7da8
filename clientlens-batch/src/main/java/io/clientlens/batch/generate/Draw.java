package io.clientlens.batch.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/** Random draws for one customer: a thin layer over one {@link SplittableRandom} stream. */
final class Draw {
    private final SplittableRandom random;

    Draw(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The seed of stream {@code index} of a run: a hash, so neighbouring indexes give unrelated streams. */
    static long streamSeed(long runSeed, long index) {
        return mix(runSeed ^ mix(index + 0x632BE59BD9B4E019L));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low >= high ? low : random.nextInt(low, high + 1);
    }

    double uniform(double low, double high) {
        return low >= high ? low : random.nextDouble(low, high);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /** Log-normal with the given median; {@code sigma} is the spread of the logarithm. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Poisson count (Knuth for small means, a rounded normal for large ones). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(Weighted<T> weighted) {
        return weighted.at(random.nextDouble());
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    String digits(int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    /** A day from {@code from} to {@code to}, both included ({@code from} when the range is empty). */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}
