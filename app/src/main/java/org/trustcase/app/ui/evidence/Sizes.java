package org.trustcase.app.ui.evidence;

import java.util.Locale;

/** A file size as people read it: bytes, KB, MB, GB (powers of 1024, one decimal above KB). */
final class Sizes {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f %s", value, UNITS[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** A short name of a media type for a narrow column: {@code application/pdf} is PDF, {@code text/plain} TXT. */
    static String shortType(String mediaType) {
        int slash = mediaType.indexOf('/');
        String subtype = slash < 0 ? mediaType : mediaType.substring(slash + 1);
        int semicolon = subtype.indexOf(';');
        if (semicolon >= 0) {
            subtype = subtype.substring(0, semicolon);
        }
        switch (subtype) {
            case "plain":
                return "TXT";
            case "rfc822":
                return "EML";
            case "vnd.ms-outlook":
                return "MSG";
            case "vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                return "XLSX";
            case "vnd.openxmlformats-officedocument.wordprocessingml.document":
                return "DOCX";
            case "vnd.openxmlformats-officedocument.presentationml.presentation":
                return "PPTX";
            case "vnd.ms-excel":
                return "XLS";
            case "msword":
                return "DOC";
            case "octet-stream":
                return "BIN";
            case "x-tika-msoffice":
            case "x-tika-ooxml":
                return "OFFICE";
            default:
                break;
        }
        if (subtype.startsWith("vnd.") || subtype.startsWith("x-")) {
            subtype = subtype.substring(subtype.indexOf('.') > 0 && subtype.startsWith("vnd.") ? 4 : 2);
        }
        String upper = subtype.toUpperCase(Locale.ROOT);
        return upper.length() > 8 ? upper.substring(0, 8) : upper;
    }
}
