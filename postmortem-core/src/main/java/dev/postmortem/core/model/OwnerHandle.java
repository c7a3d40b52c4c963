package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;

/**
 * The owner of an action item as a chat or directory handle, {@code @TeamAlpha}: a team, a role
 * or an on-call rotation. Handles identify who owns the work; the blameless checks never treat an
 * owner handle as blame.
 *
 * <p>A handle is 1 to 64 characters of letters, digits, {@code -}, {@code _}, {@code .} and
 * {@code /}, starting with a letter or digit. {@link #parse(CharSequence)} accepts it with or
 * without the leading {@code @}; {@link #toString()} gives it with. Equality is exact (handles are
 * case-sensitive in most chat tools). Immutable and thread-safe.
 */
public final class OwnerHandle {
    /** The expected textual form, for messages. */
    public static final String FORM = "@name of letters, digits, '-', '_', '.' or '/', such as @TeamAlpha";

    private final String name;

    private OwnerHandle(String name) {
        this.name = name;
    }

    /**
     * Parses {@code @TeamAlpha} or {@code TeamAlpha}.
     *
     * @param text the text
     * @return the handle
     * @throws IllegalArgumentException if the text is not a handle of the form {@value #FORM}
     */
    public static OwnerHandle parse(CharSequence text) {
        Args.notNull(text, "owner handle");
        String s = text.toString().strip();
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.length() > 64 || !Character.isLetterOrDigit(s.codePointAt(0))) {
            throw Args.malformed("owner handle", text, FORM);
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.' && c != '/') {
                throw Args.malformed("owner handle", text, FORM);
            }
            i += Character.charCount(c);
        }
        return new OwnerHandle(s);
    }

    /**
     * The name without the {@code @}.
     *
     * @return the name, such as {@code TeamAlpha}
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OwnerHandle other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * The handle with its {@code @}, such as {@code @TeamAlpha}.
     *
     * @return the handle as text
     */
    @Override
    public String toString() {
        return "@" + name;
    }
}
