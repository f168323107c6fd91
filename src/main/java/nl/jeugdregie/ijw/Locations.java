package nl.jeugdregie.ijw;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Unmarshaller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Where each bound object of a message was read: its element, its position among equally named
 * siblings and its line. JAXB tells us each object as it starts (an unmarshal listener) while the
 * StAX reader stands on that object's start tag, so a rule can point at the very class it judges
 * without keeping a DOM, also while a large message streams.
 */
final class Locations extends Unmarshaller.Listener {

  /** {@code above}: for a part read on its own (no parent), the XPath of where it stands. */
  private record Node(@Nullable Object parent, String above, String name, int index, int line) {}

  private final XMLStreamReader reader;
  private final Map<Object, Node> nodes = new IdentityHashMap<>();
  private final Map<Object, Map<String, Integer>> childCounts = new IdentityHashMap<>();
  private final Map<String, Integer> rootCounts = new HashMap<>();
  private String above = "";

  Locations(XMLStreamReader reader) {
    this.reader = reader;
  }

  @Override
  public void beforeUnmarshal(Object target, @Nullable Object parent) {
    if (target instanceof JAXBElement<?>) return;
    Object owner = parent instanceof JAXBElement<?> ? null : parent;
    String name = reader.isStartElement() ? reader.getLocalName() : "?";
    Map<String, Integer> counts =
        owner == null ? rootCounts : childCounts.computeIfAbsent(owner, o -> new HashMap<>());
    int index = counts.merge(name, 1, Integer::sum);
    nodes.put(target, new Node(owner, above, name, index, reader.getLocation().getLineNumber()));
  }

  /**
   * Where the parts read next stand, when a message is read part by part: e.g. {@code
   * /Bericht/Declaratie/Clienten} before its Clients are read one at a time.
   */
  void under(String xpath) {
    above = xpath;
  }

  /**
   * Forgets {@code owner} and the objects below it, once a streamed part has been judged, so
   * neither they nor their places are held any longer.
   */
  void forget(Object owner) {
    List<Object> gone = new ArrayList<>();
    gone.add(owner);
    for (Map.Entry<Object, Node> entry : nodes.entrySet()) {
      if (below(entry.getValue(), owner)) gone.add(entry.getKey());
    }
    for (Object object : gone) {
      nodes.remove(object);
      childCounts.remove(object);
    }
  }

  private boolean below(Node node, Object owner) {
    for (Object p = node.parent(); p != null; ) {
      if (p == owner) return true;
      Node up = nodes.get(p);
      p = up == null ? null : up.parent();
    }
    return false;
  }

  /** The line of {@code object}'s start tag; 0 when it was not read from a message. */
  int line(Object object) {
    Node node = nodes.get(object);
    return node == null ? 0 : node.line();
  }

  /** The XPath of {@code object}; a position only where the parent has more than one such. */
  String xpath(Object object) {
    Node node = nodes.get(object);
    if (node == null) return "?";
    String step = node.name();
    Object parent = node.parent();
    Map<String, Integer> counts =
        parent == null ? rootCounts : childCounts.getOrDefault(parent, Map.of());
    if (counts.getOrDefault(node.name(), 1) > 1) step += "[" + node.index() + "]";
    return (parent == null ? node.above() : xpath(parent)) + "/" + step;
  }
}
