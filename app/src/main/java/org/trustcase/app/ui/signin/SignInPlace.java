package org.trustcase.app.ui.signin;

import java.nio.file.Path;
import java.util.Objects;

/** Where the person signs in: the workspace's folder, and whether it is the demo (whose accounts are shown). */
public record SignInPlace(Path directory, boolean demo) {
    public SignInPlace {
        Objects.requireNonNull(directory, "directory");
    }
}
