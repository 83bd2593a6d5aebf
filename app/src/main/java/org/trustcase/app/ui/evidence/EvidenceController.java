package org.trustcase.app.ui.evidence;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.EvidenceFiles;
import org.trustcase.app.preview.EmailMessage;
import org.trustcase.app.preview.Preview;
import org.trustcase.app.preview.PreviewLoader;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.evidence.EvidenceState;

/**
 * The Evidence tab: the items, their custody, a preview with the annotation tools, and the notes. Files come by the
 * Add button or by dropping them on the tab. A rectangle drawn on a page (or a picture), or a passage selected in a
 * text, anchors the next note; without one, a note is on the whole item.
 */
public final class EvidenceController {
    /** Drawn rectangles smaller than this (in pixels) are taken for a click, not a region. */
    private static final double SMALLEST_MARK = 4;

    private final CaseTabContext openCase;
    private final EvidenceViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Permissions permissions;

    @FXML private Parent root;
    @FXML private Button addFiles;
    @FXML private Button verifyAll;
    @FXML private HBox importBar;
    @FXML private Label importMessage;
    @FXML private ProgressBar importProgress;
    @FXML private Button cancelImport;
    @FXML private HBox mismatchBar;
    @FXML private Label mismatch;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button dismissNotice;
    @FXML private TableView<EvidenceItem> items;
    @FXML private TableColumn<EvidenceItem, String> nameColumn;
    @FXML private TableColumn<EvidenceItem, String> typeColumn;
    @FXML private TableColumn<EvidenceItem, String> sizeColumn;
    @FXML private TableColumn<EvidenceItem, String> hashColumn;
    @FXML private TableColumn<EvidenceItem, String> collectedColumn;
    @FXML private TableColumn<EvidenceItem, EvidenceState> stateColumn;
    @FXML private TableView<CustodyEvent> custody;
    @FXML private TableColumn<CustodyEvent, String> custodyTimeColumn;
    @FXML private TableColumn<CustodyEvent, String> custodyActorColumn;
    @FXML private TableColumn<CustodyEvent, String> custodyActionColumn;
    @FXML private TableColumn<CustodyEvent, String> custodyDetailColumn;
    @FXML private Label previewTitle;
    @FXML private ProgressIndicator previewBusy;
    @FXML private Button previousPage;
    @FXML private Label pageLabel;
    @FXML private Button nextPage;
    @FXML private ScrollPane pageScroll;
    @FXML private Pane page;
    @FXML private ImageView pageImage;
    @FXML private Pane marks;
    @FXML private TextArea textPreview;
    @FXML private VBox emailPane;
    @FXML private javafx.scene.layout.GridPane emailHeaders;
    @FXML private TextArea emailBody;
    @FXML private Label attachmentsTitle;
    @FXML private ListView<EmailMessage.Attachment> attachments;
    @FXML private TableView<List<String>> tablePreview;
    @FXML private VBox noPreview;
    @FXML private FontIcon noPreviewIcon;
    @FXML private Label noPreviewText;
    @FXML private Button openExternal;
    private final SystemViewer viewer;
    @FXML private ListView<Annotation> notes;
    @FXML private VBox noteForm;
    @FXML private Label anchorLabel;
    @FXML private TextArea noteText;
    @FXML private TextField noteTags;
    @FXML private CheckBox notePrivileged;
    @FXML private Button clearAnchor;
    @FXML private Button saveNote;
    @FXML private Button cancelEdit;
    @FXML private javafx.scene.control.ToggleButton wholeCase;
    /** The note being edited in the form, or null when the form writes a new one. */
    private Annotation editing;
    private final String actorName;

    private Annotation.Anchor anchor = new Annotation.Whole();
    private AnchorText anchors;
    private EmailView emailView;
    private final Rectangle drawing = new Rectangle();
    private double startX;
    private double startY;

    public EvidenceController(CaseTabContext openCase, EvidenceService evidence, EvidenceFiles files,
            TaskExecutor tasks, Messages messages, TimeText time, Permissions permissions,
            org.trustcase.app.WorkspaceInfo workspace, SystemViewer viewer) {
        this.openCase = openCase;
        this.viewer = viewer;
        this.actorName = workspace.actor().name();
        this.messages = messages;
        this.time = time;
        this.permissions = permissions;
        this.viewModel = new EvidenceViewModel(evidence, files, new PreviewLoader(), tasks, messages,
                openCase.reference(), openCase::caseChanged);
    }

    /** The tab's view model (for tests). */
    EvidenceViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        anchors = new AnchorText(messages);
        emailView = new EmailView(emailHeaders, emailBody, attachmentsTitle, attachments, messages, time,
                permissions.may(UseCase.EVIDENCE_ADD), viewModel::takeAttachment);
        root.getStylesheets().add(EvidenceController.class.getResource("evidence.css").toExternalForm());
        bindBars();
        setUpItems();
        setUpCustody();
        setUpPreview();
        setUpNotes();
        boolean mayAdd = permissions.may(UseCase.EVIDENCE_ADD);
        addFiles.setVisible(mayAdd);
        addFiles.setManaged(mayAdd);
        addFiles.disableProperty().bind(viewModel.importingProperty());
        addFiles.setOnAction(event -> chooseFiles());
        verifyAll.setVisible(permissions.may(UseCase.EVIDENCE_VERIFY));
        verifyAll.setManaged(verifyAll.isVisible());
        verifyAll.setOnAction(event -> viewModel.verifyAll());
        if (mayAdd) {
            root.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
            root.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
        }
        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.shown();
            }
        });
        // the items are read at once (a short list), so that a file no longer matching its hash shows on the case
        viewModel.shown();
        openCase.alertProperty().bind(Bindings.createStringBinding(() -> viewModel.mismatchesProperty().get() == 0
                ? "" : messages.format("evidence.mismatch", viewModel.mismatchesProperty().get()),
                viewModel.mismatchesProperty()));
    }

    private void bindBars() {
        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.managedProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.visibleProperty().bind(noticeBar.managedProperty());
        dismissNotice.setOnAction(event -> viewModel.dismissNotice());
        importBar.managedProperty().bind(viewModel.importingProperty());
        importBar.visibleProperty().bind(importBar.managedProperty());
        importProgress.progressProperty().bind(viewModel.importProgressProperty());
        importMessage.textProperty().bind(viewModel.importMessageProperty());
        cancelImport.setOnAction(event -> viewModel.cancelImport());
        mismatch.textProperty().bind(Bindings.createStringBinding(() -> messages.format("evidence.mismatch",
                viewModel.mismatchesProperty().get()), viewModel.mismatchesProperty()));
        mismatchBar.managedProperty().bind(viewModel.mismatchesProperty().greaterThan(0));
        mismatchBar.visibleProperty().bind(mismatchBar.managedProperty());
    }

    private void setUpItems() {
        items.setItems(viewModel.items());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().originalName()
                + (cell.getValue().nameMismatch() ? " ⚠" : "")));
        typeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Sizes.shortType(cell.getValue().mediaType())));
        sizeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Sizes.human(cell.getValue().size())));
        hashColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().sha256().substring(0, 8)));
        collectedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                time.displayDate(cell.getValue().collectedAt())));
        stateColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                cell.getValue().state()));
        stateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(EvidenceState state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeAll("state-altered", "state-missing", "state-disposed", "state-intact");
                if (empty || state == null) {
                    setText(null);
                    return;
                }
                setText(messages.label(state));
                getStyleClass().add("state-" + state.code());
            }
        });
        items.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                boolean bad = !empty && item != null && (item.state() == EvidenceState.ALTERED
                        || item.state() == EvidenceState.MISSING);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("mismatch"), bad);
                if (!empty && item != null) {
                    setTooltip(new javafx.scene.control.Tooltip(messages.format("evidence.item.tooltip",
                            item.originalName() + " · " + item.mediaType(), item.sha256(),
                            item.collectedBy() + ", " + time.display(item.collectedAt()),
                            item.source() == null ? "—" : item.source(), item.reason() == null ? "—" : item.reason())
                            + (item.nameMismatch() ? "\n" + messages.get("evidence.name-mismatch") : "")));
                } else {
                    setTooltip(null);
                }
            }
        });
        items.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                viewModel.select(after));
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            EvidenceItem shown = items.getSelectionModel().getSelectedItem();
            if (after != null && (shown == null || shown.id() != after.id() || !shown.equals(after))) {
                items.getSelectionModel().select(after);
            }
        });
    }

    private void setUpCustody() {
        custody.setItems(viewModel.custody());
        custodyTimeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(time.display(cell.getValue().at())));
        custodyActorColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().actor()));
        custodyActionColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                messages.label(cell.getValue().action())));
        custodyDetailColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(detail(cell.getValue())));
    }

    private String detail(CustodyEvent event) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {event.purpose(), event.recipient() == null ? null
                : messages.format("evidence.custody.to", event.recipient()), event.detail()}) {
            if (part != null && !part.isBlank()) {
                text.append(text.length() == 0 ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }

    private void setUpPreview() {
        previewBusy.visibleProperty().bind(viewModel.previewingProperty());
        previewTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            EvidenceItem item = viewModel.selectedProperty().get();
            return item == null ? messages.get("evidence.preview.choose") : item.originalName();
        }, viewModel.selectedProperty()));
        viewModel.previewProperty().addListener((observable, before, after) -> show(after));
        previousPage.setOnAction(event -> viewModel.showPage(viewModel.pageProperty().get() - 1));
        nextPage.setOnAction(event -> viewModel.showPage(viewModel.pageProperty().get() + 1));
        pageScroll.viewportBoundsProperty().addListener((observable, before, after) ->
                viewModel.displayWidth((int) after.getWidth() - 16));
        drawing.getStyleClass().add("mark-drawing");
        drawing.setManaged(false);
        page.addEventHandler(MouseEvent.MOUSE_PRESSED, this::startMark);
        page.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragMark);
        page.addEventHandler(MouseEvent.MOUSE_RELEASED, this::endMark);
        for (TextArea quotable : List.of(textPreview, emailBody)) {
            quotable.selectedTextProperty().addListener((observable, before, after) -> {
                if (after != null && !after.isBlank() && !quoting) {
                    anchorOn(new Annotation.Quote(after.length() > EvidenceService.MAX_TEXT
                            ? after.substring(0, EvidenceService.MAX_TEXT) : after));
                }
            });
        }
        openExternal.setOnAction(event -> confirmOpenExternally());
        show(null);
    }

    /** Warns that another program will see a copy of the file, then has the copy opened. */
    private void confirmOpenExternally() {
        EvidenceItem item = viewModel.previewedProperty().get();
        if (item == null) {
            return;
        }
        javafx.scene.control.Alert warning = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, messages.format("evidence.external.warning",
                        item.originalName(), item.mediaType()), javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        warning.setTitle(messages.get("evidence.external.open"));
        warning.setHeaderText(messages.get("evidence.external.header"));
        warning.initOwner(root.getScene().getWindow());
        warning.getDialogPane().setId("evidence-external-warning");
        warning.showAndWait().filter(answer -> answer == javafx.scene.control.ButtonType.OK)
                .ifPresent(ok -> viewModel.openExternally(item, viewer));
    }

    private void show(Preview preview) {
        boolean raster = preview instanceof Preview.Raster;
        boolean text = preview instanceof Preview.Text;
        boolean email = preview instanceof Preview.Email;
        boolean table = preview instanceof Preview.Table;
        pageScroll.setVisible(raster);
        textPreview.setVisible(text);
        emailPane.setVisible(email);
        tablePreview.setVisible(table);
        noPreview.setVisible(!raster && !text && !email && !table);
        marks.getChildren().clear();
        pageLabel.setText("");
        previousPage.setDisable(true);
        nextPage.setDisable(true);
        previousPage.setVisible(raster && ((Preview.Raster) preview).pages() > 1);
        nextPage.setVisible(previousPage.isVisible());
        if (anchor instanceof Annotation.Region) {
            anchorOn(new Annotation.Whole());
        }
        if (preview instanceof Preview.Raster shown) {
            WritableImage image = new WritableImage(shown.width(), shown.height());
            image.getPixelWriter().setPixels(0, 0, shown.width(), shown.height(), PixelFormat.getIntArgbInstance(),
                    shown.argb(), 0, shown.width());
            double width = Math.min(shown.width(), Math.max(200, pageScroll.getViewportBounds().getWidth() - 16));
            pageImage.setImage(image);
            pageImage.setFitWidth(width);
            double height = width * shown.height() / shown.width();
            page.setPrefSize(width, height);
            page.setMaxSize(width, height);
            marks.setPrefSize(width, height);
            pageLabel.setText(messages.format("evidence.page.of", shown.page(), shown.pages()));
            previousPage.setDisable(shown.page() <= 1);
            nextPage.setDisable(shown.page() >= shown.pages());
            drawMarks();
        } else if (preview instanceof Preview.Text shown) {
            textPreview.setText(shown.text() + (shown.truncated() ? "\n\n" + messages.get("evidence.preview.truncated")
                    : ""));
            showChosenQuote();
        } else if (preview instanceof Preview.Email shown) {
            emailView.show(shown.message());
            showChosenQuote();
        } else if (preview instanceof Preview.Table shown) {
            showTable(shown);
        } else {
            pageImage.setImage(null);
            textPreview.clear();
            String reason = preview instanceof Preview.None none ? messages.get(none.reasonKey())
                    + (none.detail() == null || none.detail().isBlank() ? "" : " (" + none.detail() + ")")
                    : messages.get("evidence.preview.choose");
            noPreviewText.setText(reason);
            boolean bad = preview instanceof Preview.None none && (none.reasonKey().endsWith("altered")
                    || none.reasonKey().endsWith("missing"));
            noPreviewIcon.setIconLiteral(bad ? "mdi2f-file-alert-outline" : "mdi2f-file-question-outline");
            boolean openable = viewer != SystemViewer.NONE && preview instanceof Preview.None none
                    && (none.reasonKey().equals("evidence.preview.none")
                            || none.reasonKey().equals("evidence.preview.failed"));
            openExternal.setVisible(openable);
            openExternal.setManaged(openable);
            noPreviewIcon.getStyleClass().setAll(bad ? "danger-icon" : "muted-icon");
        }
    }

    private void showTable(Preview.Table table) {
        tablePreview.getColumns().clear();
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(Integer.toString(c + 1));
            column.setSortable(false);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size()
                    ? cell.getValue().get(index) : ""));
            tablePreview.getColumns().add(column);
        }
        tablePreview.getItems().setAll(table.rows());
        tablePreview.setPlaceholder(new Label(messages.get("evidence.preview.table-empty")));
    }

    /** Units (PDF points, picture pixels) per pixel shown. */
    private double unitsPerShownPixel(Preview.Raster raster) {
        return raster.unitWidth() / pageImage.getFitWidth();
    }

    /** The region notes of the page shown, as rectangles over it. */
    private void drawMarks() {
        marks.getChildren().clear();
        if (!(viewModel.previewProperty().get() instanceof Preview.Raster raster)) {
            return;
        }
        double k = unitsPerShownPixel(raster);
        Annotation chosen = viewModel.chosenNoteProperty().get();
        for (Annotation note : viewModel.annotations()) {
            if (note.anchor() instanceof Annotation.Region region && region.page() == raster.page()) {
                Rectangle mark = new Rectangle(region.x() / k, region.y() / k, region.width() / k,
                        region.height() / k);
                mark.getStyleClass().add(note.equals(chosen) ? "mark-chosen" : "mark");
                mark.setManaged(false);
                mark.setMouseTransparent(true);
                marks.getChildren().add(mark);
            }
        }
        if (anchor instanceof Annotation.Region && drawing.getParent() == null) {
            marks.getChildren().add(drawing);
        }
    }

    private boolean mayAnnotate() {
        return permissions.may(UseCase.EVIDENCE_ANNOTATE) && viewModel.previewProperty().get()
                instanceof Preview.Raster;
    }

    private void startMark(MouseEvent event) {
        if (!mayAnnotate()) {
            return;
        }
        startX = clamp(event.getX(), page.getWidth());
        startY = clamp(event.getY(), page.getHeight());
        drawing.setX(startX);
        drawing.setY(startY);
        drawing.setWidth(0);
        drawing.setHeight(0);
        if (!marks.getChildren().contains(drawing)) {
            marks.getChildren().add(drawing);
        }
        event.consume();
    }

    private void dragMark(MouseEvent event) {
        if (!mayAnnotate() || !marks.getChildren().contains(drawing)) {
            return;
        }
        double x = clamp(event.getX(), page.getWidth());
        double y = clamp(event.getY(), page.getHeight());
        drawing.setX(Math.min(startX, x));
        drawing.setY(Math.min(startY, y));
        drawing.setWidth(Math.abs(x - startX));
        drawing.setHeight(Math.abs(y - startY));
        event.consume();
    }

    private void endMark(MouseEvent event) {
        if (!mayAnnotate() || !(viewModel.previewProperty().get() instanceof Preview.Raster raster)) {
            return;
        }
        dragMark(event);
        if (drawing.getWidth() < SMALLEST_MARK || drawing.getHeight() < SMALLEST_MARK) {
            marks.getChildren().remove(drawing);
            return;
        }
        double k = unitsPerShownPixel(raster);
        anchorOn(new Annotation.Region(raster.page(), round(drawing.getX() * k), round(drawing.getY() * k),
                round(drawing.getWidth() * k), round(drawing.getHeight() * k)));
        noteText.requestFocus();
    }

    private static double clamp(double value, double most) {
        return Math.max(0, Math.min(value, most));
    }

    private static double round(double units) {
        return Math.round(units * 10) / 10.0;
    }

    private void anchorOn(Annotation.Anchor chosen) {
        anchor = chosen;
        if (!(chosen instanceof Annotation.Region)) {
            marks.getChildren().remove(drawing);
        }
        anchorLabel.setText(anchors.text(chosen));
    }

    private void setUpNotes() {
        boolean mayAnnotate = permissions.may(UseCase.EVIDENCE_ANNOTATE);
        noteForm.setVisible(mayAnnotate);
        noteForm.setManaged(mayAnnotate);
        noteForm.disableProperty().bind(viewModel.selectedProperty().isNull());
        anchorOn(new Annotation.Whole());
        clearAnchor.setOnAction(event -> anchorOn(new Annotation.Whole()));
        saveNote.setOnAction(event -> save());
        notes.setItems(viewModel.annotations());
        notes.setCellFactory(list -> new NoteCell(messages, time, anchors, viewModel.wholeCaseProperty()::get,
                viewModel::itemName, note -> note.author().equals(actorName)
                        && permissions.may(UseCase.EVIDENCE_ANNOTATION_EDIT), this::startEditing, this::showHistory));
        notes.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.choose(after);
            }
        });
        viewModel.chosenNoteProperty().addListener((observable, before, after) -> {
            if (after != null) {
                showQuote(after);
            }
            drawMarks();
        });
        wholeCase.selectedProperty().bindBidirectional(viewModel.wholeCaseProperty());
        cancelEdit.setOnAction(event -> stopEditing());
        viewModel.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) change -> drawMarks());
    }

    /** The chosen note's passage, when the text just shown is its item's. */
    private void showChosenQuote() {
        Annotation chosen = viewModel.chosenNoteProperty().get();
        EvidenceItem shown = viewModel.previewedProperty().get();
        if (chosen != null && shown != null && chosen.itemId() == shown.id()) {
            showQuote(chosen);
        }
    }

    /** A note on a quoted passage: the passage, selected in the text shown. */
    private void showQuote(Annotation note) {
        TextArea shown = textPreview.isVisible() ? textPreview : emailPane.isVisible() ? emailBody : null;
        if (note.anchor() instanceof Annotation.Quote quote && shown != null) {
            int at = shown.getText().indexOf(quote.text());
            if (at >= 0) {
                quoting = true;
                try {
                    shown.requestFocus();
                    shown.selectRange(at, at + quote.text().length());
                } finally {
                    quoting = false;
                }
            }
        }
    }

    private boolean quoting;

    private void save() {
        List<String> tags = Arrays.stream(noteTags.getText().split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
        if (editing != null) {
            viewModel.edit(editing, noteText.getText(), tags, notePrivileged.isSelected(), this::stopEditing);
            return;
        }
        viewModel.annotate(anchor, noteText.getText(), tags, notePrivileged.isSelected(), () -> {
            noteText.clear();
            noteTags.clear();
            notePrivileged.setSelected(false);
            anchorOn(new Annotation.Whole());
        });
    }

    /** Fills the form with one's own note, to write its next version. */
    private void startEditing(Annotation note) {
        editing = note;
        noteText.setText(note.text());
        noteTags.setText(String.join(", ", note.tags()));
        notePrivileged.setSelected(note.privileged());
        anchorLabel.setText(messages.format("evidence.note.editing", anchors.text(note.anchor())));
        saveNote.setText(messages.get("evidence.note.save-edit"));
        clearAnchor.setVisible(false);
        clearAnchor.setManaged(false);
        cancelEdit.setVisible(true);
        cancelEdit.setManaged(true);
        noteText.requestFocus();
    }

    private void stopEditing() {
        editing = null;
        noteText.clear();
        noteTags.clear();
        notePrivileged.setSelected(false);
        saveNote.setText(messages.get("evidence.note.save"));
        clearAnchor.setVisible(true);
        clearAnchor.setManaged(true);
        cancelEdit.setVisible(false);
        cancelEdit.setManaged(false);
        anchorOn(new Annotation.Whole());
    }

    /** Every version of a note, oldest first, in a window of its own. */
    private void showHistory(Annotation note) {
        viewModel.history(note, versions -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < versions.size(); i++) {
                Annotation version = versions.get(i);
                text.append(messages.format("evidence.note.version", i + 1, version.author(),
                        time.display(version.at()), version.privileged() ? messages.get("evidence.note.privileged-marker")
                                : "", String.join(", ", version.tags()))).append('\n').append(version.text())
                        .append("\n\n");
            }
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION);
            alert.setTitle(messages.get("evidence.note.history"));
            alert.setHeaderText(messages.format("evidence.note.history.of", viewModel.itemName(note.itemId())));
            TextArea shown = new TextArea(text.toString().strip());
            shown.setEditable(false);
            shown.setWrapText(true);
            shown.setId("evidence-note-history");
            alert.getDialogPane().setContent(shown);
            alert.initOwner(root.getScene().getWindow());
            alert.show();
        });
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("evidence.add.title"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null) {
            askThenImport(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Asks where the files come from and why, then imports them (nothing when the dialog is cancelled). */
    private void askThenImport(List<Path> paths) {
        ImportDialog.ask(root.getScene().getWindow(), messages, paths)
                .ifPresent(details -> viewModel.importFiles(paths, details.source(), details.reason()));
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !viewModel.importingProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        boolean taken = false;
        if (event.getDragboard().hasFiles()) {
            List<Path> paths = event.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath)
                    .toList();
            taken = !paths.isEmpty();
            if (taken) {
                // asked once the drop is over: a dialog inside the drop's handler would hold the dragging program
                javafx.application.Platform.runLater(() -> askThenImport(paths));
            }
        }
        event.setDropCompleted(taken);
        event.consume();
    }
}
