-- The integration API's lists read changes in (time, id) order from a cursor: tickets by their last change,
-- history messages by their creation, across all companies.
CREATE INDEX ticket_changed_idx ON ticket (updated_at, id);
CREATE INDEX history_entry_created_idx ON history_entry (created_at, id);
