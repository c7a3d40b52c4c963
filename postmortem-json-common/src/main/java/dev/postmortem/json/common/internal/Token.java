package dev.postmortem.json.common.internal;

/** The JSON tokens the codec sees, independent of the Jackson version. */
public enum Token {
    /** An opening brace, <code>&#123;</code>. */
    START_OBJECT,
    /** A closing brace, <code>&#125;</code>. */
    END_OBJECT,
    /** {@code [} */
    START_ARRAY,
    /** {@code ]} */
    END_ARRAY,
    /** A field name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without fraction or exponent. */
    INT,
    /** A number with a fraction or an exponent. */
    FLOAT,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL,
    /** The end of the input. */
    END;

    /** The tokens by Jackson's token id ({@code JsonTokenId}), which Jackson 2 and 3 number alike. */
    private static final Token[] BY_JACKSON_ID = {
        END, START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INT, FLOAT, TRUE, FALSE, NULL
    };

    /**
     * The token of a Jackson token id, as {@code JsonParser.currentTokenId()} returns it in Jackson 2
     * and 3: 1 for the start of an object to 11 for {@code null}.
     *
     * @param id the id; no token, an embedded object and any other id are {@link #END}
     * @return the token
     */
    public static Token ofJacksonId(int id) {
        return id > 0 && id < BY_JACKSON_ID.length ? BY_JACKSON_ID[id] : END;
    }

    /**
     * How a message names a value that starts with this token.
     *
     * @return such as {@code a string} or {@code an array}
     */
    public String describe() {
        return switch (this) {
            case START_OBJECT -> "an object";
            case END_OBJECT -> "the end of an object";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "the end of an array";
            case NAME -> "a field name";
            case STRING -> "a string";
            case INT -> "a whole number";
            case FLOAT -> "a decimal number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null (leave a field out when it has no value)";
            case END -> "the end of the input";
        };
    }
}
