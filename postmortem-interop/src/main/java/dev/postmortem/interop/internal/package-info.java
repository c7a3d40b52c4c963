/** The vendors' readers, the exporters and the mappings they load; not API. */
package dev.postmortem.interop.internal;
