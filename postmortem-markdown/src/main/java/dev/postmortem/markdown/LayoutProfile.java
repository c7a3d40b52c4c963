package dev.postmortem.markdown;

import dev.postmortem.core.model.Postmortem;
import dev.postmortem.markdown.internal.Sections;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which headings start which section of a postmortem, and which sections a team requires: the part
 * of a layout a team changes without code. {@link #standard()} holds the rules the reader ships
 * with ({@code dev/postmortem/markdown/layout/headings.txt}: the guide's template, Google's SRE
 * template, PagerDuty's, Atlassian's and the headings of published postmortems). A team adds its
 * own headings, which are tried before the standard ones, and names the sections its template
 * requires:
 *
 * <pre>{@code
 * LayoutProfile ours = LayoutProfile.builder()
 *         .heading("timeline", "What happened when")
 *         .headingContaining("actions", "follow-up work")
 *         .require("five-whys")
 *         .build();
 * MarkdownReader reader = MarkdownReader.of(SeverityScale.standard(), ours);
 * }</pre>
 *
 * <p>Sections are named {@code timeline}, {@code impact}, {@code factors}, {@code actions}, {@code
 * lessons}, {@code went-well}, {@code went-wrong}, {@code got-lucky}, {@code five-whys} and {@code
 * just-culture}. Headings are compared by their words: lower case, letters and digits, with
 * numbering, emoji and punctuation ignored. Immutable and thread-safe.
 */
public final class LayoutProfile {
    private static final LayoutProfile STANDARD = new LayoutProfile(List.of(), Set.of());

    private final List<Rule> rules;
    private final Set<String> required;

    private record Rule(Sections.Kind kind, String words, boolean contains) {}

    private LayoutProfile(List<Rule> rules, Set<String> required) {
        this.rules = List.copyOf(rules);
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
    }

    /**
     * The rules the reader ships with, requiring no section.
     *
     * @return the standard profile
     */
    public static LayoutProfile standard() {
        return STANDARD;
    }

    /**
     * A builder of a team's profile on top of the standard rules.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from a profile's headings and required sections, for a team that adopts
     * a shipped template's profile and adds its own words.
     *
     * @param base the profile to start from
     * @return a new builder
     */
    public static Builder builder(LayoutProfile base) {
        Builder b = new Builder();
        b.rules.addAll(base.rules);
        b.required.addAll(base.required);
        return b;
    }

    private static final String PROFILES = "/dev/postmortem/markdown/layout/profiles/";

    /**
     * The names of the profiles the reader ships: the guide's template ({@code guide}), Google's SRE
     * template ({@code google-sre}), PagerDuty's ({@code pagerduty}), Atlassian's ({@code
     * atlassian}), and three layouts of public postmortem collections ({@code mybinder}, {@code
     * kubernetes-test-infra}, {@code rust-blog}).
     *
     * @return the names, in the order of {@code layout/profiles/index.txt}
     */
    public static List<String> shipped() {
        return List.copyOf(dev.postmortem.markdown.internal.Syntax.resourceLines(PROFILES + "index.txt").stream()
                .map(String::strip)
                .toList());
    }

    /**
     * A shipped profile: its template's headings, tried before the standard ones, and the sections
     * the template requires. Each is a resource file a reviewer can read, in {@code
     * dev/postmortem/markdown/layout/profiles/}.
     *
     * @param name a name of {@link #shipped()}, such as {@code google-sre}
     * @return the profile
     * @throws IllegalArgumentException for a name that is not shipped, naming those that are
     */
    public static LayoutProfile named(String name) {
        List<String> names = shipped();
        if (name == null || !names.contains(name.strip())) {
            throw new IllegalArgumentException(
                    "unknown layout profile '" + name + "'; expected one of " + String.join(", ", names));
        }
        Builder b = new Builder();
        for (String line : dev.postmortem.markdown.internal.Syntax.resourceLines(PROFILES + name.strip() + ".txt")) {
            String[] kv = line.split("\t");
            if (kv.length != 2) {
                throw new IllegalStateException("profile " + name + ": a line is SECTION<TAB>heading: " + line);
            }
            String v = kv[1].strip();
            if (kv[0].equals("require")) {
                b.require(v);
            } else if (v.startsWith("~")) {
                b.headingContaining(kv[0], v.substring(1));
            } else {
                b.heading(kv[0], v);
            }
        }
        return b.build();
    }

    /**
     * The section a heading starts.
     *
     * @param heading the heading as written
     * @return the section name, or empty when the heading names none
     */
    public Optional<String> section(String heading) {
        return Optional.ofNullable(kind(heading)).map(LayoutProfile::name);
    }

    /**
     * The sections this profile requires.
     *
     * @return the section names, in the order given
     */
    public Set<String> requiredSections() {
        return required;
    }

    /**
     * The required sections a postmortem has nothing in.
     *
     * @param postmortem the postmortem read
     * @return the missing section names, in the order required
     */
    public List<String> missing(Postmortem postmortem) {
        if (postmortem == null) {
            throw new IllegalArgumentException("postmortem must not be null");
        }
        List<String> out = new ArrayList<>();
        for (String s : required) {
            boolean present = switch (s) {
                case "timeline" -> !postmortem.timeline().isEmpty();
                case "impact" ->
                    postmortem.customerImpact().isPresent()
                            || postmortem.impactSummary().isPresent();
                case "factors" -> !postmortem.contributingFactors().isEmpty();
                case "actions" -> !postmortem.actionItems().isEmpty();
                case "lessons" -> !postmortem.lessons().isEmpty();
                case "went-well" -> !postmortem.lessons().wentWell().isEmpty();
                case "went-wrong" -> !postmortem.lessons().wentWrong().isEmpty();
                case "got-lucky" -> !postmortem.lessons().gotLucky().isEmpty();
                case "five-whys" -> postmortem.fiveWhys().isPresent();
                default -> !postmortem.justCultureAssessments().isEmpty();
            };
            if (!present) {
                out.add(s);
            }
        }
        return out;
    }

    /** The kind a heading starts: the team's rules first, then the standard ones. */
    Sections.Kind kind(String heading) {
        if (heading == null) {
            return null;
        }
        if (!rules.isEmpty()) {
            String k = Sections.normalise(heading);
            String padded = " " + k + " ";
            for (Rule r : rules) {
                if (r.contains() ? padded.contains(" " + r.words() + " ") : k.equals(r.words())) {
                    return r.kind();
                }
            }
        }
        return Sections.classify(heading);
    }

    static String name(Sections.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Sections.Kind kindOf(String section) {
        if (section == null) {
            throw new IllegalArgumentException("section must not be null");
        }
        for (Sections.Kind k : Sections.Kind.values()) {
            if (name(k).equals(section.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        List<String> names = new ArrayList<>();
        for (Sections.Kind k : Sections.Kind.values()) {
            names.add(name(k));
        }
        throw new IllegalArgumentException(
                "unknown section '" + section + "'; expected one of " + String.join(", ", names));
    }

    @Override
    public String toString() {
        return "LayoutProfile{" + rules.size() + " team headings, required " + required + "}";
    }

    /** A builder of a {@link LayoutProfile}; not thread-safe. */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private final Set<String> required = new LinkedHashSet<>();

        private Builder() {}

        /**
         * A heading that starts a section when it is exactly these words.
         *
         * @param section the section name
         * @param heading the heading
         * @return this builder
         * @throws IllegalArgumentException for an unknown section or a heading with no words
         */
        public Builder heading(String section, String heading) {
            rules.add(new Rule(kindOf(section), words(heading), false));
            return this;
        }

        /**
         * A heading that starts a section when it contains these words, in this order.
         *
         * @param section the section name
         * @param words the words
         * @return this builder
         * @throws IllegalArgumentException for an unknown section or no words
         */
        public Builder headingContaining(String section, String words) {
            rules.add(new Rule(kindOf(section), words(words), true));
            return this;
        }

        /**
         * A section the team's template requires: a document with nothing in it is reported.
         *
         * @param section the section name
         * @return this builder
         * @throws IllegalArgumentException for an unknown section
         */
        public Builder require(String section) {
            required.add(name(kindOf(section)));
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         */
        public LayoutProfile build() {
            return new LayoutProfile(rules, required);
        }

        private static String words(String heading) {
            String w = heading == null ? "" : Sections.normalise(heading);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("heading '" + heading + "' has no words to match");
            }
            return w;
        }
    }
}
