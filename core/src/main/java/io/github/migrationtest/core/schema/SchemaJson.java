package io.github.migrationtest.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stable JSON form of a {@link SchemaSnapshot}, so that a snapshot can be committed and reviewed (golden files).
 *
 * <p>The form is deterministic: objects in snapshot order (by kind, then path), each with its {@code kind} label and
 * {@code path} first and then the record's components sorted by name; an absent optional value is {@code null}, an
 * enum constant its name; two-space indentation, {@code \n} line ends and a final new line on every platform.
 * Snapshots hold no OIDs or other volatile values, so neither does the JSON.
 * <pre>
 * {
 *   "format" : 1,
 *   "objects" : [
 *     {
 *       "kind" : "schema",
 *       "path" : "public",
 *       "name" : "public",
 *       "owner" : "pg_database_owner"
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>The components, not {@link SchemaObject#properties()}, are written, because the path alone cannot be split back
 * into names that may contain dots; {@code kind} and {@code path} are written for the reader and checked on reading.
 *
 * @since 0.1
 */
public final class SchemaJson {

    /** The version of the form; a later version that changes it will still read this one. */
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<ObjectKind, Class<? extends SchemaObject>> RECORDS = records();

    private SchemaJson() {
    }

    /**
     * The snapshot as JSON.
     *
     * @param snapshot the snapshot
     * @return pretty, deterministic JSON ending with a new line
     */
    public static String write(SchemaSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        ArrayNode objects = root.putArray("objects");
        for (SchemaObject object : snapshot.objects()) {
            ObjectNode node = objects.addObject();
            node.put("kind", object.kind().label());
            node.put("path", object.path());
            RecordComponent[] components = object.getClass().getRecordComponents();
            Arrays.stream(components).sorted(Comparator.comparing(RecordComponent::getName))
                    .forEach(component -> node.set(component.getName(), toJson(value(component, object))));
        }
        // the default indenter uses the platform's line separator; golden files must not depend on it
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write snapshot as JSON", e);
        }
    }

    /**
     * The snapshot a JSON form written by {@link #write(SchemaSnapshot)} holds.
     *
     * @param json the JSON
     * @return the snapshot, equal to the one written
     * @throws IllegalArgumentException if the JSON is not a snapshot's form, naming the object at fault
     */
    public static SchemaSnapshot read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("objects").isArray() || root.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("not a schema snapshot of format " + FORMAT
                    + ": expected {\"format\" : " + FORMAT + ", \"objects\" : [...]}");
        }
        List<SchemaObject> objects = new ArrayList<>();
        for (JsonNode node : root.get("objects")) {
            objects.add(object(node));
        }
        return SchemaSnapshot.of(objects);
    }

    private static SchemaObject object(JsonNode node) {
        String label = node.path("kind").asText();
        String path = node.path("path").asText();
        ObjectKind kind = Arrays.stream(ObjectKind.values()).filter(k -> k.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + label + "\" of " + path));
        Class<? extends SchemaObject> type = RECORDS.get(kind);
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonNode value = node.get(component.getName());
            if (value == null) {
                throw new IllegalArgumentException(label + " " + path + ": missing \"" + component.getName() + "\"");
            }
            arguments[i] = fromJson(value, component.getGenericType(), label + " " + path);
            types[i] = component.getType();
        }
        SchemaObject object;
        try {
            object = type.getDeclaredConstructor(types).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(label + " " + path + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (object.kind() != kind || !object.path().equals(path)) {
            throw new IllegalArgumentException(label + " " + path + ": its fields make " + object.kind() + " "
                    + object.path());
        }
        return object;
    }

    private static Object value(RecordComponent component, SchemaObject object) {
        try {
            return component.getAccessor().invoke(object);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode toJson(Object value) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        if (value instanceof Optional<?> optional) {
            return optional.map(SchemaJson::toJson).orElse(factory.nullNode());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = factory.arrayNode();
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof Enum<?> constant) {
            return factory.textNode(constant.name());
        }
        if (value instanceof Boolean b) {
            return factory.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return factory.numberNode(i);
        }
        if (value instanceof Long l) {
            return factory.numberNode(l);
        }
        if (value instanceof String s) {
            return factory.textNode(s);
        }
        throw new IllegalStateException("no JSON form for " + value.getClass());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromJson(JsonNode node, Type type, String object) {
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (parameterized.getRawType() == Optional.class) {
                return node.isNull() ? Optional.empty() : Optional.of(fromJson(node, element, object));
            }
            if (!node.isArray()) {
                throw new IllegalArgumentException(object + ": expected an array, got " + node);
            }
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(fromJson(item, element, object)));
            return List.copyOf(list);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == boolean.class && node.isBoolean()) {
            return node.booleanValue();
        }
        if (raw == int.class && node.canConvertToInt()) {
            return node.intValue();
        }
        if ((raw == long.class || raw == Long.class) && node.canConvertToLong()) {
            return node.longValue();
        }
        if (raw == String.class && node.isTextual()) {
            return node.textValue();
        }
        if (raw.isEnum() && node.isTextual()) {
            try {
                return Enum.valueOf((Class<? extends Enum>) raw, node.textValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(object + ": " + node + " is not one of "
                        + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList(), e);
            }
        }
        throw new IllegalArgumentException(object + ": expected " + raw.getSimpleName() + ", got " + node);
    }

    private static Map<ObjectKind, Class<? extends SchemaObject>> records() {
        Map<ObjectKind, Class<? extends SchemaObject>> records = new EnumMap<>(ObjectKind.class);
        records.put(ObjectKind.SCHEMA, NamespaceSnapshot.class);
        records.put(ObjectKind.ENUM_TYPE, EnumTypeSnapshot.class);
        records.put(ObjectKind.SEQUENCE, SequenceSnapshot.class);
        records.put(ObjectKind.TABLE, TableSnapshot.class);
        records.put(ObjectKind.COLUMN, ColumnSnapshot.class);
        records.put(ObjectKind.CONSTRAINT, ConstraintSnapshot.class);
        records.put(ObjectKind.INDEX, IndexSnapshot.class);
        records.put(ObjectKind.VIEW, ViewSnapshot.class);
        records.put(ObjectKind.MATERIALIZED_VIEW, ViewSnapshot.class);
        records.put(ObjectKind.FUNCTION, FunctionSnapshot.class);
        records.put(ObjectKind.TRIGGER, TriggerSnapshot.class);
        records.put(ObjectKind.POLICY, PolicySnapshot.class);
        records.put(ObjectKind.GRANT, GrantSnapshot.class);
        records.put(ObjectKind.DEFAULT_PRIVILEGES, DefaultPrivilegeSnapshot.class);
        records.put(ObjectKind.EXTENSION, ExtensionSnapshot.class);
        records.put(ObjectKind.DOMAIN, DomainSnapshot.class);
        records.put(ObjectKind.COMPOSITE_TYPE, CompositeTypeSnapshot.class);
        records.put(ObjectKind.COMMENT, CommentSnapshot.class);
        return records;
    }
}
