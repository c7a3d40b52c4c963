package dev.postmortem.core.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.postmortem.core.model.ActionItem;
import dev.postmortem.core.model.ActionItemStatus;
import dev.postmortem.core.model.ContributingFactor;
import dev.postmortem.core.model.Postmortem;
import dev.postmortem.core.model.TimelineEvent;
import dev.postmortem.core.testing.SeedExample;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model validated the way an application validates anything: a validator built by {@code
 * Validation.buildDefaultValidatorFactory()} (with an expression-language implementation on the
 * class path, as Spring Boot has), or by the default provider with parameter-only interpolation (as
 * an application without one must). Neither knows the library's own validator; both must report
 * the model's violations with paths instead of failing.
 */
class StandardValidationTest {
    private static ValidatorFactory withEl;
    private static ValidatorFactory withoutEl;

    @BeforeAll
    static void build() {
        withEl = Validation.buildDefaultValidatorFactory();
        withoutEl = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        withEl.close();
        withoutEl.close();
    }

    private static Postmortem faulty() {
        return SeedExample.postmortem()
                .withTitle(" ")
                .withTimeline(
                        TimelineEvent.of(SeedExample.at("10:05"), "the canary's error rate rises"),
                        TimelineEvent.of(SeedExample.at("10:02"), "the deploy starts"))
                .withActionItems(ActionItem.builder()
                        .description(" ")
                        .status(ActionItemStatus.NOT_DOING)
                        .build());
    }

    private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath().toString())
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    @Test
    void theDefaultFactoryReportsEveryViolationWithItsPath() {
        Set<ConstraintViolation<Postmortem>> found = withEl.getValidator().validate(faulty());
        assertThat(paths(found))
                .contains(
                        "title",
                        "timeline[1].at",
                        "actionItems[0].id",
                        "actionItems[0].description",
                        "actionItems[0].statusRationale");
        assertThat(found)
                .filteredOn(v -> v.getPropertyPath().toString().equals("timeline[1].at"))
                .extracting(ConstraintViolation::getMessage)
                .singleElement()
                .asString()
                .contains("earlier than event 1");
        assertThat(found).allSatisfy(v -> assertThat(v.getRootBean()).isInstanceOf(Postmortem.class));
    }

    @Test
    void withoutAnExpressionLanguageTheSameViolationsAreReported() {
        Validator plain = withoutEl.getValidator();
        assertThat(paths(plain.validate(faulty())))
                .isEqualTo(paths(withEl.getValidator().validate(faulty())));
    }

    @Test
    void eachViolationIsReportedOnce() {
        List<String> paths = paths(withEl.getValidator().validate(faulty()));
        assertThat(paths).doesNotHaveDuplicates();
    }

    @Test
    void aValidPartHasNoViolations() {
        ContributingFactor ok = ContributingFactor.builder()
                .title("The deploy tool accepted a config with no canary stage")
                .build();
        assertThat(withEl.getValidator().validate(ok)).isEmpty();
        assertThat(withoutEl.getValidator().validate(ok)).isEmpty();
    }

    @Test
    void aPartAloneIsValidatedWithItsOwnPaths() {
        ContributingFactor blank = ContributingFactor.builder().title("  ").build();
        Set<ConstraintViolation<ContributingFactor>> found =
                withEl.getValidator().validate(blank);
        assertThat(found)
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("title");
                    assertThat((String) t.toList().get(1)).contains("short title");
                });
    }

    @Test
    void aMessageComesThroughWordForWord() {
        Postmortem p = SeedExample.postmortem()
                .withTimeline(
                        TimelineEvent.of(SeedExample.at("10:05"), "b"), TimelineEvent.of(SeedExample.at("10:02"), "a"));
        assertThat(withEl.getValidator().validate(p))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .contains(tuple(
                        "timeline[1].at",
                        "timeline event 2 at " + SeedExample.at("10:02") + " is earlier than event 1 at "
                                + SeedExample.at("10:05") + "; sort the timeline by time or correct the time"));
    }
}
