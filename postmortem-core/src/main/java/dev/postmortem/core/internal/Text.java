package dev.postmortem.core.internal;

/** Small text helpers shared by the model and the checks. */
public final class Text {
    private Text() {}

    /**
     * Shortens text for a message, keeping its start.
     *
     * @param text the text
     * @param max the longest result before the ellipsis
     * @return the text, or its first {@code max} characters and an ellipsis
     */
    public static String abbreviate(CharSequence text, int max) {
        if (text.length() <= max) {
            return text.toString();
        }
        return text.subSequence(0, max) + "…";
    }

    /**
     * Turns a Java identifier such as {@code NotBlank} or {@code IN_PROGRESS} into kebab case.
     *
     * @param name the name
     * @return {@code not-blank}, {@code in-progress}
     */
    public static String kebab(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == ' ') {
                out.append('-');
            } else if (Character.isUpperCase(c)) {
                if (i > 0
                        && out.length() > 0
                        && out.charAt(out.length() - 1) != '-'
                        && !Character.isUpperCase(name.charAt(i - 1))) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
