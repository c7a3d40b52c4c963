package dev.postmortem.markdown.internal;

import dev.postmortem.core.report.SourceRange;
import java.util.Optional;
import java.util.OptionalLong;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A reader of one kind of section, in the spirit of commonmark-java's one parser per block kind:
 * it keeps what it has read of its section and hands it to the model when the document ends. All
 * readers of one read share one {@link ReadContext}; the ways of taking text from the source are
 * its, and are here for brevity.
 */
abstract class SectionReader {
    /** The read this reader is part of. */
    final ReadContext ctx;

    SectionReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    final String raw(Node first, Node last) {
        return ctx.raw(first, last);
    }

    final String paragraphRaw(Paragraph p) {
        return ctx.paragraphRaw(p);
    }

    final String headingText(Heading h) {
        return ctx.headingText(h);
    }

    final String itemRest(ListItem item, Node from) {
        return ctx.itemRest(item, from);
    }

    /**
     * The paragraph of an item that holds a paragraph, a nested list under it and nothing else
     * ("- Restart left to the cron" over sub-points), or null for any other item.
     */
    final Paragraph paragraphOverList(Node item) {
        return item instanceof ListItem
                        && item.getFirstChild() instanceof Paragraph p
                        && p.getNext() instanceof org.commonmark.node.ListBlock
                        && p.getNext().getNext() == null
                ? p
                : null;
    }

    final Optional<String> itemLine(Node item) {
        return ctx.itemLine(item);
    }

    final String[] keyValue(String raw) {
        return ctx.keyValue(raw);
    }

    final void place(String pointer, Node node) {
        ctx.place(pointer, node);
    }

    final SourceRange rangeOf(Node node) {
        return ctx.rangeOf(node);
    }

    final void diagnose(Node node, String message, String expected) {
        ctx.diagnose(node, message, expected);
    }

    final OptionalLong count(String value, Node where) {
        return ctx.count(value, where);
    }

    final Optional<dev.postmortem.core.model.Fraction> fraction(String value, Node where) {
        return ctx.fraction(value, where);
    }
}
