package nl.netwerkregie.query.research;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tidy CSV table of a data package: its Table Schema, and a writer that counts its rows, bytes and
 * SHA-256 while the rows stream out.
 */
final class CsvTable {
    private static final CsvMapper CSV =
            CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /** A column: its name, Table Schema type (string, integer, number, boolean, date) and what it holds. */
    record Field(String name, String type, String description) {}

    final String name;
    final String title;
    final String description;
    final List<Field> fields;
    final List<String> primaryKey;
    private long rows;
    private long bytes;
    private String sha256;

    CsvTable(String name, String title, String description, List<String> primaryKey, Field... fields) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.fields = List.of(fields);
        this.primaryKey = primaryKey;
    }

    static Field field(String name, String type, String description) {
        return new Field(name, type, description);
    }

    String path() {
        return name + ".csv";
    }

    /** Writes the header and every row {@code rows} produces to {@code out}, which stays open. */
    void write(OutputStream out, java.util.function.Consumer<Rows> rows) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long[] count = {0};
        OutputStream counted = new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                digest.update((byte) b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                digest.update(b, off, len);
                count[0] += len;
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip entry stays open for the caller
            }
        };
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        fields.forEach(f -> schema.addColumn(f.name()));
        try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(counted)) {
            Rows r = new Rows(writer, fields.size());
            rows.accept(r);
            this.rows = r.written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bytes = count[0];
        this.sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** The rows of one table, written as they come. */
    static final class Rows {
        private final SequenceWriter writer;
        private final int width;
        private long written;

        private Rows(SequenceWriter writer, int width) {
            this.writer = writer;
            this.width = width;
        }

        /** One row, its values in column order; {@code null} is an empty cell. */
        void add(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException("a row of " + values.length + " values for " + width + " columns");
            }
            List<Object> row = new ArrayList<>(Arrays.asList(values));
            row.replaceAll(v -> v == null ? "" : v.toString());
            try {
                writer.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written++;
        }
    }

    /** The Data Resource of this table, once written: path, Table Schema, rows, bytes and hash. */
    Map<String, Object> resource() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("type", "table");
        r.put("path", path());
        r.put("title", title);
        r.put("description", description);
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("bytes", bytes);
        r.put("hash", "sha256:" + sha256);
        r.put("rows", rows);
        List<Map<String, Object>> schemaFields = new ArrayList<>();
        for (Field f : fields) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("type", f.type());
            field.put("description", f.description());
            schemaFields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", schemaFields);
        schema.put("missingValues", List.of(""));
        if (!primaryKey.isEmpty()) {
            schema.put("primaryKey", primaryKey);
        }
        r.put("schema", schema);
        return r;
    }

    long rows() {
        return rows;
    }
}
