/**
 * Postmortems as JSON with Jackson 3: {@link dev.postmortem.json.PostmortemJson} reads and writes
 * documents and JSON Lines, and {@link dev.postmortem.json.PostmortemModule} teaches any Jackson 3
 * mapper the model (found by {@code JsonMapper.builder().findAndAddModules()}).
 */
module dev.postmortem.json {
    requires transitive dev.postmortem.json.common;
    requires transitive tools.jackson.databind;
    requires transitive tools.jackson.core;

    exports dev.postmortem.json;

    provides tools.jackson.databind.JacksonModule with
            dev.postmortem.json.PostmortemModule;
}
