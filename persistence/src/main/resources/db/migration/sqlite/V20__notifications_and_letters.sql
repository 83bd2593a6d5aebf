-- Trustcase workspace schema, version 20: the notifications of a case and its letters.
-- authority_draft: the editable words of the supervisory authority's notification (JSON), one per case.
-- sent_notification: every notification recorded as sent (the authority's in phases, and anyone else's), with the
--   text as sent and the clocks it met; never changed or removed.
-- letter_template: the workspace's letter templates, one per name and language; a workspace starts with a letter to
--   data subjects and a public communication, in English and Polish (GDPR Art. 34(2): the nature of the breach, the
--   DPO's contact, the likely consequences, the measures taken, and what the person can do).
-- letter_batch: one generation of letters; the recipients pending when it was prepared belong to it.

CREATE TABLE authority_draft (
    case_id     INTEGER PRIMARY KEY REFERENCES breach_case (id),
    draft       TEXT    NOT NULL,
    updated_by  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE sent_notification (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES breach_case (id),
    target          TEXT    NOT NULL CHECK (target IN ('authority', 'controller', 'police', 'bank', 'insurer',
                                                       'other-authority', 'other')),
    recipient_name  TEXT,
    phase           TEXT    CHECK (phase IS NULL OR phase IN ('initial', 'follow-up')),
    sent_at         TEXT    NOT NULL,
    channel         TEXT    NOT NULL CHECK (length(channel) BETWEEN 1 AND 200),
    reference       TEXT,
    delay_reason    TEXT,
    content         TEXT,
    note            TEXT,
    rules_met       TEXT    NOT NULL DEFAULT '',
    recorded_by     TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    CHECK ((target = 'authority') = (phase IS NOT NULL))
);

CREATE INDEX sent_notification_by_case ON sent_notification (case_id, id);
CREATE UNIQUE INDEX sent_notification_one_initial ON sent_notification (case_id) WHERE phase = 'initial';

CREATE TRIGGER sent_notification_no_update BEFORE UPDATE ON sent_notification
BEGIN
    SELECT RAISE(ABORT, 'a notification recorded as sent is not changed');
END;

CREATE TRIGGER sent_notification_no_delete BEFORE DELETE ON sent_notification
BEGIN
    SELECT RAISE(ABORT, 'a notification recorded as sent stays');
END;

CREATE TABLE letter_template (
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    language    TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('data-subject', 'public')),
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    updated_by  TEXT,
    updated_at  TEXT,
    PRIMARY KEY (name, language)
);

CREATE TABLE letter_batch (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES breach_case (id),
    template     TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('data-subject', 'public')),
    recipients   INTEGER NOT NULL DEFAULT 0,
    prepared_by  TEXT    NOT NULL,
    prepared_at  TEXT    NOT NULL,
    sent_at      TEXT,
    channel      TEXT,
    CHECK ((sent_at IS NULL) = (channel IS NULL))
);

CREATE INDEX letter_batch_by_case ON letter_batch (case_id, id);

ALTER TABLE recipient ADD COLUMN batch_id INTEGER REFERENCES letter_batch (id);
CREATE INDEX recipient_by_batch ON recipient (case_id, batch_id, id);

INSERT INTO letter_template (name, language, kind, subject, body) VALUES
('data-subjects', 'en', 'data-subject', 'Important information about your personal data ({{case.reference}})',
'Dear {{recipient.name}},

We are writing to tell you about a personal data breach at {{org.name}} that concerns your personal data.

What happened
{{breach.nature}}
It happened on or around {{case.occurred}}. We became aware of it on {{case.aware}}.

What information was involved
{{breach.data}}

What this could mean for you
{{breach.consequences}}

What we have done
{{breach.measures}}

What you can do
{{breach.advice}}
Be wary of e-mails, calls or text messages that ask for your personal details or passwords, even when they seem to come from us. If you used the same password elsewhere, change it there too.

Who to contact
Our data protection officer, {{dpo.name}}, will answer your questions: {{dpo.email}}, {{dpo.phone}}. Please quote the reference {{case.reference}}.
You also have the right to lodge a complaint with a data protection supervisory authority.

Yours sincerely,
{{org.name}}
{{org.address}}'),
('data-subjects', 'pl', 'data-subject', 'Ważna informacja o Pani/Pana danych osobowych ({{case.reference}})',
'Szanowna Pani / Szanowny Panie,

informujemy o naruszeniu ochrony danych osobowych w {{org.name}}, które dotyczy Pani/Pana danych.

Co się stało
{{breach.nature}}
Naruszenie nastąpiło w dniu {{case.occurred}} lub około tego dnia. Dowiedzieliśmy się o nim {{case.aware}}.

Jakich danych dotyczy naruszenie
{{breach.data}}

Możliwe konsekwencje dla Pani/Pana
{{breach.consequences}}

Co zrobiliśmy
{{breach.measures}}

Co może Pani/Pan zrobić
{{breach.advice}}
Prosimy zachować ostrożność wobec wiadomości e-mail, telefonów i SMS-ów z prośbą o podanie danych osobowych lub haseł, nawet jeśli wydają się pochodzić od nas. Jeśli to samo hasło było używane w innych serwisach, prosimy je tam również zmienić.

Kontakt
Na pytania odpowie nasz inspektor ochrony danych, {{dpo.name}}: {{dpo.email}}, tel. {{dpo.phone}}. Prosimy podać numer sprawy {{case.reference}}.
Przysługuje Pani/Panu także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.

Z poważaniem
{{org.name}}
{{org.address}}'),
('public-notice', 'en', 'public', 'Notice of a personal data breach at {{org.name}}',
'{{org.name}} informs its customers of a personal data breach.

What happened
{{breach.nature}}
It happened on or around {{case.occurred}}. We became aware of it on {{case.aware}}.

What information was involved
{{breach.data}}

What this could mean for the people concerned
{{breach.consequences}}

What we have done
{{breach.measures}}

What you can do
{{breach.advice}}
Be wary of e-mails, calls or text messages that ask for your personal details or passwords, even when they seem to come from us.

Who to contact
Our data protection officer, {{dpo.name}}: {{dpo.email}}, {{dpo.phone}}. Reference {{case.reference}}.

{{org.name}}, {{today}}'),
('public-notice', 'pl', 'public', 'Komunikat o naruszeniu ochrony danych osobowych w {{org.name}}',
'{{org.name}} informuje swoich klientów o naruszeniu ochrony danych osobowych.

Co się stało
{{breach.nature}}
Naruszenie nastąpiło w dniu {{case.occurred}} lub około tego dnia. Dowiedzieliśmy się o nim {{case.aware}}.

Jakich danych dotyczy naruszenie
{{breach.data}}

Możliwe konsekwencje dla osób, których dane dotyczą
{{breach.consequences}}

Co zrobiliśmy
{{breach.measures}}

Co można zrobić
{{breach.advice}}
Prosimy zachować ostrożność wobec wiadomości e-mail, telefonów i SMS-ów z prośbą o podanie danych osobowych lub haseł, nawet jeśli wydają się pochodzić od nas.

Kontakt
Inspektor ochrony danych, {{dpo.name}}: {{dpo.email}}, tel. {{dpo.phone}}. Numer sprawy {{case.reference}}.

{{org.name}}, {{today}}');
