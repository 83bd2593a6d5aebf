package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * A due instant in the user's zone and in the authority's: {@code 2026-03-30 12:00 CEST · Europe/Warsaw 12:00}.
 * The authority's side names its date only when it differs, and seconds are shown when there are any (days end
 * at 23:59:59). When both zones show the same time, only the user's is given.
 */
public final class DueText {
    private static final DateTimeFormatter USER = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter USER_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzz",
            Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd ", Locale.ROOT);

    private final ZoneId userZone;
    private final Messages messages;

    public DueText(ZoneId userZone, Messages messages) {
        this.userZone = Objects.requireNonNull(userZone, "userZone");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The clock's due time in both zones; "—" while it has none. */
    public String both(DeadlineClock clock) {
        return clock.dueAt() == null ? messages.get("deadline.none") : both(clock.dueAt(), clock.zone());
    }

    public String both(Instant due, ZoneId authorityZone) {
        ZonedDateTime user = due.atZone(userZone);
        ZonedDateTime authority = due.atZone(authorityZone);
        boolean seconds = user.getSecond() != 0;
        if (sameWallTime(user, authority)) {
            return (seconds ? USER_SECONDS : USER).format(user);
        }
        String authorityText = (authority.toLocalDate().equals(user.toLocalDate()) ? "" : DATE.format(authority))
                + (seconds ? TIME_SECONDS : TIME).format(authority);
        return messages.format("deadline.due", (seconds ? USER_SECONDS : USER).format(user),
                messages.format("deadline.due.authority", authorityZone.getId(), authorityText));
    }

    /**
     * The due time in the authority's zone: {@code Europe/Warsaw 12:00} (with its date when that differs); empty when
     * the authority's clocks read as the user's.
     */
    public String authority(DeadlineClock clock) {
        if (clock.dueAt() == null) {
            return messages.get("deadline.none");
        }
        ZonedDateTime user = clock.dueAt().atZone(userZone);
        ZonedDateTime authority = clock.dueAt().atZone(clock.zone());
        if (sameWallTime(user, authority)) {
            return "";
        }
        String local = (authority.toLocalDate().equals(user.toLocalDate()) ? "" : DATE.format(authority))
                + (authority.getSecond() != 0 ? TIME_SECONDS : TIME).format(authority);
        return messages.format("deadline.due.authority", clock.zone().getId(), local);
    }

    /** True when the user's and the authority's clocks show the same time: the authority's adds nothing. */
    private static boolean sameWallTime(ZonedDateTime user, ZonedDateTime authority) {
        return user.toLocalDateTime().equals(authority.toLocalDateTime());
    }

    /** The due time in the user's zone only. */
    public String user(DeadlineClock clock) {
        if (clock.dueAt() == null) {
            return messages.get("deadline.none");
        }
        ZonedDateTime user = clock.dueAt().atZone(userZone);
        return (user.getSecond() != 0 ? USER_SECONDS : USER).format(user);
    }
}
