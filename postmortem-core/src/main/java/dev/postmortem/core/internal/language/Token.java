package dev.postmortem.core.internal.language;

/**
 * One word of scanned text: its span in the original text, its normalised form (lower case,
 * typographic apostrophes straightened, contractions expanded into two tokens over one span), and
 * what the scanner knows of its context.
 *
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @param norm the normalised word; {@code <code>} for a masked code span or URL, {@code <handle>} for
 *     a handle
 * @param capitalised whether the original starts with an upper-case letter
 * @param sentenceStart whether it is the first token of its sentence
 * @param sentence the index of its sentence
 * @param clauseBreakBefore whether punctuation separates it from the token before
 */
public record Token(
        int start,
        int end,
        String norm,
        boolean capitalised,
        boolean sentenceStart,
        int sentence,
        boolean clauseBreakBefore) {
    /** The norm of a masked span (code, URL, handle). */
    public static final String MASKED = "<code>";

    /** The norm of a masked {@code @handle} or chat mention. */
    public static final String HANDLE = "<handle>";

    /**
     * Whether the token stands for masked text.
     *
     * @return true for code spans, URLs and handles
     */
    public boolean masked() {
        return MASKED.equals(norm) || HANDLE.equals(norm);
    }
}
