-- Trustcase workspace schema, version 18: an edited legal note keeps what it said. An edit is a new row that replaces
-- the one before it; a note is never changed in place, and each version is replaced at most once, so the versions of
-- a note form one chain and its current version is the one nothing replaces.

ALTER TABLE evidence_annotation ADD COLUMN replaces INTEGER REFERENCES evidence_annotation (id);

CREATE UNIQUE INDEX evidence_annotation_replaced_once ON evidence_annotation (replaces) WHERE replaces IS NOT NULL;
