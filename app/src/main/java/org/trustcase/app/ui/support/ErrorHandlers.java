package org.trustcase.app.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The {@code onError} handlers of one piece of work, in the order given: the first that matches a failure gets it. */
final class ErrorHandlers {
    private final List<ErrorHandler<?>> handlers = new ArrayList<>();

    <E extends Throwable> void add(Class<E> type, Consumer<? super E> handler) {
        handlers.add(new ErrorHandler<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(handler,
                "handler")));
    }

    /** Hands {@code failure} to the first matching handler, or to {@code unhandled} when none matches. */
    void handle(Throwable failure, Consumer<Throwable> unhandled) {
        for (ErrorHandler<?> handler : handlers) {
            if (handler.handles(failure)) {
                handler.accept(failure);
                return;
            }
        }
        unhandled.accept(failure);
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handles(Throwable failure) {
            return type.isInstance(failure);
        }

        void accept(Throwable failure) {
            handler.accept(type.cast(failure));
        }
    }
}
