package org.mdscape.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A table as shown on screen (header and text cells), written as RFC 4180 CSV: cells with commas, quotes or line
 * breaks are quoted, quotes doubled.
 *
 * @param name default file name
 */
public record TableCsv(String name, List<String> header, List<List<String>> rows) {
    public TableCsv {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public void write(Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            line(w, header);
            for (List<String> r : rows) {
                line(w, r);
            }
        }
    }

    private static void line(BufferedWriter w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        String c = cell == null ? "" : cell;
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
            return '"' + c.replace("\"", "\"\"") + '"';
        }
        return c;
    }
}
