package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.FiveWhys;
import dev.postmortem.core.model.WhyStep;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Reads the Five Whys: "Problem: ...", a numbered list of whys each with its answer (on the next
 * line or after the question mark), and "Root System Fix: ...".
 */
final class FiveWhysReader extends SectionReader {
    private final AdditionalSectionsReader additional;

    private FiveWhys.Builder whys;
    private int whySteps;

    FiveWhysReader(ReadContext ctx, AdditionalSectionsReader additional) {
        super(ctx);
        this.additional = additional;
    }

    /** Reads one block of the Five Whys. */
    void read(Node block, String title) {
        if (block instanceof Paragraph p) {
            String raw = paragraphRaw(p);
            String key = raw.indexOf(':') > 0 ? Sections.normalise(raw.substring(0, raw.indexOf(':'))) : "";
            String value = raw.indexOf(": ") > 0 ? Syntax.unescapeStart(raw.substring(raw.indexOf(": ") + 2)) : "";
            if (key.equals("problem")) {
                place("/fiveWhys/problem", p);
                whys.problem(value);
                return;
            }
            if (key.equals("root system fix") || key.equals("root fix") || key.equals("solution")) {
                place("/fiveWhys/rootSystemFix", p);
                whys.rootSystemFix(value);
                return;
            }
            additional.unmapped(block, title, "'Problem: ...', a numbered list of whys, or 'Root System Fix: ...'");
        } else if (block instanceof OrderedList list) {
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n.getFirstChild() instanceof Paragraph p) || p.getNext() != null) {
                    additional.unmapped(n, title, "a why and its answer");
                    continue;
                }
                String raw = paragraphRaw(p);
                int nl = raw.indexOf('\n');
                String q;
                String a;
                if (nl >= 0) {
                    q = raw.substring(0, nl);
                    a = raw.substring(nl + 1);
                } else {
                    int mark = raw.indexOf("? ");
                    q = mark >= 0 ? raw.substring(0, mark + 1) : raw;
                    a = mark >= 0 ? raw.substring(mark + 2) : "";
                }
                place("/fiveWhys/steps/" + whySteps++, n);
                whys.addSteps(WhyStep.of(Syntax.unescapeStart(q), Syntax.unescapeStart(a)));
            }
        } else {
            additional.unmapped(block, title, "'Problem: ...', a numbered list of whys, or 'Root System Fix: ...'");
        }
    }

    /** The section starts: the model has Five Whys from here on, even empty ones. */
    void start() {
        if (whys == null) {
            whys = FiveWhys.builder();
        }
    }

    /** Hands the Five Whys to the model, when the section was there. */
    void finish() {
        if (whys != null) {
            ctx.postmortem.fiveWhys(whys.build());
        }
    }
}
