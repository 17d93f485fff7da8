package io.clientlens.suitability;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An earlier suitability check of the same customer for the same product that may still end in a sale
 * (not refused): its amount counts towards the second-approval threshold while it lies within the
 * policy's window of days (docs/SUITABILITY.md, "amounts added up").
 */
public record EarlierCheck(long checkId, LocalDate day, BigDecimal amount) {
}
