package io.clientlens.aml.screening;

import java.time.LocalDate;
import java.util.List;

/**
 * One entity on a watch list the bank imports (sanctions, politically exposed persons): the list, the entity's id on
 * it, its names (the first is the main one, the rest aliases), and its birth date or registration number when known.
 */
public record WatchListEntry(String listName, String entityId, List<String> names, LocalDate birthDate,
                             String registrationNumber) {
    public WatchListEntry {
        names = List.copyOf(names);
    }
}
