package io.github.migrationtest.core.lock.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

/** A statement whose executions are traced after they succeed. */
final class TracingStatement implements InvocationHandler {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");

    private final Recorder recorder;
    private final SessionState session;
    private final Connection connection;
    private final Statement target;
    private final String preparedSql;

    TracingStatement(Recorder recorder, SessionState session, Connection connection, Statement target,
            String preparedSql) {
        this.recorder = recorder;
        this.session = session;
        this.connection = connection;
        this.target = target;
        this.preparedSql = preparedSql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
            return connection;
        }
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text
                : (args == null || args.length == 0) ? preparedSql : null;
        if (!EXECUTES.contains(method.getName()) || sql == null || !recorder.armed()) {
            return TracingConnection.invokeOn(target, method, args);
        }
        return recorder.run(session, sql, () -> TracingConnection.invokeOn(target, method, args));
    }
}
