package org.trustcase.app.ui.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible texts of the UI, from {@code org/trustcase/app/ui/messages.properties}.
 * Sentences with values in them are {@link MessageFormat} patterns, never concatenations, so that a
 * translation can reorder them.
 */
public final class Messages {
    public static final String BUNDLE = "org.trustcase.app.ui.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
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
    public String label(Enum<?> value) {
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

    public static String labelKey(Enum<?> value) {
        String code = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + code;
    }

    /** The label of a case field by its stable key ({@code awareAt} → "Aware at"). */
    public String fieldLabel(String fieldKey) {
        String key = "field." + fieldKey;
        return has(key) ? get(key) : fieldKey;
    }
}
