package dev.postmortem.json.common.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * The one {@link TokenSource} for both Jackson versions. Jackson 2's and Jackson 3's parsers name
 * the calls the codec needs alike ({@code nextToken}, {@code currentTokenId}, {@code currentName},
 * {@code currentTokenLocation} with {@code getLineNr} and {@code getColumnNr}, {@code close}) and
 * differ in the text call and in the types they return and throw; so the calls are found once per
 * binding by name, as method handles, and what they throw is translated by the binding. Not
 * thread-safe, like the parser under it.
 *
 * @param <P> the Jackson version's parser
 */
final class ParserSource<P> implements TokenSource {
    private final P parser;
    private final Calls calls;
    private final AbstractBinding<P, ?, ?> binding;

    ParserSource(P parser, Calls calls, AbstractBinding<P, ?, ?> binding) {
        this.parser = parser;
        this.calls = calls;
        this.binding = binding;
    }

    /**
     * The parser calls of one Jackson version, as handles that take the parser as an {@code Object}.
     * Immutable and thread-safe.
     */
    static final class Calls {
        private final MethodHandle nextToken;
        private final MethodHandle currentTokenId;
        private final MethodHandle currentName;
        private final MethodHandle text;
        private final MethodHandle location;
        private final MethodHandle line;
        private final MethodHandle column;
        private final MethodHandle close;

        /**
         * Finds the calls on a parser type.
         *
         * @param parserType the Jackson version's parser class
         * @param textCall the name of its call for the current token's text
         * @throws IllegalStateException if the Jackson on the class path lacks one of the calls
         */
        Calls(Class<?> parserType, String textCall) {
            MethodType toVoid = MethodType.methodType(void.class, Object.class);
            MethodType toInt = MethodType.methodType(int.class, Object.class);
            MethodType toString = MethodType.methodType(String.class, Object.class);
            MethodType toObject = MethodType.methodType(Object.class, Object.class);
            Method location = method(parserType, "currentTokenLocation");
            this.nextToken = handle(method(parserType, "nextToken"), toVoid);
            this.currentTokenId = handle(method(parserType, "currentTokenId"), toInt);
            this.currentName = handle(method(parserType, "currentName"), toString);
            this.text = handle(method(parserType, textCall), toString);
            this.location = handle(location, toObject);
            this.line = handle(method(location.getReturnType(), "getLineNr"), toInt);
            this.column = handle(method(location.getReturnType(), "getColumnNr"), toInt);
            this.close = handle(method(parserType, "close"), toVoid);
        }

        private static Method method(Class<?> type, String name) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(
                        "the Jackson on the class path has no " + type.getName() + "." + name
                                + "(): use the Jackson version this module was built with",
                        e);
            }
        }

        private static MethodHandle handle(Method method, MethodType type) {
            try {
                MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
                if (type.returnType() == void.class) {
                    handle = MethodHandles.dropReturn(handle);
                }
                return handle.asType(type);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + method + " from the JSON binding", e);
            }
        }
    }

    @Override
    public int nextTokenId() {
        try {
            calls.nextToken.invokeExact((Object) parser);
            return (int) calls.currentTokenId.invokeExact((Object) parser);
        } catch (Throwable e) {
            throw binding.translate(parser, e);
        }
    }

    @Override
    public int currentTokenId() {
        try {
            return (int) calls.currentTokenId.invokeExact((Object) parser);
        } catch (Throwable e) {
            throw binding.translate(parser, e);
        }
    }

    @Override
    public String name() {
        try {
            return (String) calls.currentName.invokeExact((Object) parser);
        } catch (Throwable e) {
            throw binding.translate(parser, e);
        }
    }

    @Override
    public String text() {
        try {
            return (String) calls.text.invokeExact((Object) parser);
        } catch (Throwable e) {
            throw binding.translate(parser, e);
        }
    }

    @Override
    public Position position() {
        try {
            Object at = (Object) calls.location.invokeExact((Object) parser);
            int line = (int) calls.line.invokeExact(at);
            int column = (int) calls.column.invokeExact(at);
            return new Position(binding.pointer(parser), line, column);
        } catch (Throwable e) {
            throw binding.translate(parser, e);
        }
    }

    @Override
    public void close() {
        try {
            calls.close.invokeExact((Object) parser);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // A checked failure to close a parser that has been read to its end changes nothing read.
        }
    }
}
