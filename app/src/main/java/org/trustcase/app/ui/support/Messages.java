package org.trustcase.app.ui.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.trustcase.app.text.Texts;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/**
 * The user-visible texts of the UI, from {@code org/trustcase/app/ui/messages.properties}.
 * Sentences with values in them are {@link MessageFormat} patterns, never concatenations, so that a
 * translation can reorder them.
 */
public final class Messages {
    public static final String BUNDLE = "org.trustcase.app.ui.messages";

    private final ResourceBundle bundle;
    private final Texts texts;

    /** Problems read as the command line words them: instants in ISO-8601 UTC, terms by their codes. */
    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.texts = Texts.forLocale(bundle.getLocale(), this::fieldName);
    }

    /**
     * The window's words: instants in {@code zone}, as the screens show times ({@code 2026-04-02 10:00 CEST}), and
     * terms (flags, events, bands) by their labels.
     */
    public Messages(ResourceBundle bundle, java.time.ZoneId zone) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.texts = new Texts(ResourceBundle.getBundle(Texts.BUNDLE, bundle.getLocale()), this::fieldName,
                new TimeText(zone)::display, this::termName);
    }

    /**
     * How a term of the domain reads inside a sentence: a rule flag by its label in quotes (“NIS2 entity”), a deadline
     * event as a noun ("the initial notification"); its code when it has no words yet.
     */
    public String termName(String kind, String code) {
        if ("band".equals(kind)) {
            return Coded.find(org.trustcase.model.severity.SeverityBand.class, code).map(this::label).orElse(code);
        }
        boolean flag = "flag".equals(kind);
        String key = flag ? "flag." + code : "event." + code;
        if (!has(key)) {
            return code;
        }
        return flag ? format("term.quoted", get(key)) : get(key);
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The window's texts: in {@code locale}, times in {@code zone}. */
    public static Messages forLocale(Locale locale, java.time.ZoneId zone) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), zone);
    }

    /** The domain's problems in the same language, fields named by their labels. */
    public Texts texts() {
        return texts;
    }

    /** The sentence for a problem of the domain. */
    public String render(Problem problem) {
        return texts.render(problem);
    }

    /**
     * The text of a failure, for a notice: a failure the domain reports on purpose from its problems,
     * anything else as {@link ErrorReporter#describe} words it.
     */
    public String describe(Throwable failure) {
        return failure instanceof TrustcaseException reported ? texts.render(reported) : ErrorReporter.describe(failure);
    }

    /**
     * How a sentence names another field: its label in lower case ({@code detectedAt} → "detected at"),
     * or its key when it has no label.
     */
    public String fieldName(String fieldKey) {
        String key = "field." + fieldKey;
        return has(key) ? get(key).toLowerCase(bundle.getLocale()) : fieldKey;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), bundle.getLocale()).format(arguments);
    }

    /**
     * A readable label of an enum value: key {@code <enum class in lower case>.<code>}, e.g.
     * {@code datacategory.health} or {@code casestatus.not-a-breach}.
     */
    public String label(Coded value) {
        if (value == null) {
            return "";
        }
        String key = labelKey(value);
        try {
            return get(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("no label " + key, BUNDLE, key);
        }
    }

    public static String labelKey(Coded value) {
        Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        return type.getSimpleName().toLowerCase(Locale.ROOT) + "." + value.code();
    }

    /**
     * The language documents made from the window are written in (a case summary, the register): the window's when a
     * document can be written in it (Polish), else English.
     */
    public String documentLanguage() {
        return bundle().getLocale().getLanguage().equals("pl") ? "pl" : "en";
    }

    /** The label of a case field by its stable key ({@code awareAt} → "Aware at"). */
    public String fieldLabel(String fieldKey) {
        String key = "field." + fieldKey;
        return has(key) ? get(key) : fieldKey;
    }
}
