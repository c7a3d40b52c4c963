package dev.postmortem.json.common.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the postmortem JSON modules, as the build wrote it into {@code build.properties}
 * beside this class, read once when the class is initialized. Both bindings' Jackson modules report
 * it, so a Jackson module's version is the release's rather than a number someone must remember to
 * change.
 */
public final class BuildVersion {
    /** The Maven group id of the postmortem artifacts. */
    public static final String GROUP_ID = "dev.postmortem";

    private static final String VERSION = load();

    private BuildVersion() {}

    /**
     * The version of the build, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}.
     *
     * @return the version
     */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "postmortem-json-common has no build.properties; the jar is incomplete");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build.properties of postmortem-json-common", e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(
                    "the build.properties of postmortem-json-common has no version: '" + version + "'");
        }
        return version;
    }
}
