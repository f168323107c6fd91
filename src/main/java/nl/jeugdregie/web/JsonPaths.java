package nl.jeugdregie.web;

import tools.jackson.core.JacksonException;

/**
 * The JSON path of the value Jackson failed on, as a problem's field: {@code lines[0].amountCents}.
 */
final class JsonPaths {

  private JsonPaths() {}

  static String of(JacksonException e) {
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
}
