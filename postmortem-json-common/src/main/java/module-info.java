/**
 * The part of the postmortem JSON binding that does not depend on Jackson: the document's field
 * names and order, value conversions, read errors, options, JSON Lines and the JSON Schema. Use it
 * through {@code dev.postmortem.json} (Jackson 3) or {@code dev.postmortem.json.jackson2}
 * (Jackson 2); its {@code internal} package is exported only to those two modules.
 */
module dev.postmortem.json.common {
    requires transitive dev.postmortem.core;

    exports dev.postmortem.json.common;
    exports dev.postmortem.json.common.internal to
            dev.postmortem.json,
            dev.postmortem.json.jackson2;
}
