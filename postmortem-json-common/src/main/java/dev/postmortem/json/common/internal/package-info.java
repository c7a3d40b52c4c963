/**
 * Implementation shared by the Jackson 3 and Jackson 2 bindings: the codec that writes and reads
 * every model type through a small token interface, the reader over each binding's {@link
 * dev.postmortem.json.common.internal.TokenSource}, the steps both bindings take to open parsers and
 * write documents ({@link dev.postmortem.json.common.internal.AbstractBinding}), the Jackson settings
 * both apply and the build's version. Not API: exported only to the two binding modules and free to
 * change in any release.
 */
package dev.postmortem.json.common.internal;
