package dev.postmortem.cli.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What identifies a finding across edits of its document, for baselines and for the reports whose
 * consumers compare runs (GitLab Code Quality).
 *
 * <p>A finding's fingerprint is a hash of its rule, the field of the postmortem it is in with list
 * positions left out ({@code actionItems[].estimate}, so an item added above does not renumber the
 * rest), and the flagged text with its spaces collapsed. Line numbers are never part of it, so
 * moving a section, adding lines above or editing another field leaves it as it was. A finding with
 * neither a field nor flagged text (a line the Markdown reader could not map) is identified by its
 * message with the digits left out. Several findings can share a fingerprint (three action items
 * without an estimate); their {@link #occurrences(List) occurrence} numbers, in document order,
 * tell them apart. Stateless and thread-safe.
 */
public final class Fingerprints {
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern PROSE_LINE = Pattern.compile("line \\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Fingerprints() {}

    /**
     * The fingerprint of a finding: 16 lower-case hex digits, the same for the same rule, field
     * (without list positions) and flagged text wherever the finding stands in its file.
     *
     * @param f the finding
     * @return the fingerprint
     */
    public static String of(Located f) {
        String field = field(f.modelPath());
        String text = SPACES.matcher(f.excerpt().strip()).replaceAll(" ");
        String rest =
                field.isEmpty() && text.isEmpty() ? DIGITS.matcher(f.message()).replaceAll("#") : "";
        return hash(f.ruleId() + '\u0000' + field + '\u0000' + text + '\u0000' + rest, 16);
    }

    /**
     * The field a finding is in, without list positions; plain prose has no field (its path is a
     * line number, which moves).
     *
     * @param modelPath the finding's path in the model
     * @return such as {@code actionItems[].description}, or empty
     */
    static String field(String modelPath) {
        if (PROSE_LINE.matcher(modelPath).matches()) {
            return "";
        }
        return INDEX.matcher(modelPath).replaceAll("[]");
    }

    /**
     * The occurrence number of each finding of a file among those with the same fingerprint, in
     * the order given: 1 for the first, 2 for the second.
     *
     * @param findings a file's findings in document order
     * @return the fingerprint and occurrence of each, in the same order
     */
    public static List<Occurrence> occurrences(List<Located> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Occurrence> out = new ArrayList<>(findings.size());
        for (Located f : findings) {
            String fp = of(f);
            out.add(new Occurrence(fp, seen.merge(fp, 1, Integer::sum)));
        }
        return out;
    }

    /**
     * A fingerprint that tells apart every finding of a run: the file, the finding's fingerprint and
     * its occurrence number.
     *
     * @param path the file's display path
     * @param o the finding's occurrence
     * @return 32 lower-case hex digits
     */
    public static String unique(String path, Occurrence o) {
        return hash(path + '\u0000' + o.fingerprint() + '\u0000' + o.number(), 32);
    }

    /**
     * A finding's fingerprint and its number among the findings of its file that share it.
     *
     * @param fingerprint the fingerprint
     * @param number 1 for the first such finding in the file
     */
    public record Occurrence(String fingerprint, int number) {}

    private static String hash(String key, int hexDigits) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
