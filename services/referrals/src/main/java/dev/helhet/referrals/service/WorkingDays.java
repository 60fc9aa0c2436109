package dev.helhet.referrals.service;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.helhet.referrals.domain.CalendarCountry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Working days in Norway, Sweden and Denmark: weekdays that are not public holidays of the country (Jollyday's
 * calendars, so Easter, Ascension, Whit Monday, 17 May, Midsummer Eve and the rest come from one maintained source).
 */
@ApplicationScoped
public class WorkingDays {

    private final Map<CalendarCountry, HolidayManager> calendars = new EnumMap<>(CalendarCountry.class);

    public WorkingDays() {
        calendars.put(CalendarCountry.NO, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY)));
        calendars.put(CalendarCountry.SE, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN)));
        calendars.put(CalendarCountry.DK, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK)));
    }

    public boolean isWorkingDay(CalendarCountry country, LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !calendars.get(country).isHoliday(day);
    }

    /** The day {@code days} working days after {@code from} (a referral sent on a Friday with 1 day is due on Monday). */
    public LocalDate after(CalendarCountry country, LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(country, day)) {
                left--;
            }
        }
        return day;
    }

    /** The day itself when it is a working day, else the last working day before it (a deadline falls on a working day). */
    public LocalDate onOrBefore(CalendarCountry country, LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(country, candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** The day {@code days} working days before {@code day}. */
    public LocalDate before(CalendarCountry country, LocalDate day, int days) {
        LocalDate candidate = day;
        int left = days;
        while (left > 0) {
            candidate = candidate.minusDays(1);
            if (isWorkingDay(country, candidate)) {
                left--;
            }
        }
        return onOrBefore(country, candidate);
    }
}
