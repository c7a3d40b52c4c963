package dev.postmortem.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '~',
            value = {
                "14:02 UTC - Deploy starts~14:02~UTC~Deploy starts",
                "**18:53** `@db-oncall` First report of slow responses~18:53~~`@db-oncall` First report of slow responses",
                "[08:47] Auto-generated bump PR merged. **Outage begins.**~08:47~~Auto-generated bump PR merged. **Outage begins.**",
                "13:14 EDT (17:14 UTC): The first ticket lands~13:14~-04:00~The first ticket lands",
                "**21:17 UTC: packages published**~21:17~UTC~packages published",
                "01:38: alerts fired~01:38~~alerts fired",
                "9:05 AM PT — Pager fires~09:05~America/Los_Angeles~Pager fires",
                "12:30 p.m. | Rollback done~12:30~~Rollback done",
                "12:10am: queue drained~00:10~~queue drained",
                "10:02:30 UTC | [Detection] Alert fires~10:02:30~UTC~[Detection] Alert fires",
                "10:05 Central database failover~10:05~~Central database failover",
                "14:02-14:10 retries pile up~14:02~~14:10 retries pile up",
                "**16:44** \\- Pingdom sends an alert~16:44~~Pingdom sends an alert",
            })
    void timesWithZonesAndSeparators(String line, String time, String zone, String rest) {
        TimelineText.When w = TimelineText.parse(line).orElseThrow();
        assertThat(w.time()).contains(LocalTime.parse(time));
        assertThat(w.zone()).isEqualTo(zone == null ? Optional.empty() : Optional.of(zoneOf(zone)));
        assertThat(w.rest()).isEqualTo(rest);
        assertThat(w.date()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '~',
            value = {
                "2019-10-20 00:55: builds fail~2019-10-20~00:55~builds fail",
                "Sep 27 2017 13:06~2017-09-27~13:06~",
                "2021-06-03 9:14~2021-06-03~09:14~",
                "February 5th, 2019 at 10:00 UTC: start~2019-02-05~10:00~start",
                "Mon, 3 Mar 2025 16:40 - paged~2025-03-03~16:40~paged",
                "2026-03-14T14:02 investigation~2026-03-14~14:02~investigation",
                "**2025 01 27 @ 15:58 UTC** deploy starts~2025-01-27~15:58~deploy starts",
                "2025/01/27 16:03 - pages return 404~2025-01-27~16:03~pages return 404",
                "2025.01.27 @ 16:10: rollback~2025-01-27~16:10~rollback",
                "5 July 2019, around 1300 UTC: 0.13.2 released~2019-07-05~13:00~(around) 0.13.2 released",
                "2019-07-05 approx. 21:10: installer broken~2019-07-05~21:10~(approx.) installer broken",
            })
    void datesBeforeTimes(String line, String date, String time, String rest) {
        TimelineText.When w = TimelineText.parse(line).orElseThrow();
        assertThat(w.date()).contains(LocalDate.parse(date));
        assertThat(w.time()).contains(LocalTime.parse(time));
        assertThat(w.rest()).isEqualTo(rest == null ? "" : rest);
    }

    @Test
    void dayHeadingsGiveADateAlone() {
        assertThat(TimelineText.parse("2025-07-26 Saturday").orElseThrow().date())
                .contains(LocalDate.of(2025, 7, 26));
        assertThat(TimelineText.parse("2020-02-20").orElseThrow().time()).isEmpty();
        assertThat(TimelineText.parse("Dec 13").orElseThrow().monthDay()).contains(MonthDay.of(12, 13));
    }

    @Test
    void aMonthFirstDateWithHyphensThroughout() {
        TimelineText.When w = TimelineText.parse("May-18-2022: the release candidate is published")
                .orElseThrow();
        assertThat(w.date()).contains(LocalDate.of(2022, 5, 18));
        assertThat(w.time()).isEmpty();
        assertThat(w.rest()).isEqualTo("the release candidate is published");
        assertThat(TimelineText.parse("Mar-9-2024 - rollback").orElseThrow().date())
                .contains(LocalDate.of(2024, 3, 9));
    }

    @Test
    void aFullDateBeforeACapitalIsTheEntrysDate() {
        TimelineText.When w =
                TimelineText.parse("2023-03-28 The issue was reported by users").orElseThrow();
        assertThat(w.date()).contains(LocalDate.of(2023, 3, 28));
        assertThat(w.rest()).isEqualTo("The issue was reported by users");
        // a month and a day before lower-case words stay prose
        assertThat(TimelineText.parse("May 3 of the logs were lost")).isEmpty();
    }

    @Test
    void proseIsNotATime() {
        assertThat(TimelineText.parse("May 3 of the logs were lost")).isEmpty();
        assertThat(TimelineText.parse("The deploy started")).isEmpty();
        assertThat(TimelineText.parse("3:1 was the ratio")).isEmpty();
        assertThat(TimelineText.parse("25:00 is not a time")).isEmpty();
        assertThat(TimelineText.parse("13:00 pm is not a time")).isEmpty();
    }

    @Test
    void zoneAndDateStatements() {
        assertThat(TimelineText.zoneIn("All times in PST")).contains(ZoneOffset.ofHours(-8));
        assertThat(TimelineText.zoneIn("(Times below: US/Pacific, on a 24-hour clock.)"))
                .contains(ZoneId.of("America/Los_Angeles"));
        assertThat(TimelineText.zoneIn("Each entry gives Eastern Daylight Time (EDT), then UTC."))
                .contains(ZoneId.of("America/New_York"));
        assertThat(TimelineText.zoneIn("All events are documented in UTC time."))
                .contains(ZoneOffset.UTC);
        assertThat(TimelineText.zoneIn("A few minor events are left out to keep this short."))
                .isEmpty();
        assertThat(TimelineText.dateIn("Times are PST, and it all happened on February 5th 2019"))
                .contains(LocalDate.of(2019, 2, 5));
        assertThat(TimelineText.dateIn("every entry below is from 2019-10-21, in UTC"))
                .contains(LocalDate.of(2019, 10, 21));
        assertThat(TimelineText.dateIn("no date here, 12:00")).isEmpty();
    }

    private static ZoneId zoneOf(String s) {
        return s.equals("UTC") ? ZoneOffset.UTC : s.contains("/") ? ZoneId.of(s) : ZoneOffset.of(s);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "On March 17th, the sync service rejected writes.|2022-03-17",
                "On Tuesday, March 12th, 2024, release 9.1 went out.|2024-03-12",
                "On 14th February 2019 a researcher found a key.|2019-02-14",
                "From 06:40 UTC to 09:15 UTC on 22 September 2022, queues lagged.|2022-09-22",
                "On 2022-09-14 at 11:05 UTC the package was pushed.|2022-09-14",
                "On 10/28/2023 the archive could not serve downloads.|2023-10-28",
                "On December 30th the cache filled.|2021-12-30",
            })
    void anOpeningsOnDateIsTheIncidentsWithTheReferencesYear(String text, String date) {
        // the reference is a report's publication date: a date without its year falls before it
        assertThat(TimelineText.onDateIn(text, Optional.of(LocalDate.parse("2022-03-22"))))
                .hasValue(LocalDate.parse(date));
    }

    @Test
    void textWithoutAnOnDateGivesNone() {
        Optional<LocalDate> ref = Optional.of(LocalDate.parse("2022-03-22"));
        assertThat(TimelineText.onDateIn("The pods ran on 5 nodes and on 3/4 of the racks.", ref))
                .isEmpty();
        assertThat(TimelineText.onDateIn("Carry on. Upon March 3 nothing.", ref))
                .isEmpty();
        assertThat(TimelineText.onDateIn("On March 17th the pool shrank.", Optional.empty()))
                .isEmpty();
    }

    @Test
    void aYearFirstDateNeedsTheSameSeparatorTwiceAndATimeOrASeparatorAfterIt() {
        assertThat(TimelineText.parse("2025 01 27 hours of logs were lost")).isEmpty();
        assertThat(TimelineText.parse("2025-01 27 16:03 pages")).isEmpty();
        assertThat(TimelineText.parse("2025 13 27 16:03 pages"))
                .as("no month 13")
                .isEmpty();
    }

    @Test
    void aHedgeIsReadOnlyBeforeATime_andFourDigitsOnlyBeforeASeparatorOrAZone() {
        TimelineText.When w =
                TimelineText.parse("Around 14:05 UTC: alerts fire").orElseThrow();
        assertThat(w.time()).contains(LocalTime.of(14, 5));
        assertThat(w.rest()).isEqualTo("(Around) alerts fire");
        TimelineText.When day =
                TimelineText.parse("5 July, around 1300 UTC: released").orElseThrow();
        assertThat(day.monthDay()).contains(MonthDay.of(7, 5));
        assertThat(day.time()).contains(LocalTime.of(13, 0));
        // a hedge before no time is text, and so are four digits before a word
        assertThat(TimelineText.parse("About the outage: it began early")).isEmpty();
        assertThat(TimelineText.parse("2022-02-02 around 2000 requests failed").flatMap(TimelineText.When::time))
                .isEmpty();
        assertThat(TimelineText.parse("2022-02-02 2000 requests failed").flatMap(TimelineText.When::time))
                .isEmpty();
    }
}
