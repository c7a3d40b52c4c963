/**
 * Test fixtures shared by this module's tests and, through the test jar, by the other modules:
 * the guide's example postmortem built in code, and the seeded postmortem generator.
 */
package dev.postmortem.core.testing;
