-- Trustcase workspace schema, version 26: one search over what the investigation wrote. Each case's title and summary,
-- its current notes, its tasks, the current version of each evidence annotation and its past events are a document in
-- search_doc, kept in step by triggers, so that every write path (and an edit made outside the application) updates
-- it. Two full-text indexes read the documents: search_fts finds words and their beginnings (prefix indexes of one to
-- three letters keep the first keystrokes quick); search_stem_fts finds English words by their stem (Porter:
-- "breaches" finds "breach"). Both fold case and diacritics; the letters Unicode does not write as a base letter with a
-- mark (ł, đ, ø, ß, ı) are folded here in the indexed text, and in the searched words by the application
-- (SqliteSearchIndex), the same way. The documents keep the text as written, which the snippets show.

CREATE TABLE search_doc (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES breach_case (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('case', 'note', 'task', 'annotation', 'event', 'evidence')),
    source_id  INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    UNIQUE (kind, source_id)
);

CREATE INDEX search_doc_by_case ON search_doc (case_id);

CREATE VIRTUAL TABLE search_fts USING fts5(body, content = 'search_doc', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');

CREATE VIRTUAL TABLE search_stem_fts USING fts5(body, content = 'search_doc', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER search_doc_after_insert AFTER INSERT ON search_doc
BEGIN
    INSERT INTO search_fts (rowid, body) VALUES (NEW.id, replace(replace(replace(replace(replace(replace(replace(replace(NEW.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
    INSERT INTO search_stem_fts (rowid, body) VALUES (NEW.id, replace(replace(replace(replace(replace(replace(replace(replace(NEW.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
END;

CREATE TRIGGER search_doc_after_delete AFTER DELETE ON search_doc
BEGIN
    INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', OLD.id, replace(replace(replace(replace(replace(replace(replace(replace(OLD.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
    INSERT INTO search_stem_fts (search_stem_fts, rowid, body) VALUES ('delete', OLD.id, replace(replace(replace(replace(replace(replace(replace(replace(OLD.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
END;

CREATE TRIGGER search_doc_after_update AFTER UPDATE OF body ON search_doc
BEGIN
    INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', OLD.id, replace(replace(replace(replace(replace(replace(replace(replace(OLD.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
    INSERT INTO search_stem_fts (search_stem_fts, rowid, body) VALUES ('delete', OLD.id, replace(replace(replace(replace(replace(replace(replace(replace(OLD.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
    INSERT INTO search_fts (rowid, body) VALUES (NEW.id, replace(replace(replace(replace(replace(replace(replace(replace(NEW.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
    INSERT INTO search_stem_fts (rowid, body) VALUES (NEW.id, replace(replace(replace(replace(replace(replace(replace(replace(NEW.body, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
END;

-- the case: its reference, title and summary
CREATE TRIGGER search_case_after_insert AFTER INSERT ON breach_case
BEGIN
    INSERT INTO search_doc (case_id, kind, source_id, body) VALUES (NEW.id, 'case', NEW.id, NEW.reference || ' ' || NEW.title || coalesce(' ' || NEW.summary, ''));
END;

CREATE TRIGGER search_case_after_update AFTER UPDATE OF reference, title, summary ON breach_case
WHEN OLD.reference IS NOT NEW.reference OR OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary
BEGIN
    UPDATE search_doc SET body = NEW.reference || ' ' || NEW.title || coalesce(' ' || NEW.summary, '') WHERE kind = 'case' AND source_id = NEW.id;
END;

CREATE TRIGGER search_case_after_delete AFTER DELETE ON breach_case
BEGIN
    DELETE FROM search_doc WHERE case_id = OLD.id;
END;

-- a note: its current version only
CREATE TRIGGER search_note_after_insert AFTER INSERT ON case_note
BEGIN
    DELETE FROM search_doc WHERE kind = 'note' AND source_id = NEW.replaces;
    INSERT INTO search_doc (case_id, kind, source_id, body) VALUES (NEW.case_id, 'note', NEW.id, NEW.text);
END;

-- a task: its title and description
CREATE TRIGGER search_task_after_insert AFTER INSERT ON case_task
BEGIN
    INSERT INTO search_doc (case_id, kind, source_id, body)
    VALUES (NEW.case_id, 'task', NEW.id, NEW.title || coalesce(' ' || NEW.description, ''));
END;

CREATE TRIGGER search_task_after_update AFTER UPDATE OF title, description ON case_task
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description
BEGIN
    UPDATE search_doc SET body = NEW.title || coalesce(' ' || NEW.description, '')
    WHERE kind = 'task' AND source_id = NEW.id;
END;

-- an evidence annotation: its current version's note and quoted text
CREATE TRIGGER search_annotation_after_insert AFTER INSERT ON evidence_annotation
BEGIN
    DELETE FROM search_doc WHERE kind = 'annotation' AND source_id = NEW.replaces;
    INSERT INTO search_doc (case_id, kind, source_id, body)
    SELECT i.case_id, 'annotation', NEW.id, NEW.note || coalesce(' ' || NEW.quote, '')
    FROM evidence_item i WHERE i.id = NEW.item_id;
END;

-- a past event: what happened and where that is known from
CREATE TRIGGER search_event_after_insert AFTER INSERT ON case_past_event
BEGIN
    INSERT INTO search_doc (case_id, kind, source_id, body)
    VALUES (NEW.case_id, 'event', NEW.id, NEW.description || coalesce(' ' || NEW.source, ''));
END;

-- what the workspace holds already
INSERT INTO search_doc (case_id, kind, source_id, body)
SELECT b.id, 'case', b.id, b.reference || ' ' || b.title || coalesce(' ' || b.summary, '') FROM breach_case b;

INSERT INTO search_doc (case_id, kind, source_id, body)
SELECT n.case_id, 'note', n.id, n.text FROM case_note n
WHERE NOT EXISTS (SELECT 1 FROM case_note later WHERE later.replaces = n.id);

INSERT INTO search_doc (case_id, kind, source_id, body)
SELECT t.case_id, 'task', t.id, t.title || coalesce(' ' || t.description, '') FROM case_task t;

INSERT INTO search_doc (case_id, kind, source_id, body)
SELECT i.case_id, 'annotation', a.id, a.note || coalesce(' ' || a.quote, '')
FROM evidence_annotation a JOIN evidence_item i ON i.id = a.item_id
WHERE NOT EXISTS (SELECT 1 FROM evidence_annotation later WHERE later.replaces = a.id);
