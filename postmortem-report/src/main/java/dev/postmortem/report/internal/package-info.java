/** The report's implementation: the page's data blob, name masking and the page's assets. Not API. */
package dev.postmortem.report.internal;
