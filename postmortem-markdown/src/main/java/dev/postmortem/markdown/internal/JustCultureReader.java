package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.BehaviourType;
import dev.postmortem.core.model.HumanErrorKind;
import dev.postmortem.core.model.JustCultureAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the just-culture assessments as the writer writes them: "Role: ..." items with nested
 * Action, Classification, Human Error Kind and Rationale lines.
 */
final class JustCultureReader extends SectionReader {
    private final AdditionalSectionsReader additional;

    private final List<JustCultureAssessment> assessments = new ArrayList<>();

    JustCultureReader(ReadContext ctx, AdditionalSectionsReader additional) {
        super(ctx);
        this.additional = additional;
        ctx.listed("/justCultureAssessments", assessments::size);
    }

    /** Reads one block of the just-culture assessments. */
    void read(Node block, String title) {
        if (!(block instanceof BulletList list)) {
            additional.unmapped(block, title, "a list of assessments ('Role: ...' with nested fields)");
            return;
        }
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n.getFirstChild() instanceof Paragraph p)
                    || !paragraphRaw(p).startsWith("Role: ")
                    || !(p.getNext() instanceof BulletList fields)
                    || fields.getNext() != null) {
                additional.unmapped(n, title, "'Role: ...' with nested Action, Classification and Rationale lines");
                continue;
            }
            JustCultureAssessment.Builder a = JustCultureAssessment.builder()
                    .role(Syntax.unescapeStart(paragraphRaw(p).substring(6)));
            boolean classified = false;
            for (Node f = fields.getFirstChild(); f != null; f = f.getNext()) {
                String[] kv = keyValue(itemLine(f).orElse(""));
                String key = kv == null ? "" : kv[0];
                String value = kv == null ? "" : kv[1];
                switch (key) {
                    case "action" -> a.action(value);
                    case "classification" -> {
                        Optional<BehaviourType> t = Syntax.parseLabel(BehaviourType.class, value);
                        t.ifPresent(a::classification);
                        classified = t.isPresent();
                    }
                    case "human error kind" ->
                        Syntax.parseLabel(HumanErrorKind.class, value).ifPresent(a::humanErrorKind);
                    case "rationale" -> a.rationale(value);
                    default -> additional.unmapped(f, title, "Action, Classification, Human Error Kind or Rationale");
                }
            }
            if (!classified) {
                additional.unmapped(n, title, "a Classification: human error, at-risk behaviour or reckless behaviour");
                continue;
            }
            try {
                place("/justCultureAssessments/" + assessments.size(), n);
                assessments.add(a.build());
            } catch (IllegalArgumentException e) {
                additional.unmapped(n, title, "an Action line");
            }
        }
    }

    /** Hands the assessments to the model. */
    void finish() {
        ctx.postmortem.justCultureAssessments(assessments);
    }
}
