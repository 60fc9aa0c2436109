package dev.helhet.referrals.domain;

/** The country whose public holidays a municipality keeps (working days are counted in its calendar). */
public enum CalendarCountry {
    NO, SE, DK
}
