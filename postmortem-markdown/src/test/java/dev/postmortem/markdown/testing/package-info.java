/** Test fixtures of the Markdown module: measurements of what the reader makes of a document. */
package dev.postmortem.markdown.testing;
