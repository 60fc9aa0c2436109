package dev.helhet.agreements.rest.paper;

import dev.helhet.common.time.NordicTime;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words and date formats of one of the sheets' languages (nb, sv, da, en): chosen from what the viewer asks for, Norwegian else. */
public final class PaperLanguage {

    private static final List<String> SUPPORTED = List.of("nb", "sv", "da", "en");

    private final Locale locale;
    private final ResourceBundle texts;

    private PaperLanguage(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.texts = ResourceBundle.getBundle("paper.Paper", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The language of {@code lang} when it is one of ours, else the first of ours in an Accept-Language header, else nb.
     * Norwegian written as "no" or "nn" gets the Bokmål sheet.
     */
    public static PaperLanguage choose(String lang, String acceptLanguage) {
        if (lang != null && supported(lang) != null) {
            return new PaperLanguage(supported(lang));
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String found = range.getWeight() > 0 ? supported(range.getRange()) : null;
                    if (found != null) {
                        return new PaperLanguage(found);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A header we cannot read: the default language.
            }
        }
        return new PaperLanguage("nb");
    }

    private static String supported(String tag) {
        String[] parts = tag.toLowerCase(Locale.ROOT).split("[-_]");
        if (parts.length == 0) {
            return null;
        }
        String language = parts[0];
        if (language.equals("no") || language.equals("nn")) {
            return "nb";
        }
        return SUPPORTED.contains(language) ? language : null;
    }

    public String code() {
        return locale.getLanguage();
    }

    String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(NordicTime.ZONE));
    }
}
