package org.trustcase.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sizes and types as the narrow columns of the Evidence tab show them. */
class SizesTest {
    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(Sizes.human(0)).isEqualTo("0 B");
        assertThat(Sizes.human(1023)).isEqualTo("1023 B");
        assertThat(Sizes.human(2048)).isEqualTo("2 KB");
        assertThat(Sizes.human(7_000_000)).isEqualTo("6.7 MB");
        assertThat(Sizes.human(2L << 30)).isEqualTo("2.0 GB");
    }

    @Test
    void typesHaveTheNamesTheirFilesAreKnownBy() {
        assertThat(Sizes.shortType("application/pdf")).isEqualTo("PDF");
        assertThat(Sizes.shortType("text/plain; charset=UTF-8")).isEqualTo("TXT");
        assertThat(Sizes.shortType("message/rfc822")).isEqualTo("EML");
        assertThat(Sizes.shortType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isEqualTo("XLSX");
        assertThat(Sizes.shortType("application/vnd.ms-excel")).isEqualTo("XLS");
        assertThat(Sizes.shortType("application/x-tika-msoffice")).isEqualTo("OFFICE");
        assertThat(Sizes.shortType("image/png")).isEqualTo("PNG");
    }
}
