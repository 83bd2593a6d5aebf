package org.trustcase.app.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view: the {@code .fxml} beside its controller class ({@code CasesController} →
 * {@code Cases.fxml} in the same package) with the message bundle, its controller created through
 * the one controller factory of the window. Controllers get their dependencies through their single
 * public constructor: each parameter is filled with an instance passed to {@link #load} for this
 * view, or else the one registered for the whole window under the parameter's type, or else the one
 * registered instance assignable to it. When two different instances would fit, the controller is
 * refused with an error naming them: register one under the parameter's type instead. Nothing is
 * picked by order.
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
        loader.setControllerFactory(type -> instantiate(type, local));
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxml, e);
        }
    }

    /**
     * Creates an object the way controllers are created: through its single public constructor, its
     * parameters filled from {@code local} and the registered instances.
     */
    public <T> T create(Class<T> type, Object... local) {
        return type.cast(instantiate(type, local));
    }

    private Object instantiate(Class<?> type, Object[] local) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor");
        }
        Constructor<?> constructor = constructors[0];
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(type, i, parameters[i], local);
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

    private Object resolve(Class<?> owner, int index, Class<?> parameter, Object[] local) {
        List<Object> passed = assignable(Arrays.asList(local), parameter);
        if (passed.size() == 1) {
            return passed.get(0);
        }
        if (passed.size() > 1) {
            throw ambiguous(owner, index, parameter, passed, "instances passed for this view");
        }
        Object exact = shared.get(parameter);
        if (exact != null) {
            return exact;
        }
        List<Object> registered = assignable(shared.values(), parameter);
        if (registered.size() == 1) {
            return registered.get(0);
        }
        if (registered.size() > 1) {
            throw ambiguous(owner, index, parameter, registered, "registered instances");
        }
        throw new IllegalStateException("cannot create " + owner.getName() + ": nothing provides its parameter "
                + (index + 1) + " (" + parameter.getName() + ")");
    }

    /** The different instances (by identity) that fit {@code parameter}, in the order given. */
    private static List<Object> assignable(Collection<Object> candidates, Class<?> parameter) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> fitting = new ArrayList<>();
        for (Object candidate : candidates) {
            if (parameter.isInstance(candidate) && seen.put(candidate, Boolean.TRUE) == null) {
                fitting.add(candidate);
            }
        }
        return fitting;
    }

    private static IllegalStateException ambiguous(Class<?> owner, int index, Class<?> parameter,
            List<Object> candidates, String where) {
        String names = candidates.stream().map(candidate -> candidate.getClass().getName())
                .collect(Collectors.joining(", "));
        return new IllegalStateException("cannot create " + owner.getName() + ": its parameter " + (index + 1) + " ("
                + parameter.getName() + ") is ambiguous, " + candidates.size() + " " + where + " fit it (" + names
                + "); register the one meant as " + parameter.getName());
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }
}
