package org.trustcase.model.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Port: reads the text of a file for the search: of plain text, e-mail and PDF; nothing of other kinds. */
public interface TextExtractor {
    /** The file's text, at most {@link SearchService#MAX_EVIDENCE_TEXT} characters; empty when it has none to read. */
    Optional<String> text(InputStream content, String mediaType, String name) throws IOException;
}
