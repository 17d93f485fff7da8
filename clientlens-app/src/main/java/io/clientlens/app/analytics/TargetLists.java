package io.clientlens.app.analytics;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.batch.export.TargetListFile;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.batch.rules.SegmentRules;
import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.identity.Masking;
import io.clientlens.code.Language;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Target lists (营销目标客户名单) of a run from the database: the customers matching a CEL filter, with the
 * columns of the batch {@code segment export} and the identity always masked (docs/SECURITY.md). Rows are
 * written as they are read; the XLSX workbook keeps only a window of rows in memory.
 */
@Service
public class TargetLists {
    private final RunCustomers customers;
    private final SegmentRuleStore store;

    TargetLists(RunCustomers customers, SegmentRuleStore store) {
        this.customers = customers;
        this.store = store;
    }

    /** Writes the customers of the run matching {@code filter} and returns how many there were. */
    public long write(long runId, CompiledSegments filter, TargetListFile.Format format, OutputStream out, Language lang) {
        CompiledSegments segments = usableSegments();
        long[] written = {0};
        try (TargetListFile.Sink sink = TargetListFile.open(format, out, lang)) {
            customers.forEach(runId, true, c -> {
                if (filter.matching(c.variables()).isEmpty()) {
                    return;
                }
                try {
                    sink.add(entry(c, segments, lang));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    /** One masked entry; never the clear name, ID number or mobile. Segments by their labels in the language. */
    static TargetListFile.Entry entry(RunCustomers.Customer c, CompiledSegments segments, Language lang) {
        RunCustomers.Identity id = c.identity();
        Object aum = c.features().get("aum");
        return new TargetListFile.Entry(c.customerId(), id == null ? null : MaskedProfile.name(id.name(), c.codes().get("customerType")),
                id == null || id.residentId() == null ? null : Masking.residentId(id.residentId()),
                id == null || id.mobile() == null ? null : Masking.mobile(id.mobile()),
                id == null ? null : id.branch(), id == null ? null : id.relationshipManager(), c.codes(),
                aum == null ? null : new java.math.BigDecimal(aum.toString()),
                segments.matching(c.variables()).stream().map(r -> r.label().in(lang)).toList());
    }

    /** The stored segments that compile (one broken rule must not stop an export). */
    private CompiledSegments usableSegments() {
        List<SegmentRule> usable = store.visible().stream().filter(r -> CompiledSegments.check(r) == null).toList();
        return CompiledSegments.compile(new SegmentRules("segment_rule", usable), "segment_rule");
    }
}
