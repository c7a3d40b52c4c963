package dev.postmortem.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline for the JSON benchmarks: the guide's example as a tree of plain records that plain
 * Jackson databind reads and writes with no module, the same fields as the document.
 */
public final class PlainRecords {
    private PlainRecords() {}

    /** The document. */
    public record Document(
            int schemaVersion,
            String templateVersion,
            String id,
            String title,
            String status,
            String severity,
            String window,
            Duration declaredDuration,
            Impact impactSummary,
            List<String> authors,
            List<Event> timeline,
            Customer customerImpact,
            List<Factor> contributingFactors,
            List<Item> actionItems,
            List<Object> justCultureAssessments,
            Lessons lessons,
            List<Object> additionalSections) {}

    /** The calculated impact. */
    public record Impact(String text, long failedRequests, BigDecimal budgetConsumed) {}

    /** A timeline event. */
    public record Event(Instant at, String description) {}

    /** The customer impact. */
    public record Customer(String userSymptoms, String affectedSegment, Budget errorBudget) {}

    /** The error budget. */
    public record Budget(BigDecimal remainingBefore, BigDecimal remainingAfter) {}

    /** A contributing factor. */
    public record Factor(String title, String description, String category) {}

    /** An action item. */
    public record Item(
            String id,
            String description,
            String type,
            String owner,
            LocalDate dueDate,
            String status,
            List<String> acceptanceCriteria,
            List<String> addressesFactors) {}

    /** Lessons. */
    public record Lessons(List<String> wentWell, List<String> wentWrong, List<String> gotLucky) {}
}
