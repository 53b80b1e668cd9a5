package io.newsflow.parser.extract;

import java.text.ParsePosition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats pages use in metadata, URLs and visible text, and rejects impossible dates: in the
 * future, before 1990, or far-off expiry dates of cookies and scripts. Times without a zone are taken as UTC.
 */
final class DateParser {
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[^\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,})\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)\\b(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    /** ISO 8601 as nearly every page writes it, read without a formatter: "2024-03-05", "2024-03-05T10:20:30.5+01:00". */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final DateTimeFormatter[] ZONED = {
        DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME,
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX"),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z")};
    private static final DateTimeFormatter[] LOCAL = {
        DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")};

    private final Clock clock;

    DateParser(Clock clock) {
        this.clock = clock;
    }

    /** Whether the text has the format's shape; checked first because a failed parse throws, which is slow. */
    private static boolean fits(DateTimeFormatter format, String text) {
        ParsePosition position = new ParsePosition(0);
        return format.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == text.length();
    }

    /** A machine-readable date (ISO-8601, RFC 1123, plain yyyy-MM-dd), or null. */
    Instant parseMachine(String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            return null;
        }
        String s = value.trim();
        Matcher iso = ISO.matcher(s);
        Instant fast = iso.matches() ? iso(iso) : null;
        if (fast != null) {
            return fast;
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                if (fits(f, s)) {
                    return plausible(ZonedDateTime.parse(s, f).toInstant());
                }
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                if (fits(f, s)) {
                    return plausible(LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC));
                }
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return plausible(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Instant iso(Matcher m) {
        try {
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
                    number(m, 6), m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
            String zone = m.group(8);
            ZoneOffset offset = zone == null || zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return plausible(local.toInstant(offset));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    /** A date written out in text ("24 June 2022", "June 24, 2022", "14 марта 2023", "24 iyun 2022"), or null. */
    Instant parseText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.length() > 300 ? text.substring(0, 300) : text;
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        while (dmy.find()) {
            Instant date = date(dmy.group(3), dmy.group(2), dmy.group(1));
            if (date != null) {
                return date;
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        while (mdy.find()) {
            Instant date = date(mdy.group(3), mdy.group(1), mdy.group(2));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** A date in the URL path such as {@code /2022/06/24/}, or null. */
    Instant parseUrl(String url) {
        Matcher m = URL_DATE.matcher(url == null ? "" : url);
        if (!m.find()) {
            return null;
        }
        return at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private Instant date(String year, String monthName, String day) {
        Integer month = MonthNames.number(monthName);
        return month == null ? null : at(Integer.parseInt(year), month, Integer.parseInt(day));
    }

    private Instant at(int year, int month, int day) {
        try {
            return plausible(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Instant plausible(Instant instant) {
        Instant latest = clock.instant().plus(1, ChronoUnit.DAYS);
        return instant.isBefore(EARLIEST) || instant.isAfter(latest) ? null : instant;
    }
}
