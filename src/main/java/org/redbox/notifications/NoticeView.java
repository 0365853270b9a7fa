package org.redbox.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notice as its recipient sees it. */
public record NoticeView(UUID id, NoticeKind kind, String message, String link, Instant createdAt, boolean read) {
}
