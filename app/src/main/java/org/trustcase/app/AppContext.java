package org.trustcase.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;

/**
 * What the screens and commands work with: the use cases of one open workspace, the clock and the
 * acting user. Built by the composition root; closing it releases the workspace.
 */
public final class AppContext implements AutoCloseable {
    private final CaseService cases;
    private final AssessmentService assessments;
    private final CaseClockService clocks;
    private final AuditService audit;
    private final Clock clock;
    private final Actor actor;
    private final Path workspaceDirectory;
    private final boolean demo;
    private final AutoCloseable resources;

    public AppContext(CaseService cases, AssessmentService assessments, CaseClockService clocks, AuditService audit,
            Clock clock, Actor actor, Path workspaceDirectory, boolean demo, AutoCloseable resources) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.workspaceDirectory = Objects.requireNonNull(workspaceDirectory, "workspaceDirectory");
        this.demo = demo;
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    public CaseService cases() {
        return cases;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    /** The legal deadline clocks of cases. */
    public CaseClockService clocks() {
        return clocks;
    }

    public AuditService audit() {
        return audit;
    }

    public Clock clock() {
        return clock;
    }

    public Actor actor() {
        return actor;
    }

    public Path workspaceDirectory() {
        return workspaceDirectory;
    }

    /** True for a workspace filled with fictional demo cases. */
    public boolean isDemo() {
        return demo;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not close the workspace: " + e.getMessage(), e);
        }
    }
}
