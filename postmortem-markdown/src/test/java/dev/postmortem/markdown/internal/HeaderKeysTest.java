package dev.postmortem.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderKeysTest {
    @Test
    void everyFieldHasAKeyInTheResource() {
        Set<HeaderKeys.Field> reached = EnumSet.noneOf(HeaderKeys.Field.class);
        for (String line : Syntax.resourceLines("/dev/postmortem/markdown/layout/header-keys.txt")) {
            reached.add(HeaderKeys.field(line.split("\t")[0]));
        }
        assertThat(reached).containsExactlyInAnyOrder(HeaderKeys.Field.values());
    }

    @Test
    void keysAreTheNormalisedWordsAndOthersAreUnknown() {
        assertThat(HeaderKeys.field("incident severity")).isEqualTo(HeaderKeys.Field.SEVERITY);
        assertThat(HeaderKeys.field("time zone")).isEqualTo(HeaderKeys.Field.TIME_ZONE);
        assertThat(HeaderKeys.field("incident commander")).isNull();
        assertThat(HeaderKeys.Field.TIME_ZONE.kept()).isTrue();
        assertThat(HeaderKeys.Field.AUTHORS.pointer()).contains("/authors");
    }
}
