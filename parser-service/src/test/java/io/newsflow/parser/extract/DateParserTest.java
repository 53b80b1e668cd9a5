package io.newsflow.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser dates = new DateParser(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void isoDatesInTheirCommonShapes() {
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), dates.parseMachine("2024-03-05"));
        assertEquals(Instant.parse("2024-03-05T09:20:30.500Z"), dates.parseMachine("2024-03-05T10:20:30.5+01:00"));
        assertEquals(Instant.parse("2024-03-05T15:20:00Z"), dates.parseMachine("2024-03-05T10:20-0500"));
        assertEquals(Instant.parse("2024-03-05T10:20:30Z"), dates.parseMachine(" 2024-03-05 10:20:30 "));
        assertEquals(Instant.parse("2024-03-05T10:20:30.123456789Z"), dates.parseMachine("2024-03-05T10:20:30.123456789Z"));
    }

    @Test
    void otherMachineFormats() {
        assertEquals(Instant.parse("2024-03-05T10:20:30Z"), dates.parseMachine("Tue, 5 Mar 2024 10:20:30 GMT"));
        assertEquals(Instant.parse("2024-03-05T09:20:30Z"), dates.parseMachine("2024-03-05 10:20:30 +0100"));
    }

    @Test
    void impossibleDatesAreRejected() {
        assertNull(dates.parseMachine("2038-01-19T03:14:07Z"), "future: a cookie's expiry");
        assertNull(dates.parseMachine("1970-01-01T00:00:00Z"), "before 1990");
        assertNull(dates.parseMachine("2024-13-45"));
        assertNull(dates.parseMachine("yesterday"));
    }

    @Test
    void datesWrittenOutInSeveralLanguages() {
        assertEquals(Instant.parse("2022-06-24T00:00:00Z"), dates.parseText("Published 24 June 2022, 10:00"));
        assertEquals(Instant.parse("2022-06-24T00:00:00Z"), dates.parseText("June 24th, 2022"));
        assertEquals(Instant.parse("2023-03-14T00:00:00Z"), dates.parseText("14 марта 2023"));
        assertEquals(Instant.parse("2022-06-24T00:00:00Z"), dates.parseText("24 iyun 2022"));
        assertEquals(Instant.parse("2022-06-24T00:00:00Z"), dates.parseUrl("https://example.com/2022/06/24/story"));
    }
}
