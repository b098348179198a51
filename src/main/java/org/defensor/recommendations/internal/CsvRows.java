package org.defensor.recommendations.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: rows of cells; a quoted cell may hold the separator, doubled quotes and line breaks. */
final class CsvRows {

    private CsvRows() {}

    /** A row and the line of the file it starts on. */
    record Row(int line, List<String> cells) {}

    static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\uFEFF' && !any && cell.isEmpty()) {
                continue; // a byte order mark, as spreadsheets write it
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        c = next;
                    }
                    if (quoted) {
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                    continue;
                }
            }
            if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    rows.add(new Row(start, List.copyOf(cells)));
                }
                cells.clear();
                line++;
                start = line;
            } else {
                cell.append((char) c);
            }
        }
        if (quoted) {
            throw new IOException("line " + start + ": a quoted cell is not closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(start, List.copyOf(cells)));
        }
        return rows;
    }
}
