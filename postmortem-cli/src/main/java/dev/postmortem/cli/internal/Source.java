package dev.postmortem.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One input: a file or standard input, with its kind and display path. Reading it gives its text,
 * or the reason it has none: missing, not a regular file, too large, not UTF-8 text.
 *
 * @param display the path as shown in reports, {@code -} for standard input
 * @param file the file, or empty for standard input
 * @param kind how to read it
 * @param unreadable why the input cannot be read, known before reading it (a folder of the walk
 *     that could not be opened), or empty
 */
public record Source(String display, Optional<Path> file, Kind kind, Optional<String> unreadable) {
    /**
     * An input to read.
     *
     * @param display the path as shown in reports
     * @param file the file, or empty for standard input
     * @param kind how to read it
     */
    public Source(String display, Optional<Path> file, Kind kind) {
        this(display, file, kind, Optional.empty());
    }

    /**
     * A place of a folder's walk that could not be opened: reported as that input's error, while
     * every other file of the walk is still checked.
     *
     * @param display the path as shown in reports
     * @param path the place
     * @param why why it could not be opened
     * @return the input, which reads as its problem
     */
    public static Source unreadable(String display, Path path, String why) {
        return new Source(display, Optional.of(path), Kind.MARKDOWN, Optional.of(why));
    }

    /** The largest input read: 64 MiB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** How an input is read. */
    public enum Kind {
        /** A postmortem in Markdown. */
        MARKDOWN,
        /** A postmortem in JSON. */
        JSON,
        /** Plain prose: the language rules only, line by line. */
        TEXT,
        /** Standard input of unknown kind: JSON when its first non-blank character is an opening brace, else Markdown. */
        AUTO;

        /**
         * The kind of a file name, by extension.
         *
         * @param name the name
         * @return the kind, or empty for other extensions
         */
        public static Optional<Kind> ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".md") || n.endsWith(".markdown")) {
                return Optional.of(MARKDOWN);
            }
            if (n.endsWith(".json")) {
                return Optional.of(JSON);
            }
            if (n.endsWith(".txt")) {
                return Optional.of(TEXT);
            }
            return Optional.empty();
        }

        /**
         * The kind named on the command line.
         *
         * @param name {@code md}, {@code json} or {@code txt}
         * @return the kind
         * @throws IllegalArgumentException for another name
         */
        public static Kind ofOption(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> MARKDOWN;
                case "json" -> JSON;
                case "txt", "text" -> TEXT;
                case "auto" -> AUTO;
                default ->
                    throw new IllegalArgumentException(
                            "unknown input format '" + name + "'; expected auto, md, json or txt");
            };
        }
    }

    /**
     * This source with its kind settled by its text: an {@link Kind#AUTO} input is JSON when its
     * first non-blank character is <code>&#123;</code>, Markdown otherwise.
     *
     * @param text the text read
     * @return this source, or one with the settled kind
     */
    public Source settled(String text) {
        if (kind != Kind.AUTO) {
            return this;
        }
        return new Source(display, file, text.stripLeading().startsWith("{") ? Kind.JSON : Kind.MARKDOWN, unreadable);
    }

    /** The outcome of reading: text, or why there is none. */
    public record Content(Optional<String> text, Optional<String> problem) {}

    /**
     * Reads the input as UTF-8 text, or as UTF-16 when it starts with a UTF-16 byte-order mark. A
     * NUL byte anywhere makes it binary.
     *
     * @param stdin standard input, read when this source is {@code -}
     * @return the text, without a byte-order mark, or the problem
     */
    public Content read(InputStream stdin) {
        if (unreadable.isPresent()) {
            return problem(unreadable.get());
        }
        byte[] bytes;
        try {
            if (file.isEmpty()) {
                bytes = stdin.readNBytes((int) MAX_BYTES + 1);
            } else {
                Path p = file.get();
                if (!Files.exists(p)) {
                    return problem("no such file");
                }
                if (!Files.isRegularFile(p)) {
                    return problem("not a regular file");
                }
                if (Files.size(p) > MAX_BYTES) {
                    return problem("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
                }
                bytes = Files.readAllBytes(p);
            }
        } catch (NoSuchFileException e) {
            return problem("no such file");
        } catch (AccessDeniedException e) {
            return problem("cannot be read: permission denied");
        } catch (IOException e) {
            return problem("cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        if (bytes.length > MAX_BYTES) {
            return problem("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            if (bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0) {
                return problem("UTF-32 text, which is not supported; save it as UTF-8");
            }
            return utf16(bytes);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return problem("a binary file (it contains NUL bytes), not UTF-8 text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return problem("not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Content(Optional.of(text), Optional.empty());
    }

    /** UTF-16 with a byte-order mark: read as such, as editors on Windows often save it. */
    private static Content utf16(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_16
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                return problem("a binary file (it contains NUL characters), not text");
            }
            return new Content(Optional.of(text), Optional.empty());
        } catch (CharacterCodingException e) {
            return problem("not valid UTF-16 text, though it starts with a UTF-16 byte-order mark");
        }
    }

    private static Content problem(String why) {
        return new Content(Optional.empty(), Optional.of(why));
    }
}
