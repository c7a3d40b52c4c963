package dev.postmortem.json.common.internal;

import dev.postmortem.json.common.JsonOptions;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Jackson factory settings both bindings apply, kept in one place so that the two cannot drift
 * apart: the limits of the options and the stream features, by the names their setters, enums and
 * constants have in Jackson 2 and 3 alike. A binding passes its own builder; a name its Jackson
 * lacks fails when the binding is created, that is in every test.
 */
public final class JacksonSettings {
    /** Each feature as {@code Enum.CONSTANT}, and whether it is on. */
    private static final Map<String, Boolean> FEATURES = Map.of(
            // A field given twice is a read error.
            "StreamReadFeature.STRICT_DUPLICATE_DETECTION", true,
            // The caller owns the streams it passes in.
            "StreamReadFeature.AUTO_CLOSE_SOURCE", false,
            "StreamWriteFeature.AUTO_CLOSE_TARGET", false,
            // Jackson 2's output (Jackson 3 changed some defaults), so both bindings write the same bytes.
            "JsonWriteFeature.ESCAPE_FORWARD_SLASHES", false,
            "JsonWriteFeature.ESCAPE_NON_ASCII", false,
            "JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8", true,
            "JsonWriteFeature.WRITE_HEX_UPPER_CASE", true);

    private JacksonSettings() {}

    /**
     * Sets the limits of the options on a Jackson {@code StreamReadConstraints.Builder}, through the
     * setters it has in Jackson 2 and 3 alike ({@code maxDocumentLength}, {@code maxNestingDepth},
     * {@code maxStringLength}, {@code maxNumberLength}, {@code maxNameLength}).
     *
     * @param <B> the builder's type
     * @param options the options
     * @param builder the builder
     * @return the builder
     * @throws IllegalStateException if the builder lacks one of the setters
     */
    public static <B> B limits(JsonOptions options, B builder) {
        set(builder, "maxDocumentLength", long.class, options.maxDocumentLength());
        set(builder, "maxNestingDepth", int.class, options.maxNestingDepth());
        set(builder, "maxStringLength", int.class, options.maxStringLength());
        set(builder, "maxNumberLength", int.class, options.maxNumberLength());
        set(builder, "maxNameLength", int.class, options.maxNameLength());
        return builder;
    }

    private static void set(Object builder, String setter, Class<?> type, Object value) {
        try {
            builder.getClass().getMethod(setter, type).invoke(builder, value);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    builder.getClass().getName() + " has no public " + setter + "(" + type + ")", e);
        }
    }

    /**
     * Sets those constants of a feature enum that the settings name.
     *
     * @param <F> the enum, such as Jackson's {@code StreamReadFeature}
     * @param features the enum's constants
     * @param configure the factory builder's {@code configure} for the enum
     * @return how many were set
     */
    public static <F extends Enum<F>> int features(F[] features, BiConsumer<F, Boolean> configure) {
        int set = 0;
        for (F feature : features) {
            Boolean on = FEATURES.get(feature.getDeclaringClass().getSimpleName() + "." + feature.name());
            if (on != null) {
                configure.accept(feature, on);
                set++;
            }
        }
        return set;
    }

    /**
     * Checks that a binding has set every feature.
     *
     * @param set how many {@link #features} calls set in all
     * @throws IllegalStateException if a feature has no constant in the binding's Jackson
     */
    public static void checkAllSet(int set) {
        if (set != FEATURES.size()) {
            throw new IllegalStateException("this Jackson has " + set + " of the " + FEATURES.size()
                    + " features the postmortem bindings set: " + FEATURES.keySet());
        }
    }
}
