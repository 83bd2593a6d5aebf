package org.trustcase.app.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view: the {@code .fxml} beside its controller class ({@code CasesController} →
 * {@code Cases.fxml} in the same package) with the message bundle, its controller created through
 * the one controller factory of the window. Controllers get their dependencies through their single
 * public constructor: each parameter is filled with an instance passed to {@link #load} for this
 * view, or else one registered for the whole window.
 */
public final class Views {
    private final Messages messages;
    private final Map<Class<?>, Object> shared = new LinkedHashMap<>();

    public Views(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        register(Messages.class, messages);
        register(Views.class, this);
    }

    /** Makes {@code instance} available to every controller of the window. */
    public <T> Views register(Class<T> type, T instance) {
        shared.put(type, Objects.requireNonNull(instance, type.getSimpleName()));
        return this;
    }

    public <T> T get(Class<T> type) {
        Object instance = shared.get(type);
        if (instance == null) {
            throw new IllegalStateException("nothing registered as " + type.getName());
        }
        return type.cast(instance);
    }

    /**
     * Loads the view of {@code controllerType}.
     *
     * @param local instances for this view only (a view model, the case it shows); they win over shared ones
     */
    public <C> View<C> load(Class<C> controllerType, Object... local) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL fxml = controllerType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("no " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> create(type, local));
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxml, e);
        }
    }

    private Object create(Class<?> type, Object[] local) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor");
        }
        Constructor<?> constructor = constructors[0];
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(type, parameters[i], local);
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not create " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not create " + type.getName(), e);
        }
    }

    private Object resolve(Class<?> owner, Class<?> parameter, Object[] local) {
        for (Object candidate : local) {
            if (parameter.isInstance(candidate)) {
                return candidate;
            }
        }
        Object exact = shared.get(parameter);
        if (exact != null) {
            return exact;
        }
        for (Object candidate : shared.values()) {
            if (parameter.isInstance(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot create " + owner.getName() + ": nothing provides " + parameter.getName());
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }
}
