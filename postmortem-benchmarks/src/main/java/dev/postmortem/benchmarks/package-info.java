/**
 * JMH benchmarks, each paired with a baseline measured in the same run: the Markdown reader
 * against commonmark-java's bare parse, the JSON binding against plain Jackson on records, the
 * blame-language checker against {@link java.text.BreakIterator}, the full check against
 * Hibernate Validator alone, and the check's scaling from 1,000 to 10,000 postmortems.
 * {@code run.sh} runs them and {@link dev.postmortem.benchmarks.Ratios} prints the ratios.
 */
package dev.postmortem.benchmarks;
