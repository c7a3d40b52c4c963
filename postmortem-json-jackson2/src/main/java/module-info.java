/**
 * Postmortems as JSON with Jackson 2: the same document, byte for byte, as the Jackson 3 binding.
 * {@link dev.postmortem.json.jackson2.PostmortemJson} reads and writes documents and JSON Lines,
 * and {@link dev.postmortem.json.jackson2.PostmortemModule} teaches any Jackson 2 mapper
 * the model (found by {@code ObjectMapper.findAndRegisterModules()}).
 */
module dev.postmortem.json.jackson2 {
    requires transitive dev.postmortem.json.common;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive com.fasterxml.jackson.core;

    exports dev.postmortem.json.jackson2;

    provides com.fasterxml.jackson.databind.Module with
            dev.postmortem.json.jackson2.PostmortemModule;
}
