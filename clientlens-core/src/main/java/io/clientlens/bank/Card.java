package io.clientlens.bank;

import java.time.LocalDate;

/** A card issued to the customer of a link (Berka: a card belongs to the client of its disposition). */
public record Card(String cardId, String linkId, String cardType, LocalDate issued) {
    public Card {
        Account.requireText(cardId, "cardId");
        Account.requireText(linkId, "linkId");
        if (issued == null) {
            throw new IllegalArgumentException("issued is required");
        }
    }
}
