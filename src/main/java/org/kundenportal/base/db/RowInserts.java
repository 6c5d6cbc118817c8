package org.kundenportal.base.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Many rows of one table in multi-row inserts of up to {@value #ROWS_PER_STATEMENT} rows, their values bound
 * straight to the JDBC statement. For bulk imports only: building them as jOOQ values cost more than the database's
 * insert itself (receipts:batch bench, issue 12). Values must be plain JDBC types: no converters run (an {@code Instant} column takes its UTC
 * {@code LocalDateTime}).
 */
public final class RowInserts {

    static final int ROWS_PER_STATEMENT = 1000;

    private final DSLContext db;
    private final String head;
    private final String row;
    private final int width;
    private final List<Object[]> rows = new ArrayList<>();
    private String fullChunk;

    public RowInserts(DSLContext db, Table<?> table, List<Field<?>> fields) {
        this.db = db;
        this.width = fields.size();
        this.head = "insert into " + db.render(table) + " ("
                + fields.stream().map(field -> db.render(field.getUnqualifiedName())).collect(Collectors.joining(", "))
                + ") values ";
        this.row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    }

    /** The statement for so many rows; a full chunk's is made once. */
    private String values(int rowCount) {
        if (rowCount == ROWS_PER_STATEMENT && fullChunk != null) {
            return fullChunk;
        }
        String sql = head + String.join(", ", Collections.nCopies(rowCount, row));
        if (rowCount == ROWS_PER_STATEMENT) {
            fullChunk = sql;
        }
        return sql;
    }

    public void add(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("A row needs " + width + " values, not " + values.length);
        }
        rows.add(values);
    }

    /** Writes the rows added so far. */
    public void execute() {
        if (rows.isEmpty()) {
            return;
        }
        db.connection(connection -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                insert(connection, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
            }
        });
        rows.clear();
    }

    /**
     * Writes the rows added so far and answers the generated ids by the value of a unique column, since a
     * multi-row insert need not hand out consecutive ids (Galera's interleaved auto-increment). MariaDB's
     * {@code INSERT ... RETURNING}.
     */
    public Map<String, Long> executeReturningIds(Field<Long> id, Field<String> key) {
        Map<String, Long> ids = new HashMap<>();
        String returning = " returning " + db.render(id.getUnqualifiedName()) + ", " + db.render(key.getUnqualifiedName());
        db.connection(connection -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                try (PreparedStatement statement = prepare(connection,
                        rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)), returning);
                     ResultSet written = statement.executeQuery()) {
                    while (written.next()) {
                        ids.put(written.getString(2), written.getLong(1));
                    }
                }
            }
        });
        rows.clear();
        return ids;
    }

    private void insert(Connection connection, List<Object[]> chunk) throws SQLException {
        try (PreparedStatement statement = prepare(connection, chunk, "")) {
            statement.executeUpdate();
        }
    }

    private PreparedStatement prepare(Connection connection, List<Object[]> chunk, String tail) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(values(chunk.size()) + tail);
        int index = 1;
        for (Object[] values : chunk) {
            for (Object value : values) {
                bind(statement, index++, value);
            }
        }
        return statement;
    }

    /** The driver's typed setters: its {@code setObject} tries every codec in turn, a tenth of a bulk import's time. */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case String text -> statement.setString(index, text);
            case BigDecimal decimal -> statement.setBigDecimal(index, decimal);
            case Long number -> statement.setLong(index, number);
            case Integer number -> statement.setInt(index, number);
            default -> statement.setObject(index, value);
        }
    }
}
