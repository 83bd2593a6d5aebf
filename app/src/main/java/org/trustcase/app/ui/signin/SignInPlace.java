package org.trustcase.app.ui.signin;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the person signs in: the workspace's folder, whether it is the demo (whose accounts are shown), and what
 * leaves it for another workspace (null: not offered).
 */
public record SignInPlace(Path directory, boolean demo, Runnable otherWorkspace) {
    public SignInPlace {
        Objects.requireNonNull(directory, "directory");
    }
}
