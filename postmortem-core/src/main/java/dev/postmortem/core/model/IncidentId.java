package dev.postmortem.core.model;

import dev.postmortem.core.internal.Args;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identifier of an incident in the form {@code INC-YYYY-MM-DD-NNN}: the date the incident
 * started (UTC) and a sequence number of at least three digits for that day, as in
 * {@code INC-2026-05-19-001}.
 *
 * <p>Ordering is by date, then sequence. {@link #toString()} gives the canonical form, which
 * {@link #parse(CharSequence)} reads back to an equal id. Instances are immutable and thread-safe.
 */
public final class IncidentId implements Comparable<IncidentId> {
    /** The expected textual form, for messages. */
    public static final String FORM = "INC-YYYY-MM-DD-NNN, such as INC-2026-05-19-001";

    private static final Comparator<IncidentId> ORDER =
            Comparator.comparing(IncidentId::date).thenComparingInt(IncidentId::sequence);

    private final LocalDate date;
    private final int sequence;

    private IncidentId(LocalDate date, int sequence) {
        this.date = date;
        this.sequence = sequence;
    }

    /**
     * Obtains an id from its date and sequence number.
     *
     * @param date the incident's date, years 1000 to 9999
     * @param sequence the sequence number for that day, 1 to 999999
     * @return the id
     * @throws IllegalArgumentException if the date is null or out of range, or the sequence is not positive
     */
    public static IncidentId of(LocalDate date, int sequence) {
        Args.notNull(date, "incident id date");
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("incident id date " + date + " must have a four-digit year");
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("incident id sequence " + sequence + " must be between 1 and 999999");
        }
        return new IncidentId(date, sequence);
    }

    /**
     * Parses an id such as {@code INC-2026-05-19-001}. Letters are case-insensitive and surrounding
     * white space is ignored; the sequence has three to six digits.
     *
     * @param text the text
     * @return the id
     * @throws IllegalArgumentException if the text is null or not of the form {@value #FORM}
     */
    public static IncidentId parse(CharSequence text) {
        Args.notNull(text, "incident id");
        String s = text.toString().strip();
        int n = s.length();
        if (n < 18
                || n > 21
                || !s.regionMatches(true, 0, "INC-", 0, 4)
                || s.charAt(8) != '-'
                || s.charAt(11) != '-'
                || s.charAt(14) != '-') {
            throw Args.malformed("incident id", text, FORM);
        }
        if (!digits(s, 4, 8) || !digits(s, 9, 11) || !digits(s, 12, 14) || !digits(s, 15, n)) {
            throw Args.malformed("incident id", text, FORM);
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(s, 4, 8, 10), Integer.parseInt(s, 9, 11, 10), Integer.parseInt(s, 12, 14, 10));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "malformed incident id '" + s + "': " + s.substring(4, 14) + " is not a calendar date; expected "
                            + FORM,
                    e);
        }
        int sequence = Integer.parseInt(s, 15, n, 10);
        if (sequence == 0) {
            throw new IllegalArgumentException("malformed incident id '" + s + "': the sequence starts at 001");
        }
        return new IncidentId(date, sequence);
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The date in the id: by convention the day the incident started, in UTC.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The sequence number for the day.
     *
     * @return a number from 1
     */
    public int sequence() {
        return sequence;
    }

    @Override
    public int compareTo(IncidentId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidentId other && date.equals(other.date) && sequence == other.sequence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, sequence);
    }

    /**
     * The canonical form, {@code INC-2026-05-19-001}; the sequence is zero-padded to three digits.
     *
     * @return the id as text
     */
    @Override
    public String toString() {
        return String.format("INC-%s-%03d", date, sequence);
    }
}
