package org.trustcase.persistence.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassificationKindTest {

    @Test
    void codesAreTheOnesWorkspacesHold() {
        assertThat(Arrays.stream(ClassificationKind.values()).map(ClassificationKind::code))
                .containsExactly("breach-type", "data-category", "subject-category", "jurisdiction");
    }
}
