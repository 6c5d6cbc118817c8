package org.kundenportal.history.domain;

import java.time.LocalDate;

/** Time a staff member spent on a document. */
public record TimeEntry(long id, LocalDate workDate, int minutes, long userId, String userName, String description) {
}
