package org.trustcase.app.documents;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.trustcase.model.common.Coded;

/**
 * The words and formats of a document in its own language (a letter in Polish from an English interface): labels
 * from {@code text/documents}, dates and times in the organisation's time zone.
 */
public final class DocumentLanguage {
    static final String BUNDLE = "org.trustcase.app.text.documents";
    private final String language;
    private final ResourceBundle words;
    private final Locale locale;
    private final ZoneId zone;

    private DocumentLanguage(String language, ZoneId zone) {
        this.language = language;
        // English documents follow British usage (27 March 2026, 11:00), as the authorities they go to do
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag(language);
        // no fallback to the machine's locale: an English document stays English on a Polish desktop
        this.words = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A document in {@code language} (a code of the recipient register), with times in {@code zone}. */
    public static DocumentLanguage of(String language, ZoneId zone) {
        return new DocumentLanguage(language, zone);
    }

    /** A document in {@code language}, with times in the organisation's zone (UTC while its zone is not one). */
    public static DocumentLanguage of(String language, org.trustcase.model.organisation.OrganisationProfile organisation) {
        return new DocumentLanguage(language, zoneOf(organisation));
    }

    /** The organisation's time zone, or UTC when the profile's is not one. */
    public static ZoneId zoneOf(org.trustcase.model.organisation.OrganisationProfile organisation) {
        try {
            return ZoneId.of(organisation.timeZone());
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    public String language() {
        return language;
    }

    /** The time zone the document's times are written in. */
    public java.time.ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    public String word(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The document's word for a coded value: {@code datacategory.health} for {@code DataCategory.HEALTH}. */
    public String label(Coded value) {
        return word(value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.code());
    }

    /** The document's word for a code of a kind ({@code casestatus}, {@code new}), or the code when it has none. */
    public String labelOrCode(String kind, String code) {
        String key = kind + "." + code;
        return words.containsKey(key) ? words.getString(key) : code;
    }

    public String date(Instant at) {
        return at == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(at.atZone(zone));
    }

    /** A moment as people there read it, with the zone named: {@code 27 March 2026, 11:00 (Europe/Warsaw)}. */
    public String dateTime(Instant at) {
        if (at == null) {
            return null;
        }
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at);
        return word("value.at", local.replace(" " + zone.getId(), ""), zone.getId());
    }

    public String yesNo(Boolean value) {
        return word(value == null ? "value.unknown" : value ? "value.yes" : "value.no");
    }
}
