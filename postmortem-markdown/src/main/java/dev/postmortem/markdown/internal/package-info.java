/**
 * Internal: the line syntax shared by the Markdown writer and reader, and the reader itself, one
 * section reader per kind of section over a shared read context. Not API.
 */
package dev.postmortem.markdown.internal;
