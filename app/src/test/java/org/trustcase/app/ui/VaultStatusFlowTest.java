package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceState;

/**
 * The window reconciles the evidence vault when it opens: an item whose file is gone is marked missing and, with a
 * file no item names, reported in the status bar until dealt with.
 */
@ExtendWith(ApplicationExtension.class)
class VaultStatusFlowTest extends WindowTest {
    private BreachCase breach;
    private EvidenceItem lost;

    @Start
    void start(Stage stage) throws IOException {
        breach = seed("Stolen laptop");
        lost = context.evidence().add(breach.reference(), new ByteArrayInputStream("log".getBytes(
                StandardCharsets.UTF_8)), "access.log", null, null, bytes -> true).item();
        EvidenceItem kept = context.evidence().add(breach.reference(), new ByteArrayInputStream("kept".getBytes(
                StandardCharsets.UTF_8)), "kept.log", null, null, bytes -> true).item();
        Path gone = context.evidenceFiles().stored(lost.sha256());
        gone.toFile().setWritable(true);
        Files.delete(gone);
        // a file put into the vault by hand, under a hash no item has
        Path stray = context.evidenceFiles().stored("ab".repeat(32));
        Files.createDirectories(stray.getParent());
        Files.writeString(stray, "stray");
        assertThat(kept.state()).isEqualTo(EvidenceState.INTACT);
        show(stage);
    }

    @Test
    void aMissingFileAndAStrayFileAreReportedWhenTheWindowOpens(FxRobot robot) {
        settle();

        assertThat(shown(robot, "#status-vault")).isTrue();
        assertThat(robot.lookup("#status-vault").queryButton().getText())
                .isEqualTo("Evidence vault: 1 files without an item, 1 items without their file");
        assertThat(context.evidence().list(breach.reference())).extracting(EvidenceItem::state)
                .containsExactly(EvidenceState.MISSING, EvidenceState.INTACT);
    }
}
