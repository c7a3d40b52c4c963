package dev.postmortem.core.internal.validation;

/** Escapes dynamic text so that message interpolation leaves it as written. */
final class Messages {
    private Messages() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
