package org.kundenportal.base.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Reads the pages of one lazy grid so that a page deep down a long list costs about what the first page costs.
 * OFFSET makes the database read and throw away every row before the page; a list of 100,000 invoices then needs
 * a second for its last page. So a grid keeps one of these, and each page is found the cheapest way:
 * <ul>
 *   <li>after a page it has read (scrolling on), by its sort key ("seek", keyset pagination): the rows after the last
 *   row of that page, read straight from the index;</li>
 *   <li>in the second half of the list, from the end: the order reversed, so the last page is a first page;</li>
 *   <li>otherwise (a jump into the middle) by OFFSET, but over the ids alone, which the list's index holds, and only
 *   the page's rows are read in full.</li>
 * </ul>
 * The sort keys of a few rows (bookmarks) and the last count are all it keeps; they belong to one filter and sort and
 * are forgotten when either changes. Without a count or bookmarks (a fresh instance) it pages by OFFSET, exactly.
 * Not thread-safe: one per grid, used under the UI's lock.
 */
public final class ListPages {

    /** Enough for scrolling on and back a little; each is one row's sort key. */
    private static final int MAX_BOOKMARKS = 8;
    /**
     * Reading from the end pays when it skips far fewer rows. Not for short lists: a filter's few rows often lie at
     * one end of the index (e.g. this month's open invoices), and from the other end MariaDB would pass them all.
     */
    private static final int WORTH_REVERSING = 1_000;

    /** position in the list → the sort key of the row there, for the current filter and sort */
    private final TreeMap<Integer, List<Object>> bookmarks = new TreeMap<>();
    private final int worthReversing;
    private Object filter;
    private String order;
    private Integer total;

    public ListPages() {
        this(WORTH_REVERSING);
    }

    /** @param worthReversing how many rows reading from the end must save (tests page small lists from the end) */
    ListPages(int worthReversing) {
        this.worthReversing = worthReversing;
    }

    /** Remembers the list's size the grid just counted (for this filter), and returns it. */
    public int counted(Object filter, int count) {
        use(filter, order);
        total = count;
        return count;
    }

    /**
     * One page of {@code select fields from from where condition order by orderBy offset offset limit limit}.
     *
     * @param id      the list's table's primary key; it must end {@code orderBy}, which makes the order total
     * @param from    the list's table and what it is joined with; the joins must not drop rows (left joins, or inner
     *                joins along NOT NULL foreign keys): the ids of a page are read from the list's table alone when
     *                the condition and the order name no other table
     * @param filter  what the condition was made of (compared with equals), so bookmarks and count stay with it
     */
    public List<Record> fetch(DSLContext db, Field<Long> id, List<? extends SelectField<?>> fields, Table<?> from,
                              Condition condition, List<SortField<?>> orderBy, Object filter, int offset, int limit) {
        if (orderBy.isEmpty() || !orderBy.getLast().$field().equals(id)) {
            throw new IllegalArgumentException("The order must end with the id, to be total: " + orderBy);
        }
        use(filter, orderBy.toString());
        List<Field<?>> keys = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            keys.add(orderBy.get(i).$field().as("page_key_" + i));
        }
        List<SelectField<?>> select = new ArrayList<>(fields);
        select.addAll(keys);
        Table<?> keyTable = keyTable(db, id, from, condition, orderBy);

        Map.Entry<Integer, List<Object>> bookmark = bookmarks.floorEntry(offset - 1);
        int afterBookmark = bookmark == null ? Integer.MAX_VALUE : offset - bookmark.getKey() - 1;
        int fromEnd = total == null ? Integer.MAX_VALUE : total - offset - limit;
        List<Record> rows;
        if (offset > 0 && afterBookmark <= Math.min(offset, Math.max(fromEnd, 0))) {
            Condition after = condition.and(after(orderBy, bookmark.getValue()));
            rows = read(db, id, keyTable, select, from, after, orderBy, afterBookmark, limit);
        } else if (total != null && offset - Math.max(fromEnd, 0) > worthReversing) {
            int rowsLeft = Math.min(limit, total - offset);
            if (rowsLeft <= 0) {
                return List.of();
            }
            rows = new ArrayList<>(read(db, id, keyTable, select, from, condition, reversed(orderBy), Math.max(fromEnd, 0),
                    rowsLeft));
            Collections.reverse(rows);
        } else {
            rows = read(db, id, keyTable, select, from, condition, orderBy, offset, limit);
        }
        if (!rows.isEmpty()) {
            bookmark(offset + rows.size() - 1, rows.getLast(), keys);
        }
        return rows;
    }

    /**
     * The rows of one page: first their ids, read (and skipped, and sorted where no index gives the order) from the
     * list's index alone; then only these rows in full. Sorting or skipping whole rows would read every one of them.
     */
    private static List<Record> read(DSLContext db, Field<Long> id, Table<?> keyTable, List<SelectField<?>> select,
                                     Table<?> from, Condition condition, List<SortField<?>> orderBy, int skip, int limit) {
        // MariaDB allows no LIMIT in an IN subquery, but in a derived table inside one
        Table<?> page = db.select(id).from(keyTable).where(condition).orderBy(orderBy).offset(skip).limit(limit)
                .asTable("page");
        return List.copyOf(db.select(select).from(from)
                .where(id.in(DSL.select(page.field(id)).from(page)))
                .orderBy(orderBy)
                .fetch());
    }

    private static final Pattern QUALIFIER = Pattern.compile("`([^`]+)`\\.`");

    /**
     * Where the page's ids are read from: the list's table alone when the condition and the order name no other
     * table. MariaDB drops an unused left join, but not the columns its ON clause reads, and those make it read the
     * rows instead of the index.
     */
    private static Table<?> keyTable(DSLContext db, Field<Long> id, Table<?> from, Condition condition,
                                     List<SortField<?>> orderBy) {
        if (!(id instanceof TableField<?, ?> column)) {
            return from;
        }
        Table<?> table = column.getTable();
        Matcher qualifiers = QUALIFIER.matcher(db.render(condition) + " " + orderBy.stream().map(db::render).toList());
        while (qualifiers.find()) {
            if (!qualifiers.group(1).equals(table.getName())) {
                return from;
            }
        }
        return table;
    }

    /** Bookmarks hold for one filter and order, the count for one filter. */
    private void use(Object filter, String order) {
        if (!Objects.equals(filter, this.filter)) {
            total = null;
            bookmarks.clear();
        } else if (!Objects.equals(order, this.order)) {
            bookmarks.clear();
        }
        this.filter = filter;
        this.order = order;
    }

    private void bookmark(int position, Record row, List<Field<?>> keys) {
        List<Object> key = new ArrayList<>(keys.size());
        for (Field<?> field : keys) {
            Object value = row.get(field);
            if (value == null) {
                return;
            }
            key.add(value);
        }
        bookmarks.put(position, List.copyOf(key));
        while (bookmarks.size() > MAX_BOOKMARKS) {
            // keep the ones near the position the grid is at
            int first = bookmarks.firstKey();
            int last = bookmarks.lastKey();
            bookmarks.remove(position - first > last - position ? first : last);
        }
    }

    /**
     * Rows after the one with that sort key in this order: (a > x) or (a = x and b > y) or ... for ascending keys,
     * "<" for descending ones. MariaDB sorts NULL first, so after a key in descending order NULLs still follow: also
     * of columns declared NOT NULL, which are NULL where a left join found nothing.
     */
    @SuppressWarnings("unchecked")
    static Condition after(List<SortField<?>> orderBy, List<Object> key) {
        Condition after = DSL.noCondition();
        Condition equalSoFar = DSL.noCondition();
        for (int i = 0; i < orderBy.size(); i++) {
            Field<Object> field = (Field<Object>) orderBy.get(i).$field();
            Object value = key.get(i);
            Condition beyond = orderBy.get(i).$sortOrder() == SortOrder.DESC ? field.lt(value).or(field.isNull())
                    : field.gt(value);
            after = after.or(equalSoFar.and(beyond));
            equalSoFar = equalSoFar.and(field.eq(value));
        }
        return after;
    }

    private static List<SortField<?>> reversed(List<SortField<?>> orderBy) {
        return orderBy.stream()
                .<SortField<?>>map(sort -> sort.$sortOrder() == SortOrder.DESC ? sort.$field().asc() : sort.$field().desc())
                .toList();
    }
}
