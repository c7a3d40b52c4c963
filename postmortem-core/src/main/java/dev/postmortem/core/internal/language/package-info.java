/**
 * Internal: the linear text scanner and word lists behind the blame-language checker. Not API.
 */
package dev.postmortem.core.internal.language;
