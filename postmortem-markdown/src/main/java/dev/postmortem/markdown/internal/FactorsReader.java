package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.FactorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Reads the contributing factors: "Title: description" lines with an optional "[Category]", an
 * item "Title:" over a nested list as one factor whose description is that list, prose under a
 * factors heading as one factor of that title, and quoted logs or code under a factor as part of
 * it.
 */
final class FactorsReader extends SectionReader {
    private final AdditionalSectionsReader additional;

    private final List<ContributingFactor> factors = new ArrayList<>();

    FactorsReader(ReadContext ctx, AdditionalSectionsReader additional) {
        super(ctx);
        this.additional = additional;
        ctx.listed("/contributingFactors", factors::size);
    }

    /** Reads one block of the factors section. */
    void read(Node block, String title) {
        if (block instanceof BulletList || block instanceof OrderedList) {
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                Optional<String> line = itemLine(n);
                if (line.isPresent()
                        && (n.getFirstChild() == null || n.getFirstChild().getNext() == null)) {
                    factorLine(line.get());
                } else if (n instanceof ListItem item && labelOverList(item)) {
                    // "- Underlying causes:" over a nested list: one factor, the list its description
                    Node nested = item.getFirstChild().getNext();
                    factorLine(paragraphRaw((Paragraph) item.getFirstChild()).strip() + " " + itemRest(item, nested));
                } else if (n instanceof ListItem item && causeOverList(item)) {
                    // "- Restart was left to the nightly cron" over sub-points: one factor, the
                    // item its title, the sub-points its description
                    Node nested = item.getFirstChild().getNext();
                    factors.add(ContributingFactor.builder()
                            .title(Syntax.unescapeStart(paragraphRaw((Paragraph) item.getFirstChild())
                                    .strip()))
                            .description(itemRest(item, nested).strip())
                            .build());
                } else {
                    additional.unmapped(n, title, "a line 'Title: description'");
                }
            }
        } else if (block instanceof Paragraph p) {
            factors.add(ContributingFactor.builder()
                    .title(Sections.unescapeHeading(title))
                    .description(Syntax.unescapeStart(paragraphRaw(p)))
                    .build());
        } else if (!factors.isEmpty()) {
            // a quoted log line or code under a cause belongs to it
            ContributingFactor last = factors.get(factors.size() - 1);
            String more = raw(block, block);
            factors.set(
                    factors.size() - 1,
                    ContributingFactor.builder()
                            .from(last)
                            .description(last.description().isEmpty() ? more : last.description() + "\n\n" + more)
                            .build());
        } else {
            factors.add(ContributingFactor.builder()
                    .title(Sections.unescapeHeading(title))
                    .description(raw(block, block))
                    .build());
        }
    }

    /** An item of one line that ends with a colon, followed by a nested list and nothing else. */
    private boolean labelOverList(ListItem item) {
        String head = headOverList(item);
        return head != null && head.endsWith(":") && head.length() > 1;
    }

    /** An item of one line (with no colon to split it) followed by a nested list and nothing else. */
    private boolean causeOverList(ListItem item) {
        String head = headOverList(item);
        return head != null && !head.isEmpty() && Sections.unescapedColon(head) < 0;
    }

    /** The one line of an item that holds it and a nested list and nothing else, or null. */
    private String headOverList(ListItem item) {
        Paragraph p = paragraphOverList(item);
        if (p == null) {
            return null;
        }
        String head = paragraphRaw(p).strip();
        return head.indexOf('\n') < 0 ? head : null;
    }

    private void factorLine(String raw) {
        String s = raw.strip();
        FactorCategory category = FactorCategory.OTHER;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close > 0) {
                Optional<FactorCategory> c = Syntax.parseLabel(FactorCategory.class, s.substring(1, close));
                if (c.isPresent()) {
                    category = c.get();
                    s = s.substring(close + 1).stripLeading();
                }
            }
        }
        int colon = Sections.unescapedColon(s);
        String titleText = colon < 0 ? s : s.substring(0, colon);
        String description = colon < 0 ? "" : Syntax.unescapeStart(s.substring(colon + 2));
        if (titleText.startsWith("**") && titleText.endsWith("**") && titleText.length() > 4) {
            titleText = titleText.substring(2, titleText.length() - 2);
        }
        factors.add(ContributingFactor.builder()
                .title(Sections.unescapeColon(Syntax.unescapeStart(titleText)))
                .description(description)
                .category(category)
                .build());
    }

    /** A section's label with its prose on the same line: a factor of that title. */
    void labelled(String label, String value) {
        factors.add(ContributingFactor.builder().title(label).description(value).build());
    }

    /** Hands the factors to the model. */
    void finish() {
        ctx.postmortem.contributingFactors(factors);
    }
}
