/** Internal: the line syntax shared by the Markdown writer and reader. Not API. */
package dev.postmortem.markdown.internal;
