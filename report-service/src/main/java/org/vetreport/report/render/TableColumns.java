package org.vetreport.report.render;

import java.util.List;

import org.vetreport.report.document.Block.Table;

/**
 * Column widths in proportion to what the columns hold, so a long label column is not squeezed into as many lines
 * as a column of short figures. A Chinese character counts as two Latin ones; every column gets at least a few
 * characters' room and none takes more than its share of a long text.
 */
public final class TableColumns {

    private static final int MIN_WEIGHT = 6;
    private static final int MAX_WEIGHT = 36;

    private TableColumns() {
    }

    /** Widths in the caller's unit that add up to {@code total}. */
    public static int[] widths(Table table, int total) {
        int columns = Math.max(1, table.header().size());
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            int widest = c < table.header().size() ? displayWidth(table.header().get(c)) : 0;
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    widest = Math.max(widest, displayWidth(row.get(c)));
                }
            }
            weights[c] = Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, widest));
        }
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? total - used : total * weights[c] / sum;
            used += widths[c];
        }
        return widths;
    }

    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }
}
