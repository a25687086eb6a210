package io.github.migrationtest.core.lock.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A connection whose statements are traced, and whose commits, rollbacks and closes end the traced transaction (when
 * its locks are released).
 */
final class TracingConnection implements InvocationHandler {

    private final Recorder recorder;
    private final SessionState session;

    TracingConnection(Recorder recorder, SessionState session) {
        this.recorder = recorder;
        this.session = session;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        // a commit, rollback or close ends an open transaction; setAutoCommit(true) commits it
        boolean ends = (name.equals("commit") || name.equals("close") || (name.equals("rollback") && args == null)
                || (name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])))
                && !session.raw.isClosed() && !session.raw.getAutoCommit();
        Object result = invokeOn(session.raw, method, args);
        if (ends) {
            recorder.ended(session);
        }
        if (result instanceof CallableStatement) {
            return result; // procedure calls run untraced
        }
        if (result instanceof PreparedStatement prepared) {
            return wrap(proxy, prepared, PreparedStatement.class, (String) args[0]);
        }
        if (result instanceof Statement statement) {
            return wrap(proxy, statement, Statement.class, null);
        }
        return result;
    }

    private Object wrap(Object connection, Statement statement, Class<? extends Statement> type, String sql) {
        return Proxy.newProxyInstance(Recorder.class.getClassLoader(), new Class<?>[] {type},
                new TracingStatement(recorder, session, (Connection) connection, statement, sql));
    }

    static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
