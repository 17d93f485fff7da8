package io.clientlens.customer;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    /** The loop sum must give the stream sum's value and scale (net assets are exported as they are). */
    @Test
    void loopSumEqualsStreamSumIncludingScale() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal[] amounts = new BigDecimal[random.nextInt(12)];
            for (int j = 0; j < amounts.length; j++) {
                amounts[j] = random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextLong() >> 20, random.nextInt(4));
            }
            BigDecimal loop = Money.sum(amounts);
            BigDecimal stream = Money.sum(Arrays.stream(amounts));
            assertThat(loop.toString()).isEqualTo(stream.toString());
        }
        assertThat(Money.sum()).isSameAs(BigDecimal.ZERO);
    }
}
