package org.mdscape.engine.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link ExportTable} as an Apache Parquet file that pandas, pyarrow, DuckDB and hyparquet read:
 * one row group, one PLAIN-encoded data page per column, uncompressed (the most widely readable choice),
 * every column OPTIONAL so that null cells (empty in the CSV twin) stay null. Strings carry the STRING
 * logical type. Written here rather than with parquet-hadoop, which would bring Hadoop's dependency tree
 * into a desktop application for a flat table.
 */
public final class ParquetTableWriter {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    // Parquet's enums (parquet.thrift).
    private static final int INT64 = 2, DOUBLE = 5, BYTE_ARRAY = 6;
    private static final int OPTIONAL = 1, UTF8 = 0, PLAIN = 0, RLE = 3, UNCOMPRESSED = 0, DATA_PAGE = 0;

    private ParquetTableWriter() {
    }

    /** Writes {@code table} to {@code out} (through a temporary file, so a full disk leaves no half file). */
    public static void write(ExportTable table, Path out) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            write(table, os);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void write(ExportTable table, OutputStream os) throws IOException {
        List<ExportTable.Column> cols = table.columns();
        int rows = table.rows().size();
        long offset = MAGIC.length;
        os.write(MAGIC);
        List<long[]> chunks = new ArrayList<>(); // {pageOffset, size, values}
        for (int k = 0; k < cols.size(); k++) {
            byte[] page = page(table, k);
            byte[] header = new ThriftCompactWriter().begin()
                    .i32(1, DATA_PAGE).i32(2, page.length).i32(3, page.length)
                    .struct(5).i32(1, rows).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end()
                    .end().bytes();
            os.write(header);
            os.write(page);
            chunks.add(new long[] {offset, header.length + page.length});
            offset += header.length + page.length;
        }
        ThriftCompactWriter meta = new ThriftCompactWriter().begin().i32(1, 1);
        meta.list(2, ThriftCompactWriter.STRUCT, cols.size() + 1);
        meta.begin().string(4, "schema").i32(5, cols.size()).end();
        for (ExportTable.Column c : cols) {
            meta.begin().i32(1, physical(c.type())).i32(3, OPTIONAL).string(4, c.name());
            if (c.type() == ExportTable.Type.STRING) {
                meta.i32(6, UTF8).struct(10).struct(1).end().end();
            }
            meta.end();
        }
        meta.i64(3, rows);
        meta.list(4, ThriftCompactWriter.STRUCT, 1).begin();
        meta.list(1, ThriftCompactWriter.STRUCT, cols.size());
        long total = 0;
        for (int k = 0; k < cols.size(); k++) {
            long[] ch = chunks.get(k);
            total += ch[1];
            meta.begin().i64(2, ch[0]).struct(3)
                    .i32(1, physical(cols.get(k).type()))
                    .list(2, ThriftCompactWriter.I32, 2).i32Element(PLAIN).i32Element(RLE)
                    .list(3, ThriftCompactWriter.BINARY, 1).binary(cols.get(k).name())
                    .i32(4, UNCOMPRESSED).i64(5, rows).i64(6, ch[1]).i64(7, ch[1]).i64(9, ch[0])
                    .end().end();
        }
        meta.i64(2, total).i64(3, rows).end();
        meta.string(6, "MDScape");
        meta.end();
        byte[] footer = meta.bytes();
        os.write(footer);
        os.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
        os.write(MAGIC);
    }

    /** Definition levels (RLE runs, 1 = present, 0 = null) then the present values, PLAIN. */
    private static byte[] page(ExportTable table, int k) throws IOException {
        ByteArrayOutputStream levels = new ByteArrayOutputStream();
        int run = 0, runValue = -1;
        for (Object[] row : table.rows()) {
            int v = row[k] == null ? 0 : 1;
            if (v != runValue && run > 0) {
                rleRun(levels, run, runValue);
                run = 0;
            }
            runValue = v;
            run++;
        }
        if (run > 0) {
            rleRun(levels, run, runValue);
        }
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(levels.size()).array());
        levels.writeTo(page);
        ByteBuffer eight = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (Object[] row : table.rows()) {
            Object v = row[k];
            if (v == null) {
                continue;
            }
            switch (table.columns().get(k).type()) {
                case LONG -> page.write(eight.clear().putLong(((Number) v).longValue()).array());
                case DOUBLE -> page.write(eight.clear().putDouble(((Number) v).doubleValue()).array());
                case STRING -> {
                    byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
                    page.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
                    page.write(b);
                }
            }
        }
        return page.toByteArray();
    }

    /** One RLE run of the hybrid encoding, bit width 1: header (count << 1), then the value in one byte. */
    private static void rleRun(ByteArrayOutputStream out, int count, int value) {
        long h = (long) count << 1;
        while ((h & ~0x7FL) != 0) {
            out.write((int) (h & 0x7F | 0x80));
            h >>>= 7;
        }
        out.write((int) h);
        out.write(value);
    }

    private static int physical(ExportTable.Type t) {
        return switch (t) {
            case LONG -> INT64;
            case DOUBLE -> DOUBLE;
            case STRING -> BYTE_ARRAY;
        };
    }
}
