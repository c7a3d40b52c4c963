/** The report module's test fixtures: seeded generators of corpora and surveys, and a headless browser. */
package dev.postmortem.report.testing;
