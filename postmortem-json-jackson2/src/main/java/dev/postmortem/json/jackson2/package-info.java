/**
 * The Jackson 2 binding of postmortems, for applications still on {@code com.fasterxml.jackson}:
 * {@link dev.postmortem.json.jackson2.PostmortemJson}, the facade, and {@link
 * dev.postmortem.json.jackson2.PostmortemModule}, the Jackson module. Both write the same
 * bytes as the Jackson 3 binding in {@code dev.postmortem.json} and read what it writes.
 */
package dev.postmortem.json.jackson2;
