package org.trustcase.model.caselist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemorySavedViews;
import org.trustcase.model.testing.MutableClock;

class SavedViewServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemorySavedViews store = new InMemorySavedViews();
    private final DirectTransactions transactions = new DirectTransactions();
    private Actor acting = new Actor("julia", "Julia Kaczmarek", Set.of());
    private final AuditTrail trail = new AuditTrail(new InMemoryAuditLog(), clock, () -> acting);
    private final SavedViewService service = new SavedViewService(store, transactions,
            Access.allowAll(trail, transactions), clock, () -> acting);

    @Test
    void eachPersonKeepsTheirOwnViewsAndANameIsSavedAgainInPlace() {
        service.save(" Overdue in Poland ", Map.of("overdue", "true", "jurisdiction", "PL"));
        service.save("Overdue in Poland", Map.of("overdue", "true"));
        service.save("Ransomware", Map.of("mentions", "ransom"));
        assertThat(service.list()).extracting(SavedView::name).containsExactly("Overdue in Poland", "Ransomware");
        assertThat(service.list().get(0).filters()).containsExactly(Map.entry("overdue", "true"));

        acting = new Actor("ewa", "Ewa Lis", Set.of());
        assertThat(service.list()).isEmpty();
        assertThatThrownBy(() -> service.delete("Ransomware")).isInstanceOf(NotFoundException.class);
        acting = new Actor("julia", "Julia Kaczmarek", Set.of());
        service.delete("Ransomware");
        assertThat(service.list()).extracting(SavedView::name).containsExactly("Overdue in Poland");
    }

    @Test
    void aViewNeedsANameAndKnownFiltersAndEachPersonKeepsFifty() {
        assertThatThrownBy(() -> service.save(" ", Map.of("colour", "red", "text", "a\nb")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name: validation.required")
                .hasMessageContaining("filters.colour: view.unknown-filter")
                .hasMessageContaining("filters.text: validation.forbidden-character");
        for (int i = 0; i < SavedViewService.MAX_VIEWS; i++) {
            service.save("View " + i, Map.of());
        }
        assertThatThrownBy(() -> service.save("One more", Map.of())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("view.too-many");
        service.save("View 3", Map.of("text", "payroll"));
        assertThat(service.list()).hasSize(SavedViewService.MAX_VIEWS);
    }
}
