-- Trustcase workspace schema, version 27: each person's named views of the cases table, the table's filters as they
-- were set (a JSON object of filter names and their values). A view is a preference of its owner, not a fact of a
-- case: it may be replaced or deleted.

CREATE TABLE saved_view (
    owner     TEXT NOT NULL,
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    filters   TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (owner, name)
);
