package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.Lessons;
import dev.postmortem.markdown.internal.Sections.Kind;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the lessons: what went well, what went wrong and where the team got lucky, each a list of
 * its own, and a plain "Lessons learned" list kept flat, nothing guessed into the three. Each item
 * is one lesson with its nested lines; a paragraph, a heading or a quote under the section is one
 * too.
 */
final class LessonsReader extends SectionReader {

    private final Lessons.Builder lessons = Lessons.builder();
    private final int[] lessonCounts = new int[4];

    LessonsReader(ReadContext ctx) {
        super(ctx);
    }

    /**
     * A lesson list: each item is one lesson, its nested lines kept with it. Under a plain
     * "Lessons learned" heading the items (and paragraphs) are kept as a flat list; nothing is
     * guessed into went well, wrong or lucky.
     */
    void read(Kind kind, Node block, String title) {
        if (block instanceof Paragraph p) {
            if (kind == Kind.LESSONS) {
                placeLesson(kind);
                lessons.addLearned(Syntax.unescapeStart(paragraphRaw(p)));
            } else {
                addLesson(kind, Syntax.unescapeStart(paragraphRaw(p)));
            }
            return;
        }
        if (block instanceof Heading h) {
            addLesson(kind, headingText(h)); // "### Passwords alone are not enough"
            return;
        }
        if (!(block instanceof ListBlock list)) {
            addLesson(kind, raw(block, block)); // a quote or code kept as the lesson shows it
            return;
        }
        Node saved = ctx.here;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n.getFirstChild() == null) {
                continue;
            }
            String value = n.getFirstChild() instanceof Paragraph p && p.getNext() == null
                    ? Syntax.unescapeStart(paragraphRaw(p))
                    : raw(n.getFirstChild(), n.getLastChild());
            ctx.here = n;
            addLesson(kind, value);
        }
        ctx.here = saved;
    }

    /** Adds one lesson to the list of its kind, placed at the block being read. */
    void addLesson(Kind kind, String value) {
        placeLesson(kind);
        switch (kind) {
            case WENT_WELL -> lessons.addWentWell(value);
            case WENT_WRONG -> lessons.addWentWrong(value);
            case GOT_LUCKY -> lessons.addGotLucky(value);
            default -> lessons.addLearned(value);
        }
    }

    private void placeLesson(Kind kind) {
        int list = switch (kind) {
            case WENT_WELL -> 0;
            case WENT_WRONG -> 1;
            case GOT_LUCKY -> 2;
            default -> 3;
        };
        String name = new String[] {"wentWell", "wentWrong", "gotLucky", "learned"}[list];
        place("/lessons/" + name + "/" + lessonCounts[list]++, ctx.here);
    }

    /** Hands the lessons to the model, when there are any. */
    void finish() {
        Lessons l = lessons.build();
        if (!l.isEmpty()) {
            ctx.postmortem.lessons(l);
        }
    }
}
