package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    private static final String TOO_BIG = "[SQLITE_TOOBIG] String or BLOB exceeds size limit (string or blob too big)";

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    /** As jOOQ reports a statement SQLite refused: the whole SQL text first, the reason after it and in the cause. */
    private static RuntimeException tooBigStatement() {
        String sql = "insert into audit_event (changes) values ('" + "x".repeat(1_500_000) + "')";
        return new IllegalStateException("SQL [" + sql + "]; " + TOO_BIG, new SQLException(TOO_BIG));
    }

    @Test
    void aHugeStatementIsSummarisedByItsShortReasonAndKeptInTheDetails() {
        ErrorReport report = ErrorReport.of(tooBigStatement(), messages);

        assertThat(report.summary()).isEqualTo(TOO_BIG);
        assertThat(report.details()).contains("java.lang.IllegalStateException: SQL [insert into audit_event")
                .contains("Caused by: java.sql.SQLException: " + TOO_BIG)
                .contains("more characters are in the log.");
        assertThat(report.details().length()).isLessThan(ErrorReport.DETAILS_LIMIT + 200);
        assertThat(report.details().lines()).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(ErrorReport.DETAIL_LINE_LIMIT));
    }

    @Test
    void aLongMessageWithoutAShortCauseIsCutToOneShortLine() {
        ErrorReport report = ErrorReport.of(new IllegalStateException("select " + "c, ".repeat(5_000) + "\nfrom t"),
                messages);

        assertThat(report.summary()).startsWith("select c, c,").endsWith("…")
                .hasSizeLessThanOrEqualTo(ErrorReport.SUMMARY_LIMIT).doesNotContain("\n");
    }

    @Test
    void aShortMessageIsShownAsItIs() {
        assertThat(ErrorReport.of(new IllegalStateException("disk gone"), messages).summary()).isEqualTo("disk gone");
        assertThat(ErrorReport.of(new RuntimeException(new IllegalStateException("disk gone")), messages).summary())
                .isEqualTo("java.lang.IllegalStateException: disk gone");
    }

    @Test
    void aFailureWithoutAMessageIsNamedInASentence() {
        assertThat(ErrorReport.of(new NullPointerException(), messages).summary())
                .isEqualTo("An unexpected NullPointerException occurred.");
    }

    @Test
    void identicalFailuresShareAKeyDifferentOnesDoNot() {
        assertThat(ErrorReport.of(tooBigStatement(), messages).key())
                .isEqualTo(ErrorReport.of(tooBigStatement(), messages).key())
                .isNotEqualTo(ErrorReport.of(new IllegalStateException("disk gone"), messages).key());
    }

    @Test
    void noticesGetTheMessageUnlessItIsTooLongToRead() {
        assertThat(ErrorReporter.describe(new IllegalStateException("case TC-2026-0042 not found")))
                .isEqualTo("case TC-2026-0042 not found");
        assertThat(ErrorReporter.describe(new RuntimeException(null, new IllegalStateException("disk gone"))))
                .isEqualTo("disk gone");
        assertThat(ErrorReporter.describe(tooBigStatement())).isEqualTo(TOO_BIG);
    }
}
