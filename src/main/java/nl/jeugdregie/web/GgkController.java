package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import nl.jeugdregie.ggk.GgkEdge;
import nl.jeugdregie.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The StUF-GGk web service OntvangAsynchroon (SOAP 1.1, document/literal; ijw.md §7.2,
 * docs/ggk.md): the GGk posts each envelope here and gets a Bv03 (200) or a SOAP Fault with a Fo03
 * (500). Only the GGk connection may call it, signed in as a technical account with the
 * administrator role; any other role gets 403. {@code GET ?wsdl} gives the service description.
 */
@RestController
@RequestMapping(path = "/ggk")
class GgkController {

  /** SOAP 1.1 is text/xml; this text/xml is UTF-8. */
  private static final MediaType SOAP = MediaType.parseMediaType("text/xml;charset=UTF-8");

  private final GgkEdge edge;

  GgkController(GgkEdge edge) {
    this.edge = edge;
  }

  @PostMapping(
      path = "/OntvangAsynchroon",
      consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE})
  ResponseEntity<byte[]> receive(Actor actor, HttpServletRequest request) throws IOException {
    // the role first, so no one else gets to upload megabytes
    GgkEdge.permit(actor);
    byte[] soap;
    try (InputStream body = request.getInputStream()) {
      // one byte over the limit is enough for the edge to refuse it as too large
      soap = body.readNBytes(GgkEdge.MAX_BYTES + 1);
    }
    GgkEdge.Answer answer = edge.receive(actor, soap);
    return ResponseEntity.status(answer.fault() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.OK)
        .contentType(SOAP)
        .body(answer.soap());
  }

  @GetMapping(path = "/OntvangAsynchroon", params = "wsdl")
  ResponseEntity<byte[]> wsdl() {
    String endpoint = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString();
    return ResponseEntity.ok().contentType(SOAP).body(edge.wsdl(endpoint));
  }
}
