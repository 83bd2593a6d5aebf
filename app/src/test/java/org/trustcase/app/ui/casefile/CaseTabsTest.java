package org.trustcase.app.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;

class CaseTabsTest {

    private static CaseTab tab(String id, int order) {
        return new CaseTab() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String titleKey() {
                return "case.tab." + id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Node content(CaseTabContext openCase) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void tabsAreShownByTheirOrderWhateverTheOrderOfRegistration() {
        CaseTabs tabs = CaseTabs.of(tab("audit", 800), tab("overview", 100), tab("evidence", 400),
                tab("deadlines", 300));

        assertThat(tabs.all()).extracting(CaseTab::id).containsExactly("overview", "deadlines", "evidence", "audit");
    }

    @Test
    void twoTabsWithOneIdAreRefused() {
        assertThatThrownBy(() -> CaseTabs.of(tab("case-tab-audit", 800), tab("case-tab-audit", 900)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case-tab-audit");
    }
}
