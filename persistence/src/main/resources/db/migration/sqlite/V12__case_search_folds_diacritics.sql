-- Trustcase workspace schema, version 12: the cases filter ignores diacritics, as it ignores case:
-- 'zielinski' finds 'Zieliński', 'gdansk' finds 'Gdańsk', 'wroclaw' finds 'Wrocław' (and the other way
-- round). The trigram index is built again with SQLite's remove_diacritics option, which folds the
-- indexed text and the searched words alike. Letters that Unicode does not write as a base letter with a
-- mark (ł, đ, ø, ß, dotless ı) are folded here in the document, and in the searched word by the
-- application (SqliteCaseTextSearch), the same way.

DROP TABLE case_search_fts;

CREATE VIRTUAL TABLE case_search_fts USING fts5(text, tokenize = 'trigram remove_diacritics 1');

INSERT INTO case_search_fts (rowid, text)
SELECT b.id, b.reference || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(b.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i') || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(coalesce(b.owner, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i')
       || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                           WHERE k.case_id = b.id AND k.kind = 'jurisdiction'), '')
FROM breach_case b;

DROP TRIGGER case_search_after_insert;

CREATE TRIGGER case_search_after_insert AFTER INSERT ON breach_case
BEGIN
    INSERT INTO case_search_fts (rowid, text)
    VALUES (NEW.id, NEW.reference || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(NEW.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i') || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.owner, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i'));
END;

DROP TRIGGER case_search_after_update;

CREATE TRIGGER case_search_after_update AFTER UPDATE OF reference, title, owner ON breach_case
WHEN OLD.reference IS NOT NEW.reference OR OLD.title IS NOT NEW.title OR OLD.owner IS NOT NEW.owner
BEGIN
    UPDATE case_search_fts
    SET text = NEW.reference || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(NEW.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i') || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(coalesce(NEW.owner, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i')
       || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                           WHERE k.case_id = NEW.id AND k.kind = 'jurisdiction'), '')
    WHERE rowid = NEW.id;
END;

DROP TRIGGER case_search_jurisdiction_removed;

CREATE TRIGGER case_search_jurisdiction_removed AFTER DELETE ON case_classification
WHEN OLD.kind = 'jurisdiction'
BEGIN
    UPDATE case_search_fts
    SET text = (SELECT b.reference || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(b.title, 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i') || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(coalesce(b.owner, ''), 'ł', 'l'), 'Ł', 'L'), 'đ', 'd'), 'Đ', 'D'), 'ø', 'o'), 'Ø', 'O'), 'ß', 'ss'), 'ı', 'i')
       || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                           WHERE k.case_id = OLD.case_id AND k.kind = 'jurisdiction'), '')
                FROM breach_case b WHERE b.id = OLD.case_id)
    WHERE rowid = OLD.case_id;
END;
