package io.github.migrationtest.core.compat.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * JDBC proxies that pass every call through and record the statements executed successfully: plain statements by
 * their text, prepared statements with the values set through the common {@code setXxx} methods.
 */
public final class RecordingProxies {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private RecordingProxies() {
    }

    /** A data source whose connections record into {@code sink}. */
    public static DataSource dataSource(DataSource target, RecordedStatements sink) {
        return proxy(DataSource.class, target, (method, args, result) ->
                result instanceof Connection connection ? connection(connection, sink) : result);
    }

    private static Connection connection(Connection target, RecordedStatements sink) {
        return proxy(Connection.class, target, (method, args, result) -> {
            if (result instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")) {
                return prepared(prepared, (String) args[0], sink);
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return statement(statement, sink);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, RecordedStatements sink) {
        return proxy(Statement.class, target, (method, args, result) -> {
            if (EXECUTES.contains(method.getName()) && args != null && args[0] instanceof String sql) {
                sink.record(sql, List.of(), List.of());
            }
            return result;
        });
    }

    private static PreparedStatement prepared(PreparedStatement target, String sql, RecordedStatements sink) {
        TreeMap<Integer, String[]> values = new TreeMap<>();
        return proxy(PreparedStatement.class, target, (method, args, result) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                values.put(index, literal(name, args));
            } else if (name.equals("clearParameters")) {
                values.clear();
            } else if (EXECUTES.contains(name) && (args == null || args.length == 0)) {
                sink.record(sql, column(values, 0), column(values, 1));
            }
            return result;
        });
    }

    // null when a value is missing or was set in a way not captured
    private static List<String> column(TreeMap<Integer, String[]> values, int which) {
        List<String> out = new ArrayList<>();
        int expected = 1;
        for (var entry : values.entrySet()) {
            if (entry.getKey() != expected++ || entry.getValue() == null || entry.getValue()[which] == null) {
                return null;
            }
            out.add(entry.getValue()[which]);
        }
        return out;
    }

    // {literal, type}, either null when unknown
    private static String[] literal(String setter, Object[] args) {
        Object value = args[1];
        if (setter.equals("setNull")) {
            return new String[] {"NULL", args[1] instanceof Integer sqlType ? typeOf(sqlType) : null};
        }
        if (value == null) {
            return new String[] {"NULL", null};
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            String type = value instanceof Integer ? "integer" : value instanceof Long ? "bigint" : "smallint";
            return new String[] {value.toString(), type};
        }
        if (value instanceof BigDecimal decimal) {
            return new String[] {decimal.toPlainString(), "numeric"};
        }
        if (value instanceof Double number && Double.isFinite(number)) {
            return new String[] {number.toString(), "double precision"};
        }
        if (value instanceof Boolean bool) {
            return new String[] {bool.toString(), "boolean"};
        }
        if (value instanceof String text) {
            return new String[] {quote(text), "character varying"};
        }
        String type = value instanceof UUID ? "uuid" : value instanceof LocalDate ? "date"
                : value instanceof LocalDateTime ? "timestamp without time zone"
                : value instanceof OffsetDateTime ? "timestamp with time zone" : null;
        return new String[] {type == null ? null : quote(value.toString()), type};
    }

    private static String typeOf(int sqlType) {
        return switch (sqlType) {
            case Types.INTEGER -> "integer";
            case Types.BIGINT -> "bigint";
            case Types.SMALLINT -> "smallint";
            case Types.NUMERIC, Types.DECIMAL -> "numeric";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.VARCHAR -> "character varying";
            case Types.DATE -> "date";
            default -> null;
        };
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.after(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(RecordingProxies.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
