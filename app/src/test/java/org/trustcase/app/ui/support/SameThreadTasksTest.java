package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.trustcase.model.common.RuleViolationException;

class SameThreadTasksTest {
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private final List<Object> seen = new CopyOnWriteArrayList<>();
    private final SameThreadTasks tasks = new SameThreadTasks(unhandled::add);

    @Test
    void runsTheWorkAndItsCallbacksInlineOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        Future<Thread> outcome = tasks.create(Thread::currentThread)
                .onSuccess(thread -> seen.add(thread == caller ? "success on the caller" : "success elsewhere"))
                .andFinally(() -> seen.add("finally"))
                .start();

        assertThat(outcome.isDone()).isTrue();
        assertThat(outcome.get()).isSameAs(caller);
        assertThat(seen).containsExactly("success on the caller", "finally");
        assertThat(tasks.isIdle()).isTrue();
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    @Test
    void failuresReachTheTypedHandlerOrTheUnhandledOne() {
        tasks.create(() -> {
            throw new RuleViolationException("guard.remedial-actions");
        }).onError(RuleViolationException.class, e -> seen.add(e.getMessage())).start();
        tasks.create(() -> {
            throw new IllegalStateException("disk gone");
        }).onError(RuleViolationException.class, e -> seen.add("wrong handler")).start();
        tasks.create(() -> "ok").onSuccess(value -> {
            throw new IllegalArgumentException("callback broke");
        }).start();

        assertThat(seen).containsExactly("guard.remedial-actions");
        assertThat(unhandled).extracting(Throwable::getMessage).containsExactly("disk gone", "callback broke");
    }

    @Test
    void aLongJobRunsInlineWithItsProgress() {
        LongJob<String> job = tasks.longJob(progress -> {
            progress.update(4, 8);
            seen.add(progress.isCancelled() ? "cancelled" : "running");
            progress.message("Half of the rows read");
            return "imported";
        }).onSuccess(seen::add).andFinally(() -> seen.add("finally")).start();

        assertThat(seen).containsExactly("running", "imported", "finally");
        assertThat(job.progressProperty().get()).isEqualTo(0.5);
        assertThat(job.messageProperty().get()).isEqualTo("Half of the rows read");
        assertThat(job.runningProperty().get()).isFalse();
    }

    @Test
    void aJobThatStopsOnCancellationGetsItsCancelHandler() {
        tasks.longJob(progress -> {
            ((LongJob<?>) progress).cancel();
            progress.checkCancelled();
            return "ran on";
        }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")).start();

        assertThat(seen).containsExactly("cancelled");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void rethrowingHandsUnhandledFailuresBackToTheCaller() {
        SameThreadTasks strict = SameThreadTasks.rethrowing();
        assertThatThrownBy(() -> strict.create(() -> {
            throw new IllegalStateException("disk gone");
        }).start()).isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
    }
}
