/**
 * Types shared by both JSON bindings: {@link dev.postmortem.json.common.JsonOptions} (strict mode,
 * severity scale and reading limits), {@link dev.postmortem.json.common.JsonReadException} (a read
 * error with its JSON pointer, line and column), the JSON Lines types and
 * {@link dev.postmortem.json.common.JsonDocument} (the schema version and the JSON Schema).
 */
package dev.postmortem.json.common;
