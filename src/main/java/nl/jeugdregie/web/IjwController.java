package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import nl.jeugdregie.ijw.Inbox;
import nl.jeugdregie.ijw.Reply;
import nl.jeugdregie.ijw.XsdCheck;
import nl.jeugdregie.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * iJw 3.2 messages in (ijw.md §2.1): one raw message per request, the type from its namespace,
 * answered with the XML the standard prescribes: the retour (JW306, JW308, JW316, JW318), or a
 * JW325 for a JW323; a retour we receive (JW302, JW320) gets 204. A message that fails its XSD gets
 * 400 problem details with every finding and nothing is stored.
 */
@RestController
@RequestMapping(path = "/api/v1/ijw")
class IjwController {

  /** Set on an answer given before: the same message (identification and bytes) came again. */
  static final String REPLAYED = "Jeugdregie-Replayed";

  private final Inbox inbox;

  IjwController(Inbox inbox) {
    this.inbox = inbox;
  }

  @PostMapping(
      path = "/messages",
      consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
      produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  ResponseEntity<byte[]> receive(Actor actor, HttpServletRequest request) throws IOException {
    // the role first, before the body is read: no other role gets to upload 25 MB
    Inbox.maySend(actor);
    byte[] message;
    try (InputStream body = request.getInputStream()) {
      // one byte over the limit is enough for the XSD check to refuse it as too large
      message = body.readNBytes(XsdCheck.MAX_BYTES + 1);
    }
    Reply reply = inbox.receive(actor, message);
    byte[] xml = reply.xml();
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (reply.replayed()) answer.header(REPLAYED, "true");
    if (xml == null) return ResponseEntity.noContent().build();
    return answer.contentType(MediaType.APPLICATION_XML).body(xml);
  }
}
