package dev.postmortem.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Reads the lists and tables of a section item by item and row by row, for the timeline and the
 * action items alike: Markdown lists, pipe tables (cells split on unescaped pipes of the source
 * line) and the HTML tables of documents exported from Google Docs or Confluence. What a section's
 * reader does not take is parked with a diagnostic.
 */
final class TableReader extends SectionReader {
    private final AdditionalSectionsReader additional;

    private static final java.util.regex.Pattern HTML_ROW =
            java.util.regex.Pattern.compile("(?is)<tr\\b[^>]*>(.*?)</tr>");

    private static final java.util.regex.Pattern HTML_CELL =
            java.util.regex.Pattern.compile("(?is)<(t[hd])\\b[^>]*>(.*?)</t[hd]>");

    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private List<String> tableHeader = List.of();

    TableReader(ReadContext ctx, AdditionalSectionsReader additional) {
        super(ctx);
        this.additional = additional;
    }

    /**
     * The team's names for a table's columns, kept with the section's notes as written: the rows
     * become the model's items, which have their own names for what the columns held.
     */
    private void keepColumns(String title, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            additional.keep(title, "Table columns: " + String.join(" | ", cells));
        }
    }

    /** The header cells of the table being read, as written. */
    List<String> writtenHeader() {
        return tableHeader;
    }

    /** Reads one list item of a section; false if it is not of the section's form. */
    interface ItemReader {
        boolean read(ListItem item);
    }

    /** Reads one table row of a section by its header; false if it is not of the section's form. */
    interface RowReader {
        boolean read(List<String> header, List<String> row, Node where);
    }

    void listOrTable(Node block, String title, ItemReader items, RowReader rows) {
        if (block instanceof ListBlock list) {
            Node saved = ctx.here;
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                int[] before = ctx.sizes();
                ctx.here = n;
                if (!(n instanceof ListItem item) || !items.read(item)) {
                    additional.unmapped(n, title, "a list item of the section's form");
                }
                ctx.placeNew(before, n);
            }
            ctx.here = saved;
        } else if (block instanceof TableBlock table) {
            table(table, title, rows);
        } else if (isHtmlTable(block)) {
            htmlTable((HtmlBlock) block, title, rows);
        } else {
            additional.unmapped(block, title, "a list or a table");
        }
    }

    /**
     * An HTML table, as documents exported from Google Docs or Confluence carry them: rows and
     * cells by their tags, the text of each cell without its markup, the first row of header
     * cells as the header.
     */
    private void htmlTable(HtmlBlock html, String title, RowReader rows) {
        List<String> header = new ArrayList<>();
        java.util.regex.Matcher row = HTML_ROW.matcher(html.getLiteral());
        boolean any = false;
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            boolean headerRow = false;
            java.util.regex.Matcher cell = HTML_CELL.matcher(row.group(1));
            while (cell.find()) {
                headerRow |= cell.group(1).equalsIgnoreCase("th");
                cells.add(htmlText(cell.group(2)));
            }
            if (headerRow && header.isEmpty()) {
                cells.forEach(c -> header.add(Sections.normalise(c)));
                tableHeader = cells;
                keepColumns(title, cells);
            } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                any = true;
                if (!rows.read(header, cells, html)) {
                    additional.unmapped(
                            html, title, "a table row of the section's form", "| " + String.join(" | ", cells) + " |");
                }
            }
        }
        if (!any) {
            additional.unmapped(html, title, "a table with rows");
        }
    }

    boolean isHtmlTable(Node block) {
        return block instanceof HtmlBlock html && html.getLiteral().contains("<table");
    }

    private String htmlText(String cell) {
        String t = HTML_TAG.matcher(cell).replaceAll(" ");
        t = t.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACES.matcher(t.strip()).replaceAll(" ");
    }

    private void table(TableBlock table, String title, RowReader rows) {
        List<String> header = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = rowCells(row);
                if (part instanceof TableHead) {
                    cells.forEach(c -> header.add(Sections.normalise(c)));
                    tableHeader = cells;
                    keepColumns(title, cells);
                } else if (part instanceof TableBody) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue; // a template's empty row ("|  |  |  |") carries nothing to keep or report
                    }
                    int[] before = ctx.sizes();
                    Node saved = ctx.here;
                    ctx.here = row;
                    if (!rows.read(header, cells, row)) {
                        additional.unmapped(row, title, "a table row of the section's form");
                    }
                    ctx.placeNew(before, row);
                    ctx.here = saved;
                }
            }
        }
    }

    /** The cells of a table row, split on unescaped pipes of its source line. */
    List<String> rowCells(Node row) {
        List<String> cells = new ArrayList<>();
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.isEmpty()) {
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableCell cell) {
                    cells.add(cellText(cell));
                }
            }
            return cells;
        }
        String line = ctx.text
                .substring(spans.get(0).getInputIndex(), ctx.end(spans.get(0)))
                .strip();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        if (line.startsWith("|")) {
            cells.remove(0);
        }
        if (line.endsWith("|") && !cells.isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private String cellText(TableCell cell) {
        List<SourceSpan> spans = cell.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        return ctx.text
                .substring(spans.get(0).getInputIndex(), ctx.end(spans.get(spans.size() - 1)))
                .strip();
    }
}
