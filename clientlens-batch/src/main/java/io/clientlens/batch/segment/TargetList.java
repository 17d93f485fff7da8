package io.clientlens.batch.segment;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.clientlens.batch.export.TargetListFile;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.SegmentVariables;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import io.clientlens.customer.CustomerType;
import io.clientlens.identity.Masking;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A target list (营销目标客户名单) from a run: the customers whose features and dimensions satisfy a
 * CEL filter, with name and contact from the run's input, masked by default (docs/SECURITY.md).
 */
public final class TargetList {
    private TargetList() {
    }

    /** Writes the list and returns how many customers are on it. */
    public static long export(SegmentRun run, String where, TargetListFile.Format format, Path out, boolean unmasked, Language lang) {
        CompiledSegments filter = CompiledSegments.filter(where);
        Path customers = Path.of(run.input()).resolve(SegmentInput.CUSTOMERS);
        boolean withIdentity = Files.exists(customers);
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".tmp");
        Properties props = new Properties();
        props.setProperty("jdbc_stream_results", "true");
        long written = 0;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:", props); Statement s = db.createStatement();
             OutputStream file = Files.newOutputStream(tmp); TargetListFile.Sink sink = TargetListFile.open(format, file, lang)) {
            String identity = withIdentity
                    ? ", p.branch, p.rm, p.name, p.residentId, p.mobile from read_parquet(" + SegmentInput.literal(run.results()) + ") r "
                    + "left join (select json_extract_string(json, '$.customerId') as id, json_extract_string(json, '$.name') as name, "
                    + "json_extract_string(json, '$.residentId') as residentId, json_extract_string(json, '$.mobile') as mobile, "
                    + "json_extract_string(json, '$.branch') as branch, json_extract_string(json, '$.relationshipManager') as rm "
                    + "from read_json_objects(" + SegmentInput.literal(customers) + ", format = 'newline_delimited')) p "
                    + "on p.id = r.\"customerId\""
                    : ", null, null, null, null, null from read_parquet(" + SegmentInput.literal(run.results()) + ") r";
            try (ResultSet rs = s.executeQuery("select r.*" + identity + " order by r.\"customerId\"")) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> features = new LinkedHashMap<>();
                    for (String name : SegmentVariables.FEATURES.keySet()) {
                        Object v = rs.getObject(name);
                        features.put(name, v instanceof Array a ? Arrays.asList((Object[]) a.getArray()) : v);
                    }
                    Map<String, String> codes = new LinkedHashMap<>();
                    for (Dimension d : Dimension.values()) {
                        codes.put(d.code(), rs.getString(d.code()));
                    }
                    if (filter.matching(SegmentVariables.of(features, codes)).isEmpty()) {
                        continue;
                    }
                    String name = rs.getString(n - 2);
                    String id = rs.getString(n - 1);
                    String mobile = rs.getString(n);
                    Object segments = rs.getObject("segments");
                    sink.add(new TargetListFile.Entry(rs.getString("customerId"),
                            unmasked || name == null ? name
                                    : Masking.customerName(name, "CORPORATE".equals(codes.get("customerType"))
                                            ? CustomerType.CORPORATE : CustomerType.INDIVIDUAL),
                            unmasked || id == null ? id : Masking.residentId(id),
                            unmasked || mobile == null ? mobile : Masking.mobile(mobile),
                            rs.getString(n - 4), rs.getString(n - 3), codes, (BigDecimal) features.get("aum"),
                            segments instanceof Array a ? Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList() : List.of()));
                    written++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read run " + run.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        try {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return written;
    }

}
