/**
 * The Jackson 3 binding of postmortems: {@link dev.postmortem.json.PostmortemJson}, a thread-safe
 * facade that reads and writes JSON documents and JSON Lines with safe limits, and {@link
 * dev.postmortem.json.PostmortemModule}, the Jackson module for the model.
 *
 * <p>The document format (field names, order, value forms, the schema version and its JSON Schema)
 * is described in {@link dev.postmortem.json.common.JsonDocument} and the README; the Jackson 2
 * binding writes the same bytes.
 */
package dev.postmortem.json;
