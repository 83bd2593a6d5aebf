package org.trustcase.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.evidence.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustcase annotate ID --text T [--page N --rect X,Y,W,H | --quote TEXT] [--privileged] [--tag T]...}: a legal
 * note on an evidence item.
 */
@Command(name = "annotate", description = "Put a legal note on an evidence item: on the whole item, a rectangle of a"
        + " page (--page with --rect), or a quoted passage (--quote).")
final class AnnotateCommand extends InWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The evidence item's number.")
    long id;

    @Option(names = "--text", required = true, paramLabel = "T", description = "The note.")
    String text;

    @Option(names = "--page", paramLabel = "N", description = "The page (from 1), with --rect.")
    Integer page;

    @Option(names = "--rect", paramLabel = "X,Y,W,H", description = "The rectangle on the page, in its units.")
    String rect;

    @Option(names = "--quote", paramLabel = "TEXT", description = "The passage the note is about.")
    String quote;

    @Option(names = "--privileged", description = "Mark the note as privileged (legal advice, not to be disclosed).")
    boolean privileged;

    @Option(names = "--tag", paramLabel = "T", description = "A tag; repeat for several.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
    OutputFormat format;

    AnnotateCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        Annotation.Anchor anchor = anchor();
        Annotation made = fromWorkspace(context -> context.evidence().annotate(id, text, anchor, tags, privileged));
        if (format == OutputFormat.json) {
            session.out().println(Json.print(EvidenceCommand.annotation(made)));
        } else {
            session.out().println("Annotation " + made.id() + " on evidence item " + id
                    + (privileged ? " (privileged)" : ""));
        }
        return Cli.OK;
    }

    private Annotation.Anchor anchor() {
        if (quote != null && (page != null || rect != null)) {
            throw new ValidationException("--quote", "cli.anchor-either");
        }
        if (quote != null) {
            return new Annotation.Quote(quote);
        }
        if (page == null && rect == null) {
            return new Annotation.Whole();
        }
        if (page == null || rect == null) {
            throw new ValidationException(page == null ? "--page" : "--rect", "cli.page-and-rect");
        }
        String[] parts = rect.split(",", -1);
        if (parts.length != 4) {
            throw new ValidationException("--rect", "cli.rect-format", rect);
        }
        double[] numbers = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("--rect", "cli.rect-format", rect);
            }
        }
        return new Annotation.Region(page, numbers[0], numbers[1], numbers[2], numbers[3]);
    }
}
