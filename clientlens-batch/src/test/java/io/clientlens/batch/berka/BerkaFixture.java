package io.clientlens.batch.berka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hand-made Berka files in Berka's own shape (quoted header, ';', CRLF): a tiny bank that reads
 * without any issue, whose files a test then replaces one at a time.
 */
final class BerkaFixture {
    static final String CLIENT_HEADER = "\"client_id\";\"birth_number\";\"district_id\"";
    static final String TRANS_HEADER = "\"trans_id\";\"account_id\";\"date\";\"type\";\"operation\";\"amount\";"
            + "\"balance\";\"k_symbol\";\"bank\";\"account\"";

    private BerkaFixture() {
    }

    /**
     * Two districts; a man (client 1) who owns account 10 and a woman (client 2) who may use it;
     * a loan on the account, a card on the woman's disposition and three transactions.
     */
    static Path tinyBank(Path dir) {
        write(dir, "district.asc", "A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16",
                "1;\"Hl.m. Praha\";\"Prague\";1204953;0;0;0;1;1;100.0;12541;0.29;0.43;167;85677;99107",
                "69;\"Jesenik\";\"north Moravia\";42821;4;13;5;1;3;48.4;8173;?;7.01;124;?;1358");
        write(dir, "client.asc", CLIENT_HEADER, "1;\"450204\";1", "2;\"706213\";69");
        write(dir, "account.asc", "\"account_id\";\"district_id\";\"frequency\";\"date\"",
                "10;1;\"POPLATEK MESICNE\";930101");
        write(dir, "disp.asc", "\"disp_id\";\"client_id\";\"account_id\";\"type\"",
                "100;1;10;\"OWNER\"", "101;2;10;\"DISPONENT\"");
        write(dir, "loan.asc", "\"loan_id\";\"account_id\";\"date\";\"amount\";\"duration\";\"payments\";\"status\"",
                "5000;10;930705;96396;12;8033.00;\"B\"");
        write(dir, "card.asc", "\"card_id\";\"disp_id\";\"type\";\"issued\"",
                "900;101;\"gold\";931107 00:00:00");
        write(dir, "trans.asc", TRANS_HEADER,
                "1000;10;930101;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;",
                "1001;10;930105;\"VYBER\";\"VYBER\";200.50;499.50;\" \";;",
                "1002;10;930131;\"VYDAJ\";\"PREVOD NA UCET\";100.00;399.50;\"SIPO\";\"YZ\";\"62457513\"");
        return dir;
    }

    /** Writes a file with CRLF line ends and a final CRLF, as the real files have. */
    static void write(Path dir, String fileName, String... lines) {
        writeRaw(dir, fileName, String.join("\r\n", lines) + "\r\n");
    }

    static void writeRaw(Path dir, String fileName, String content) {
        try {
            Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
