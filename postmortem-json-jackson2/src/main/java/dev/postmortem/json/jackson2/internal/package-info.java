/**
 * The Jackson 2 side of the shared codec: token adapters, serializers, deserializers and factory
 * settings. Not API.
 */
package dev.postmortem.json.jackson2.internal;
