package dev.helhet.referrals.service;

import dev.helhet.referrals.domain.CalendarCountry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working days in each Nordic country: weekends and that country's public holidays are not counted. */
class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays();

    @Test
    void easterIsAHolidayInAllThreeButMaundyThursdayNotInSweden() {
        LocalDate maundyThursday = LocalDate.of(2027, 3, 25);
        // Wednesday before Easter 2027 + 1 working day: Tuesday after Easter in Norway and Denmark, Thursday in Sweden.
        LocalDate wednesday = maundyThursday.minusDays(1);
        assertEquals(LocalDate.of(2027, 3, 30), days.after(CalendarCountry.NO, wednesday, 1));
        assertEquals(LocalDate.of(2027, 3, 30), days.after(CalendarCountry.DK, wednesday, 1));
        assertEquals(maundyThursday, days.after(CalendarCountry.SE, wednesday, 1));
    }

    @Test
    void eachCountryKeepsItsOwnDays() {
        assertFalse(days.isWorkingDay(CalendarCountry.NO, LocalDate.of(2028, 5, 17)), "Norway's constitution day");
        assertTrue(days.isWorkingDay(CalendarCountry.SE, LocalDate.of(2028, 5, 17)));
        assertFalse(days.isWorkingDay(CalendarCountry.SE, LocalDate.of(2027, 6, 25)), "Midsummer Eve in Sweden");
        assertTrue(days.isWorkingDay(CalendarCountry.NO, LocalDate.of(2027, 6, 25)));
        assertFalse(days.isWorkingDay(CalendarCountry.SE, LocalDate.of(2027, 1, 6)), "Epiphany in Sweden");
        assertTrue(days.isWorkingDay(CalendarCountry.DK, LocalDate.of(2027, 1, 6)));
        // Denmark abolished Great Prayer Day (the fourth Friday after Easter) from 2024.
        assertTrue(days.isWorkingDay(CalendarCountry.DK, LocalDate.of(2027, 4, 23)));
    }

    @Test
    void aReferralSentBeforeChristmasIsDueInTheNewYear() {
        // Wednesday 22 December 2027 + 5 working days: 23, 24 (Friday), then 27, 28, 29 December in Norway and Denmark;
        // in Sweden Christmas Eve and New Year's Eve are holidays too: 23, 27, 28, 29, 30.
        LocalDate sent = LocalDate.of(2027, 12, 22);
        assertEquals(LocalDate.of(2027, 12, 29), days.after(CalendarCountry.NO, sent, 5));
        assertEquals(LocalDate.of(2027, 12, 30), days.after(CalendarCountry.SE, sent, 5));
        assertEquals(LocalDate.of(2027, 12, 29), days.after(CalendarCountry.DK, sent, 5));
    }
}
