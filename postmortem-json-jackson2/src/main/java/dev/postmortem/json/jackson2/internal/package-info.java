/**
 * The Jackson 2 side of the shared codec: the binding (factory, pretty printer, what Jackson 2's
 * checked exceptions mean) and the token adapters over Jackson 2's parser and generator. Not API.
 */
package dev.postmortem.json.jackson2.internal;
