package org.kundenportal.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Multi-row INSERTs over plain JDBC: many rows per statement is what makes a million documents take minutes.
 * Table and column names come from the app's generated jOOQ classes, so a schema change breaks the build, not
 * the data.
 */
final class BulkInsert implements AutoCloseable {

    /** MariaDB allows 65,535 placeholders per statement; far fewer keep the packets small. */
    private static final int MAX_PARAMETERS = 20_000;

    private final Connection connection;
    /** Rows whose foreign keys point at the parent's rows are written after the parent's. */
    private final BulkInsert parent;
    private final String prefix;
    private final String rowPlaceholders;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object[]> rows = new ArrayList<>();
    private PreparedStatement fullStatement;
    private long inserted;

    BulkInsert(Connection connection, Table<?> table, Field<?>... fields) {
        this(connection, null, table, fields);
    }

    BulkInsert(Connection connection, BulkInsert parent, Table<?> table, Field<?>... fields) {
        this.connection = connection;
        this.parent = parent;
        this.columns = fields.length;
        this.prefix = "INSERT INTO " + table.getName() + " ("
                + Arrays.stream(fields).map(Field::getName).collect(Collectors.joining(", ")) + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        this.rowsPerStatement = Math.max(1, Math.min(1000, MAX_PARAMETERS / columns));
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length + " for " + prefix);
        }
        rows.add(values);
        if (rows.size() == rowsPerStatement) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() == rowsPerStatement) {
            if (fullStatement == null) {
                fullStatement = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(fullStatement);
        } else {
            try (PreparedStatement statement = connection.prepareStatement(sql(rows.size()))) {
                execute(statement);
            }
        }
    }

    long inserted() {
        return inserted;
    }

    private String sql(int rowCount) {
        return prefix + String.join(", ", java.util.Collections.nCopies(rowCount, rowPlaceholders));
    }

    private void execute(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    statement.setNull(index++, Types.NULL);
                } else {
                    statement.setObject(index++, value);
                }
            }
        }
        statement.executeUpdate();
        inserted += rows.size();
        rows.clear();
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (fullStatement != null) {
            fullStatement.close();
        }
    }
}
