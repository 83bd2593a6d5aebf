package org.trustcase.app.ui.evidence;

import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.evidence.Annotation;

/** Where a note is, in words: on the whole item, on an area of a page, or on a quoted passage (cut short). */
final class AnchorText {
    private static final int QUOTE_SHOWN = 60;
    private final Messages messages;

    AnchorText(Messages messages) {
        this.messages = messages;
    }

    String text(Annotation.Anchor on) {
        if (on instanceof Annotation.Region region) {
            return messages.format("evidence.anchor.region", region.page());
        }
        if (on instanceof Annotation.Quote quote) {
            String shown = quote.text().length() > QUOTE_SHOWN ? quote.text().substring(0, QUOTE_SHOWN) + "…"
                    : quote.text();
            return messages.format("evidence.anchor.quote", shown.replace('\n', ' '));
        }
        return messages.get("evidence.anchor.whole");
    }
}
