package dev.postmortem.markdown.internal;

import dev.postmortem.core.model.AdditionalSection;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.JustCultureAssessment;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.report.SourceMap;
import dev.postmortem.core.report.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Ties the text fields of what was read to the source, inside the range of the part each was
 * read from. Holds only the text and the places, so that a deferred source map keeps neither
 * the parse tree nor the reader's state alive.
 */
final class SourceMapper {
    private final String text;
    private final SourceMap.Builder placed;
    /** Text fields whose runs the reader already knows, by pointer: text offset, source offset, length. */
    private final java.util.Map<String, List<int[]>> preset;

    SourceMapper(String text, SourceMap.Builder placed, java.util.Map<String, List<int[]>> preset) {
        this.text = text;
        this.placed = placed;
        this.preset = java.util.Map.copyOf(preset);
    }

    /**
     * The source map of what was read: each placed part's range, and for its text fields the runs
     * of characters that stand as written inside that range (each line of a field is looked for in
     * order within the part's own range, so a text that also stands elsewhere, in a code block or
     * another item, is never taken from there).
     */
    SourceMap sources(Postmortem p) {
        Cursor c = new Cursor();
        text(c, "/title", "/title", p.title());
        p.impactSummary().ifPresent(s -> text(c, "/impactSummary", "/impactSummary/text", s.text()));
        p.customerImpact().ifPresent(ci -> {
            // the symptoms gather prose from the impact section's subheadings ("### User Impact" then
            // "### Business Impact"), but are placed at the first: a line past that range is looked
            // for after it, where it stands once
            placed.range("/customerImpact/userSymptoms")
                    .ifPresent(
                            r -> mapText(placed, "/customerImpact/userSymptoms", ci.userSymptoms(), r, c, false, true));
            text(c, "/customerImpact/affectedSegment", "/customerImpact/affectedSegment", ci.affectedSegment());
        });
        for (int i = 0; i < p.timeline().size(); i++) {
            text(
                    c,
                    "/timeline/" + i,
                    "/timeline/" + i + "/description",
                    p.timeline().get(i).description());
        }
        for (int i = 0; i < p.contributingFactors().size(); i++) {
            ContributingFactor f = p.contributingFactors().get(i);
            text(c, "/contributingFactors/" + i, "/contributingFactors/" + i + "/title", f.title());
            text(c, "/contributingFactors/" + i, "/contributingFactors/" + i + "/description", f.description());
        }
        for (int i = 0; i < p.actionItems().size(); i++) {
            text(
                    c,
                    "/actionItems/" + i,
                    "/actionItems/" + i + "/description",
                    p.actionItems().get(i).description());
        }
        for (int i = 0; i < p.justCultureAssessments().size(); i++) {
            JustCultureAssessment a = p.justCultureAssessments().get(i);
            String at = "/justCultureAssessments/" + i;
            text(c, at, at + "/role", a.role());
            text(c, at, at + "/action", a.action());
            text(c, at, at + "/rationale", a.rationale());
        }
        lessons(c, "wentWell", p.lessons().wentWell());
        lessons(c, "wentWrong", p.lessons().wentWrong());
        lessons(c, "gotLucky", p.lessons().gotLucky());
        lessons(c, "learned", p.lessons().learned());
        p.fiveWhys().ifPresent(w -> {
            text(c, "/fiveWhys/problem", "/fiveWhys/problem", w.problem());
            for (int i = 0; i < w.steps().size(); i++) {
                String at = "/fiveWhys/steps/" + i;
                text(c, at, at + "/question", w.steps().get(i).question());
                text(c, at, at + "/answer", w.steps().get(i).answer());
            }
            text(c, "/fiveWhys/rootSystemFix", "/fiveWhys/rootSystemFix", w.rootSystemFix());
        });
        for (int i = 0; i < p.additionalSections().size(); i++) {
            AdditionalSection a = p.additionalSections().get(i);
            text(c, "/additionalSections/" + i, "/additionalSections/" + i + "/title", a.title());
            List<int[]> runs = preset.get("/additionalSections/" + i + "/body");
            if (runs != null) {
                // lines the reader wrote itself around values that stand as written ("- Impact: ...")
                for (int[] run : runs) {
                    placed.text("/additionalSections/" + i + "/body", run[0], run[1], run[2]);
                }
            } else if (AdditionalSectionsReader.notes(a.title())) {
                // notes gathered from several places, some lines written by the reader ("Table
                // columns: ..."): each line that stands as written is mapped, the others skipped
                String at = "/additionalSections/" + i;
                placed.range(at).ifPresent(r -> mapText(placed, at + "/body", a.body(), r, new Cursor(), true, false));
            } else {
                text(c, "/additionalSections/" + i, "/additionalSections/" + i + "/body", a.body());
            }
        }
        return placed.build();
    }

    /** How many lines of a text the reader wrote itself are passed over before the rest is left. */
    private static final int SKIPPED_LINES = 16;

    /** Where the last field was found in the last part's range: the next field of it starts after. */
    private static final class Cursor {
        SourceRange range;
        int at;
    }

    private void lessons(Cursor c, String list, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            String at = "/lessons/" + list + "/" + i;
            text(c, at, at, items.get(i));
        }
    }

    /** Maps a field's text inside the range of the part it was read from, if that part was placed. */
    private void text(Cursor c, String part, String pointer, String value) {
        placed.range(part).ifPresent(r -> mapText(placed, pointer, value, r, c, false, false));
    }

    /** The shortest line looked for past its part's range: shorter ones stand in too many places. */
    private static final int GATHERED_LINE = 16;

    /**
     * How many lines of one field are looked for past its part's range, so that a field gathered
     * from a thousand places of a large document costs a few reads of it, not a thousand.
     */
    private static final int GATHERED_SEARCHES = 32;

    /**
     * Maps a field's lines, in order, to where they stand inside the part's range; a line that does
     * not stand as written ends the mapping, or with {@code skipRewritten} is passed over. With
     * {@code gathered}, a line of at least {@value #GATHERED_LINE} characters not found inside the
     * range is looked for after it, and taken where it stands exactly once; a line found nowhere
     * or twice is passed over, as with {@code skipRewritten}.
     */
    private void mapText(
            SourceMap.Builder m,
            String pointer,
            String value,
            SourceRange r,
            Cursor cursor,
            boolean skipRewritten,
            boolean gathered) {
        if (value.isEmpty()) {
            return;
        }
        int from = r.equals(cursor.range) ? Math.max(r.start(), cursor.at) : r.start();
        int skipped = 0;
        int searches = 0;
        int t = 0;
        int first = -1;
        int last = -1;
        List<int[]> runs = new ArrayList<>();
        while (t <= value.length()) {
            int nl = value.indexOf('\n', t);
            int lineEnd = nl < 0 ? value.length() : nl;
            String line = value.substring(t, lineEnd);
            if (!line.isEmpty()) {
                int length = line.length();
                int at = indexWithin(line, from, r.end());
                if (at < 0 && gathered) {
                    // each search past the range reads to the end of the document: a few are allowed
                    int past = length < GATHERED_LINE || searches++ >= GATHERED_SEARCHES
                            ? -1
                            : indexWithin(line, Math.max(from, r.end()), text.length());
                    if (past >= 0 && indexWithin(line, past + 1, text.length()) < 0) {
                        at = past;
                    } else if (++skipped <= SKIPPED_LINES && nl >= 0) {
                        t = nl + 1; // a heading the reader turned into a line, or a line found twice
                        continue;
                    } else {
                        break;
                    }
                }
                if (at < 0 && skipRewritten) {
                    // a line the reader wrote itself: passed over, the next lines may stand as
                    // written; after a few such lines the rest is left unmapped, so that a search
                    // that fails is never repeated for every line of a long text
                    if (++skipped > SKIPPED_LINES || nl < 0) {
                        break;
                    }
                    t = nl + 1;
                    continue;
                }
                while (at < 0 && length > 0) {
                    // a line the reader added to ("Validate sizes (Priority: P2)"): its longest
                    // leading run of whole words that stands as written
                    length = line.lastIndexOf(' ', length - 1);
                    at = length > 0 ? indexWithin(line.substring(0, length), from, r.end()) : -1;
                }
                if (at < 0) {
                    break; // a line the reader rewrote: the text is mapped up to here
                }
                runs.add(new int[] {t, at, length});
                first = first < 0 ? at : first;
                last = at + length;
                from = last;
                if (length < line.length() && !skipRewritten) {
                    break;
                }
            }
            if (nl < 0) {
                break;
            }
            t = nl + 1;
        }
        if (runs.isEmpty()) {
            return;
        }
        m.place(pointer, SourceRange.of(first, last));
        for (int[] run : runs) {
            m.text(pointer, run[0], run[1], run[2]);
        }
        cursor.range = r;
        cursor.at = last;
    }

    /** Where {@code needle} starts in the source between two offsets, or -1. */
    private int indexWithin(String needle, int from, int to) {
        int limit = to - needle.length();
        char c = needle.charAt(0);
        for (int i = Math.max(0, from); i <= limit; i++) {
            if (text.charAt(i) == c && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }
}
