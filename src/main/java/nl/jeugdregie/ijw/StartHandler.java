package nl.jeugdregie.ijw;

import java.util.Set;
import nl.jeugdregie.ijw.xml.jw305.Root;
import nl.jeugdregie.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * JW305 Start Jeugdhulp (ijw.md §2.5, §3.9): the provider reports that delivery of allocated
 * products began, or withdraws such a report; answered with a JW306. The content rules are {@link
 * DeliveryMessageRules}, the rest {@link Regieberichten}.
 */
@Component
class StartHandler implements MessageHandler {

  private final Regieberichten regieberichten;

  StartHandler(Regieberichten regieberichten) {
    this.regieberichten = regieberichten;
  }

  @Override
  public Set<MessageType> types() {
    return Set.of(MessageType.JW305);
  }

  @Override
  public Handled handle(Actor actor, Received message) {
    IjwXml.Read<Root> read = IjwXml.read(message.xml(), Root.class);
    Root root = read.root();
    return regieberichten.answer(
        actor,
        message,
        DeliveryMessages.of(root),
        DeliveryMessageRules.start(read),
        root.getHeader(),
        root.getClient().getStartProducten().getStartProduct());
  }
}
