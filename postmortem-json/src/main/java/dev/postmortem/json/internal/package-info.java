/**
 * The Jackson 3 side of the shared codec: the binding (factory, writers, what Jackson 3's exceptions
 * mean) and the token adapters over Jackson 3's parser and generator. Not API.
 */
package dev.postmortem.json.internal;
