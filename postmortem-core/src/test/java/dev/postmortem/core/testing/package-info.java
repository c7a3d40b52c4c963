/**
 * Test fixtures shared by this module's tests and, through the test jar, by the other modules:
 * the guide's example postmortem built in code, the seeded postmortem generator and the labelled
 * blame-language corpus.
 */
package dev.postmortem.core.testing;
