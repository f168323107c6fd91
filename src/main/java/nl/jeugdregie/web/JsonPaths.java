package nl.jeugdregie.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * The JSON path of a value in a request body, as a problem's field: {@code lines[0].amountCents},
 * prefixed with the body's {@link BodyRoot} where it has one ({@code declaration.lines[0]...}), the
 * way the domain parsers name fields.
 */
final class JsonPaths {

  private JsonPaths() {}

  /** Where Jackson failed; a duplicate key, which Jackson reports without a path, included. */
  static String of(JacksonException e) {
    // the parser stands on the repeated key; databind's path stops at the object holding it
    if (isDuplicateKey(e) && e.processor() instanceof JsonParser parser) {
      return of(parser.streamReadContext());
    }
    StringBuilder path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) path.append('.');
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Jackson's STRICT_DUPLICATE_DETECTION error; it has no type of its own. */
  static boolean isDuplicateKey(JacksonException e) {
    return e instanceof StreamReadException
        && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
  }

  /** The path of the parser's current position: the key it was reading. */
  private static String of(@Nullable TokenStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      else if (c.currentName() != null) parts.push("." + c.currentName());
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** {@code prefix.path} with the body's root, or the path alone. */
  static String rooted(@Nullable Class<?> body, String path) {
    BodyRoot root = body == null ? null : body.getAnnotation(BodyRoot.class);
    if (root == null) return path;
    if (path.isEmpty()) return root.value();
    return root.value() + (path.startsWith("[") ? "" : ".") + path;
  }

  /**
   * A Bean Validation path of Java names ({@code added[0].desiredStart}) in the body's JSON names
   * ({@code new[0].desiredStart}), following {@link JsonProperty} on the record components.
   */
  static String jsonNames(@Nullable Class<?> body, String javaPath) {
    StringBuilder out = new StringBuilder();
    Type current = body;
    for (String segment : javaPath.split("\\.")) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      String json = name;
      Type next = null;
      if (current instanceof Class<?> type && type.isRecord()) {
        try {
          Field field = type.getDeclaredField(name);
          JsonProperty property = field.getAnnotation(JsonProperty.class);
          if (property != null && !property.value().isEmpty()) json = property.value();
          next = field.getGenericType();
        } catch (NoSuchFieldException e) {
          // not a component: keep the Java name
        }
      }
      if (!out.isEmpty()) out.append('.');
      out.append(json);
      if (bracket >= 0) {
        out.append(segment.substring(bracket));
        next = elementOf(next);
      }
      current = next;
    }
    return out.toString();
  }

  private static @Nullable Type elementOf(@Nullable Type type) {
    if (type instanceof ParameterizedType list
        && list.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      Type element = list.getActualTypeArguments()[0];
      return element instanceof ParameterizedType p ? p.getRawType() : element;
    }
    return null;
  }
}
