package nl.jeugdregie.ijw;

import java.util.Set;
import nl.jeugdregie.ijw.xml.jw307.Root;
import nl.jeugdregie.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * JW307 Stop Jeugdhulp (ijw.md §2.5, §3.10): the provider reports that delivery stopped,
 * temporarily (RedenBeeindiging 20) or for good, or withdraws such a report; answered with a JW308.
 * The content rules are {@link DeliveryMessageRules}, the rest {@link Regieberichten}.
 */
@Component
class StopHandler implements MessageHandler {

  private final Regieberichten regieberichten;

  StopHandler(Regieberichten regieberichten) {
    this.regieberichten = regieberichten;
  }

  @Override
  public Set<MessageType> types() {
    return Set.of(MessageType.JW307);
  }

  @Override
  public Handled handle(Actor actor, Received message) {
    IjwXml.Read<Root> read = IjwXml.read(message.xml(), Root.class);
    Root root = read.root();
    return regieberichten.answer(
        actor,
        message,
        DeliveryMessages.of(root),
        DeliveryMessageRules.stop(read),
        root.getHeader(),
        root.getClient().getStopProducten().getStopProduct());
  }
}
