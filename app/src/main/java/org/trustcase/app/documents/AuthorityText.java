package org.trustcase.app.documents;

/**
 * The authority's notification as plain text in the form's order, for pasting into the authority's web form answer
 * by answer: numbered sections, one {@code label: value} per line, longer values indented beneath their label.
 */
public final class AuthorityText {
    private AuthorityText() {
    }

    public static String render(AuthorityForm form) {
        StringBuilder out = new StringBuilder();
        out.append(form.title()).append('\n').append("=".repeat(form.title().length())).append("\n\n");
        for (AuthorityForm.Item item : form.heading()) {
            item(out, item);
        }
        int number = 1;
        for (AuthorityForm.Section section : form.sections()) {
            String title = number++ + ". " + section.title();
            out.append('\n').append(title).append('\n').append("-".repeat(title.length())).append('\n');
            for (AuthorityForm.Item item : section.items()) {
                item(out, item);
            }
        }
        return out.toString();
    }

    private static void item(StringBuilder out, AuthorityForm.Item item) {
        String value = item.value().replace("\r\n", "\n");
        if (item.label().isEmpty()) {
            out.append(value).append('\n');
        } else if (value.contains("\n") || item.label().length() + value.length() > 100) {
            out.append(item.label()).append(":\n");
            for (String line : value.split("\n", -1)) {
                out.append("    ").append(line).append('\n');
            }
        } else {
            out.append(item.label()).append(": ").append(value).append('\n');
        }
    }
}
