package dev.postmortem.json.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildVersionTest {
    @Test
    void theVersionIsTheOneTheBuildRuns() {
        // surefire passes the POM's version; the jar's build.properties must say the same
        assertThat(System.getProperty("postmortem.version")).isNotBlank();
        assertThat(BuildVersion.version()).isEqualTo(System.getProperty("postmortem.version"));
    }
}
