/**
 * The Jackson 3 side of the shared codec: the token adapters over Jackson 3's parser and generator,
 * the serializers and deserializers, and the factory settings. Not API.
 */
package dev.postmortem.json.internal;
