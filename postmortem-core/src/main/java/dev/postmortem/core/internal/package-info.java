/**
 * Implementation details of {@code postmortem-core}. Not exported from the module; nothing here is
 * API, and any of it may change in any release. Do not use it from outside the library.
 */
package dev.postmortem.core.internal;
