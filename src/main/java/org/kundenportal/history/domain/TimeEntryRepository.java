package org.kundenportal.history.domain;

import static org.kundenportal.db.Tables.APP_USER;
import static org.kundenportal.db.Tables.TIME_ENTRY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.kundenportal.base.security.UserKind;
import org.kundenportal.documents.domain.DocumentRef;
import org.springframework.stereotype.Repository;

/** Staff time entries on documents, and the staff who can be put in charge. */
@Repository
public class TimeEntryRepository {

    private final DSLContext db;

    public TimeEntryRepository(DSLContext db) {
        this.db = db;
    }

    public List<TimeEntry> of(DocumentRef ref) {
        return db.select(TIME_ENTRY.ID, TIME_ENTRY.WORK_DATE, TIME_ENTRY.MINUTES, TIME_ENTRY.USER_ID,
                        APP_USER.DISPLAY_NAME, TIME_ENTRY.DESCRIPTION)
                .from(TIME_ENTRY).join(APP_USER).on(APP_USER.ID.eq(TIME_ENTRY.USER_ID))
                .where(TIME_ENTRY.DOCUMENT_TYPE.eq(ref.type()).and(TIME_ENTRY.DOCUMENT_ID.eq(ref.id())))
                .orderBy(TIME_ENTRY.WORK_DATE.desc(), TIME_ENTRY.ID.desc())
                .fetch(Records.mapping(TimeEntry::new));
    }

    public long insert(DocumentRef ref, long userId, LocalDate workDate, int minutes, String description) {
        return db.insertInto(TIME_ENTRY)
                .set(TIME_ENTRY.DOCUMENT_TYPE, ref.type())
                .set(TIME_ENTRY.DOCUMENT_ID, ref.id())
                .set(TIME_ENTRY.USER_ID, userId)
                .set(TIME_ENTRY.WORK_DATE, workDate)
                .set(TIME_ENTRY.MINUTES, minutes)
                .set(TIME_ENTRY.DESCRIPTION, description)
                .set(TIME_ENTRY.CREATED_AT, Instant.now())
                .returningResult(TIME_ENTRY.ID)
                .fetchOne(TIME_ENTRY.ID);
    }

    public List<StaffMember> staff() {
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.KIND.eq(UserKind.INTERNAL).and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(Records.mapping(StaffMember::new));
    }
}
