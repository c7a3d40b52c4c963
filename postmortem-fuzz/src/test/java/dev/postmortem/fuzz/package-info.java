/**
 * Fuzz tests: each feeds Jazzer's inputs to one reader or parser and fails on any exception other
 * than the documented ones, on a broken invariant, or (Jazzer's own check) on a hang. The inputs
 * under {@code src/test/resources/dev/postmortem/fuzz/*Inputs} run as regression tests in every
 * build.
 */
package dev.postmortem.fuzz;
