package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.model.common.RuleViolationException;

@ExtendWith(ApplicationExtension.class)
class TasksTest {
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Tasks tasks = new Tasks(unhandled::add);

    @AfterEach
    void close() {
        tasks.close();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tasks::isIdle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runsWorkOffTheFxThreadAndHandsTheResultBackOnIt() throws Exception {
        start(() -> tasks.create(() -> Platform.isFxApplicationThread() ? "fx" : "worker")
                .onSuccess(value -> seen.add(value + (Platform.isFxApplicationThread() ? " then fx" : " then worker")))
                .andFinally(() -> seen.add("finally"))
                .start());
        awaitIdle();
        assertThat(seen).containsExactly("worker then fx", "finally");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aTypedHandlerGetsTheFailureItNames() throws Exception {
        start(() -> tasks.create(() -> {
            throw new RuleViolationException("cannot close: no remedial actions recorded");
        })
                .onError(IllegalStateException.class, e -> seen.add("wrong handler"))
                .onError(RuleViolationException.class, e -> seen.add(e.getMessage()))
                .start());
        awaitIdle();
        assertThat(seen).containsExactly("cannot close: no remedial actions recorded");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void failuresNobodyHandlesAreNeverSwallowed() throws Exception {
        start(() -> tasks.create(() -> {
            throw new IllegalStateException("disk gone");
        }).onError(RuleViolationException.class, e -> seen.add("wrong handler")).start());
        start(() -> tasks.create(() -> "ok").onSuccess(value -> {
            throw new IllegalArgumentException("callback broke");
        }).start());
        awaitIdle();
        assertThat(seen).isEmpty();
        assertThat(unhandled).extracting(Throwable::getMessage).containsExactly("disk gone", "callback broke");
    }

    @Test
    void isBusyWhileWorkIsPending() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        start(() -> tasks.create(() -> release.await(5, TimeUnit.SECONDS)).start());
        assertThat(tasks.isIdle()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.busyProperty().get()).get()).isTrue();
        release.countDown();
        awaitIdle();
        assertThat(tasks.busyProperty().get()).isFalse();
    }
}
