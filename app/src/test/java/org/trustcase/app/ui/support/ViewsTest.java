package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViewsTest {
    private final Views views = new Views(Messages.forLocale(Locale.ENGLISH));

    interface Store {
    }

    static final class FileStore implements Store {
    }

    static final class MemoryStore implements Store {
    }

    public static final class NeedsStore {
        final Store store;

        public NeedsStore(Store store) {
            this.store = store;
        }
    }

    public static final class NeedsMessagesAndStore {
        final Messages messages;
        final Store store;

        public NeedsMessagesAndStore(Messages messages, Store store) {
            this.messages = messages;
            this.store = store;
        }
    }

    @Test
    void theOneCompatibleRegisteredInstanceFillsAParameter() {
        FileStore files = new FileStore();
        views.register(FileStore.class, files);

        assertThat(views.create(NeedsStore.class).store).isSameAs(files);
    }

    @Test
    void refusesAParameterThatTwoRegisteredInstancesFit() {
        views.register(FileStore.class, new FileStore()).register(MemoryStore.class, new MemoryStore());

        assertThatThrownBy(() -> views.create(NeedsMessagesAndStore.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot create " + NeedsMessagesAndStore.class.getName())
                .hasMessageContaining("parameter 2 (" + Store.class.getName() + ") is ambiguous")
                .hasMessageContaining(FileStore.class.getName())
                .hasMessageContaining(MemoryStore.class.getName())
                .hasMessageContaining("register the one meant as " + Store.class.getName());
    }

    @Test
    void anInstanceRegisteredUnderTheParameterTypeSettlesIt() {
        MemoryStore memory = new MemoryStore();
        views.register(FileStore.class, new FileStore()).register(MemoryStore.class, memory)
                .register(Store.class, memory);

        assertThat(views.create(NeedsStore.class).store).isSameAs(memory);
    }

    @Test
    void oneInstanceRegisteredUnderTwoTypesIsNotAmbiguous() {
        FileStore files = new FileStore();
        views.register(FileStore.class, files).register(Object.class, files);

        assertThat(views.create(NeedsStore.class).store).isSameAs(files);
    }

    @Test
    void anInstancePassedForTheViewWinsOverRegisteredOnes() {
        MemoryStore passed = new MemoryStore();
        views.register(Store.class, new FileStore());

        assertThat(views.create(NeedsStore.class, passed).store).isSameAs(passed);
    }

    @Test
    void refusesTwoPassedInstancesThatFitOneParameter() {
        assertThatThrownBy(() -> views.create(NeedsStore.class, new FileStore(), new MemoryStore()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is ambiguous, 2 instances passed for this view fit it");
    }

    @Test
    void namesTheParameterNothingProvides() {
        assertThatThrownBy(() -> views.create(NeedsMessagesAndStore.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing provides its parameter 2 (" + Store.class.getName() + ")");
    }
}
