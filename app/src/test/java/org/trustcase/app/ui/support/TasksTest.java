package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
            throw new RuleViolationException("guard.remedial-actions");
        })
                .onError(IllegalStateException.class, e -> seen.add("wrong handler"))
                .onError(RuleViolationException.class, e -> seen.add(e.getMessage()))
                .start());
        awaitIdle();
        assertThat(seen).containsExactly("guard.remedial-actions");
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
        CountDownLatch release = new CountDownLatch(1);
        start(() -> tasks.create(() -> release.await(5, TimeUnit.SECONDS)).start());
        assertThat(tasks.isIdle()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.busyProperty().get()).get()).isTrue();
        release.countDown();
        awaitIdle();
        assertThat(tasks.busyProperty().get()).isFalse();
    }

    private <T> LongJob<T> startJob(TaskExecutor.JobRequest<T> request) throws Exception {
        LongJob<T> job = WaitForAsyncUtils.asyncFx(request::start).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return job;
    }

    @Test
    void aLongJobNeverDelaysAShortRead() throws Exception {
        CountDownLatch longStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch shortDone = new CountDownLatch(1);
        startJob(tasks.longJob(progress -> {
            longStarted.countDown();
            return release.await(30, TimeUnit.SECONDS) ? "long" : "long job never released";
        }).onSuccess(seen::add));
        assertThat(longStarted.await(10, TimeUnit.SECONDS)).as("long job started").isTrue();

        start(() -> tasks.create(() -> "short").onSuccess(value -> {
            seen.add(value);
            shortDone.countDown();
        }).start());

        assertThat(shortDone.await(10, TimeUnit.SECONDS)).as("short read done while the long job still runs").isTrue();
        assertThat(seen).containsExactly("short");
        release.countDown();
        awaitIdle();
        assertThat(seen).containsExactly("short", "long");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aJobReportsProgressAndAMessageThroughItsHandle() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LongJob<Integer> job = startJob(tasks.longJob(progress -> {
            progress.update(3, 10);
            progress.message("Importing row 3 of 10");
            release.await(30, TimeUnit.SECONDS);
            progress.update(10, 10);
            return 10;
        }).onSuccess(rows -> seen.add(rows + " rows")));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> job.progressProperty().get() == 0.3
                && "Importing row 3 of 10".equals(job.messageProperty().get()));
        assertThat(job.runningProperty().get()).isTrue();
        release.countDown();
        awaitIdle();
        assertThat(job.progressProperty().get()).isEqualTo(1.0);
        assertThat(job.runningProperty().get()).isFalse();
        assertThat(seen).containsExactly("10 rows");
    }

    @Test
    void cancelStopsARunningJob() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        LongJob<String> job = startJob(tasks.longJob(progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                steps.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return "ran to its end";
        }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")).andFinally(() -> seen.add("finally")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(job::cancel).get(5, TimeUnit.SECONDS);
        awaitIdle();

        assertThat(job.isCancelled()).isTrue();
        assertThat(job.runningProperty().get()).isFalse();
        assertThat(seen).containsExactly("cancelled", "finally");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aJobCancelledWhileItWaitsInTheLaneNeverStarts() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        startJob(tasks.longJob(progress -> release.await(30, TimeUnit.SECONDS)));
        LongJob<String> second = startJob(tasks.longJob(progress -> {
            secondRan.set(true);
            return "second";
        }).onSuccess(seen::add).onCancelled(() -> seen.add("second cancelled")));

        second.cancel();
        release.countDown();
        awaitIdle();

        assertThat(secondRan).isFalse();
        assertThat(seen).containsExactly("second cancelled");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aFailingJobReachesItsHandlerOrTheUnhandledOne() throws Exception {
        startJob(tasks.longJob(progress -> {
            throw new IllegalStateException("row 7: no e-mail address");
        }).onError(IllegalStateException.class, e -> seen.add(e.getMessage())).onSuccess(value -> seen.add("success")));
        startJob(tasks.<String>longJob(progress -> {
            throw new IOException("file vanished");
        }).onCancelled(() -> seen.add("cancelled")));
        awaitIdle();
        assertThat(seen).containsExactly("row 7: no e-mail address");
        assertThat(unhandled).extracting(Throwable::getMessage).containsExactly("file vanished");
    }
}
