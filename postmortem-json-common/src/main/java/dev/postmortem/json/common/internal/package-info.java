/**
 * Implementation shared by the Jackson 3 and Jackson 2 bindings: the codec that writes and reads
 * every model type through a small token interface each binding implements over its own parser and
 * generator. Not API: exported only to the two binding modules and free to change in any release.
 */
package dev.postmortem.json.common.internal;
