package io.clientlens.batch.berka;

import io.clientlens.batch.ImportSummary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Berka files ClientLens reads, in the order they are delivered (referenced rows before the
 * rows that reference them), each with the header it must have and the kind of row it gives.
 * order.asc (standing orders) is not read: nothing in ClientLens uses it yet.
 */
enum BerkaFile {
    DISTRICT("district.asc", ImportSummary.BRANCHES,
            "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13", "A14", "A15", "A16"),
    CLIENT("client.asc", ImportSummary.CUSTOMERS, "client_id", "birth_number", "district_id"),
    ACCOUNT("account.asc", ImportSummary.ACCOUNTS, "account_id", "district_id", "frequency", "date"),
    DISPOSITION("disp.asc", ImportSummary.LINKS, "disp_id", "client_id", "account_id", "type"),
    LOAN("loan.asc", ImportSummary.LOANS,
            "loan_id", "account_id", "date", "amount", "duration", "payments", "status"),
    CARD("card.asc", ImportSummary.CARDS, "card_id", "disp_id", "type", "issued"),
    TRANSACTION("trans.asc", ImportSummary.TRANSACTIONS,
            "trans_id", "account_id", "date", "type", "operation", "amount", "balance", "k_symbol", "bank", "account");

    private final String fileName;
    private final String kind;
    private final List<String> header;
    private final Map<String, Integer> positions = new HashMap<>();

    BerkaFile(String fileName, String kind, String... header) {
        this.fileName = fileName;
        this.kind = kind;
        this.header = List.of(header);
        for (int i = 0; i < header.length; i++) {
            positions.put(header[i], i);
        }
    }

    String fileName() {
        return fileName;
    }

    String kind() {
        return kind;
    }

    List<String> header() {
        return header;
    }

    int position(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException(fileName + " has no column " + column);
        }
        return position;
    }
}
