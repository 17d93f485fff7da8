package io.clientlens.app.clock;

import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Bank-local time for records of the suitability chain (second precision, as shown to people). */
@Component
public class Now {
    public LocalDateTime get() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
