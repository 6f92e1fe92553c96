package org.mdscape.engine.campaign;

import java.util.List;

/**
 * A flat table for export: typed columns and rows (a null cell is an empty CSV cell and a Parquet null).
 * Both export formats write the same table, so their headers and row counts agree.
 */
public record ExportTable(List<Column> columns, List<Object[]> rows) {
    public enum Type { LONG, DOUBLE, STRING }

    public record Column(String name, Type type) {
    }
}
