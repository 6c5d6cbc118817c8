package org.kundenportal.base.db;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * Replacing a document's child rows (its lines, a signature request's fields) as "delete them, insert the new ones".
 * A DELETE that finds nothing still locks the index gap where the rows would be, and for a new document that is the
 * gap at the end, where every other new document's rows go too: two documents written at the same moment then each
 * waited for the other's gap lock, and MariaDB refused one of them as a deadlock (found by CrashSafetyTest). So the
 * DELETE only runs when a plain read, which locks nothing, finds rows to delete.
 */
public final class ChildRows {

    private ChildRows() {
    }

    /**
     * Deletes the rows the condition selects, if there are any. The caller's transaction must own the parent (a new
     * document, or its row updated first under its version), so that nobody adds rows between the read and the write.
     */
    public static int deleteExisting(DSLContext db, Table<?> table, Condition condition) {
        return db.fetchExists(table, condition) ? db.deleteFrom(table).where(condition).execute() : 0;
    }
}
