package dev.postmortem.json.common;

import dev.postmortem.core.model.SeverityScale;
import java.util.Objects;

/**
 * How the JSON bindings read and write: lenient or strict about unknown fields, the severity scale
 * severity ids are read with, pretty or compact output, and the limits that keep a hostile
 * document from exhausting memory or the stack.
 *
 * <p>The defaults ({@link #defaults()}) suit postmortems, which are a few kilobytes to a few hundred
 * kilobytes: a document of at most 10,000,000 characters (bytes for byte input), nesting at most
 * 100 deep, strings of at most 2,000,000 characters, numbers of at most 100 characters and field
 * names of at most 1,000 characters. Each maps onto Jackson's {@code StreamReadConstraints}; a
 * document beyond a limit fails with a {@link JsonReadException} that names the limit.
 *
 * <p>Immutable and thread-safe; change one setting with {@link #toBuilder()}.
 */
public final class JsonOptions {
    /** Default for {@link #maxDocumentLength()}. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000L;
    /** Default for {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
    /** Default for {@link #maxStringLength()}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 2_000_000;
    /** Default for {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default for {@link #maxNameLength()}. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

    private static final JsonOptions DEFAULTS = new Builder().build();

    private final boolean strict;
    private final boolean prettyPrint;
    private final SeverityScale severityScale;
    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;

    private JsonOptions(Builder b) {
        this.strict = b.strict;
        this.prettyPrint = b.prettyPrint;
        this.severityScale = b.severityScale;
        this.maxDocumentLength = b.maxDocumentLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxNumberLength = b.maxNumberLength;
        this.maxNameLength = b.maxNameLength;
    }

    /**
     * Lenient reading, pretty output, the standard severity scale and the default limits.
     *
     * @return the default options
     */
    public static JsonOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.strict = strict;
        b.prettyPrint = prettyPrint;
        b.severityScale = severityScale;
        b.maxDocumentLength = maxDocumentLength;
        b.maxNestingDepth = maxNestingDepth;
        b.maxStringLength = maxStringLength;
        b.maxNumberLength = maxNumberLength;
        b.maxNameLength = maxNameLength;
        return b;
    }

    /**
     * Whether an unknown field is an error. When false (the default) unknown fields are kept in the
     * {@code extensions} of the object they appear in and written back.
     *
     * @return true for strict reading
     */
    public boolean strict() {
        return strict;
    }

    /**
     * Whether documents are written indented, two spaces per level, one field per line. JSON Lines
     * output is always compact.
     *
     * @return true for indented output (the default)
     */
    public boolean prettyPrint() {
        return prettyPrint;
    }

    /**
     * The scale severity ids are read with.
     *
     * @return the scale; {@link SeverityScale#standard()} by default
     */
    public SeverityScale severityScale() {
        return severityScale;
    }

    /**
     * The longest document read, in characters (bytes for byte input).
     *
     * @return the limit
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * The deepest nesting of objects and arrays read.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * The longest string value read, in characters.
     *
     * @return the limit
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * The longest number read, in characters.
     *
     * @return the limit
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * The longest field name read, in characters.
     *
     * @return the limit
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonOptions other
                && strict == other.strict
                && prettyPrint == other.prettyPrint
                && severityScale.equals(other.severityScale)
                && maxDocumentLength == other.maxDocumentLength
                && maxNestingDepth == other.maxNestingDepth
                && maxStringLength == other.maxStringLength
                && maxNumberLength == other.maxNumberLength
                && maxNameLength == other.maxNameLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                strict,
                prettyPrint,
                severityScale,
                maxDocumentLength,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxNameLength);
    }

    @Override
    public String toString() {
        return "JsonOptions[strict=" + strict + ", prettyPrint=" + prettyPrint + ", maxDocumentLength="
                + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength="
                + maxStringLength + ", maxNumberLength=" + maxNumberLength + ", maxNameLength=" + maxNameLength
                + "]";
    }

    /** Builds {@link JsonOptions}; not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private boolean prettyPrint = true;
        private SeverityScale severityScale = SeverityScale.standard();
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;

        private Builder() {}

        /**
         * Sets strict reading; see {@link JsonOptions#strict()}.
         *
         * @param strict true to reject unknown fields
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets indented output; see {@link JsonOptions#prettyPrint()}.
         *
         * @param prettyPrint true for indented output
         * @return this builder
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.prettyPrint = prettyPrint;
            return this;
        }

        /**
         * Sets the severity scale.
         *
         * @param scale the scale
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder severityScale(SeverityScale scale) {
            if (scale == null) {
                throw new IllegalArgumentException("severity scale must not be null");
            }
            this.severityScale = scale;
            return this;
        }

        /**
         * Sets the longest document read.
         *
         * @param limit characters (bytes for byte input); positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxDocumentLength(long limit) {
            this.maxDocumentLength = positive(limit, "maxDocumentLength");
            return this;
        }

        /**
         * Sets the deepest nesting read.
         *
         * @param limit levels of objects and arrays; at least 10, as the model itself nests 5 deep
         * @return this builder
         * @throws IllegalArgumentException if below 10
         */
        public Builder maxNestingDepth(int limit) {
            if (limit < 10) {
                throw new IllegalArgumentException("maxNestingDepth " + limit
                        + " is too small: the postmortem model itself nests 5 deep; use 10 or more");
            }
            this.maxNestingDepth = limit;
            return this;
        }

        /**
         * Sets the longest string read.
         *
         * @param limit characters; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxStringLength(int limit) {
            this.maxStringLength = (int) positive(limit, "maxStringLength");
            return this;
        }

        /**
         * Sets the longest number read.
         *
         * @param limit characters; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxNumberLength(int limit) {
            this.maxNumberLength = (int) positive(limit, "maxNumberLength");
            return this;
        }

        /**
         * Sets the longest field name read.
         *
         * @param limit characters; positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxNameLength(int limit) {
            this.maxNameLength = (int) positive(limit, "maxNameLength");
            return this;
        }

        private static long positive(long limit, String name) {
            if (limit < 1) {
                throw new IllegalArgumentException(name + " must be positive, not " + limit);
            }
            return limit;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public JsonOptions build() {
            return new JsonOptions(this);
        }
    }
}
