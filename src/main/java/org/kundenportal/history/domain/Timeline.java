package org.kundenportal.history.domain;

import java.util.List;

/** The newest entries of a document's history, newest first, and how many there are in all. */
public record Timeline(List<HistoryEntry> entries, int total) {

    public boolean hasOlder() {
        return entries.size() < total;
    }
}
