package nl.jeugdregie.screens;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.DeclarationAnswer;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's pre-check before sending ({@code POST /api/v1/declarations/check}): declarations
 * pasted or uploaded as JSON Lines (one declaration a line) are judged exactly as a submission
 * would be judged now, and the page shows per declared line its verdict with every return code and
 * its Dutch meaning. Nothing is stored or booked: the service rolls the judgement back. Each
 * declaration is checked on its own, so two pasted declarations do not see each other's references
 * (TR314) the way a real upload would.
 */
@Controller
class DeclarationCheckScreen {

  /** At most this many characters pasted: a pre-check is for a few declarations, not a month. */
  static final int MAX_PASTED = 1_000_000;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Declarations declarations;
  private final MessageSource messages;

  DeclarationCheckScreen(Declarations declarations, MessageSource messages) {
    this.declarations = declarations;
    this.messages = messages;
  }

  /** Pasted lines or a file (the file wins when both are given). */
  record CheckForm(@Nullable @Size(max = MAX_PASTED) String lines, @Nullable MultipartFile file) {}

  /** The outcome of one file line: judged (with the service's answer), refused, or unreadable. */
  record Checked(
      int fileLine,
      String kind,
      @Nullable DeclarationAnswer answer,
      @Nullable String field,
      @Nullable String code,
      @Nullable String problem) {}

  @GetMapping("/app/declaraties/controle")
  String form(Actor actor, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute("check", new CheckForm("", null));
    return "declaratie-controle";
  }

  @PostMapping("/app/declaraties/controle")
  String check(
      Actor actor,
      @ModelAttribute("check") CheckForm form,
      BindingResult errors,
      Locale locale,
      Model model)
      throws IOException {
    model.addAttribute("actor", actor);
    String text = form.lines() == null ? "" : form.lines();
    MultipartFile file = form.file();
    if (file != null && file.getSize() > MAX_PASTED) {
      // refused by its size before it is read into memory
      errors.rejectValue(
          "lines",
          "check.tooLong",
          messages.getMessage("check.tooLong", new Object[] {MAX_PASTED}, locale));
      return "declaratie-controle";
    }
    if (file != null && !file.isEmpty()) text = new String(file.getBytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      errors.rejectValue(
          "lines", "check.required", messages.getMessage("check.required", null, locale));
      return "declaratie-controle";
    }
    if (text.length() > MAX_PASTED) {
      errors.rejectValue(
          "lines",
          "check.tooLong",
          messages.getMessage("check.tooLong", new Object[] {MAX_PASTED}, locale));
      return "declaratie-controle";
    }
    List<Checked> results = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      results.add(one(actor, i + 1, lines[i], locale));
    }
    model.addAttribute("results", results);
    return "declaratie-controle";
  }

  private Checked one(Actor actor, int fileLine, String line, Locale locale) {
    DeclarationSubmission declaration;
    try {
      declaration = DeclarationSubmission.parse(JSON.readTree(line));
    } catch (JacksonException e) {
      return new Checked(
          fileLine,
          "UNREADABLE",
          null,
          "declaration",
          null,
          messages.getMessage(
              "check.notJson", new Object[] {String.valueOf(e.getOriginalMessage())}, locale));
    } catch (InvalidRequestException e) {
      return new Checked(fileLine, "UNREADABLE", null, e.field(), null, e.getMessage());
    }
    try {
      return new Checked(
          fileLine, "CHECKED", declarations.check(actor, declaration), null, null, null);
    } catch (InvalidRequestException e) {
      return new Checked(fileLine, "UNREADABLE", null, e.field(), null, e.getMessage());
    } catch (RouteRefusedException e) {
      if (e.kind() == RouteRefusedException.Kind.NOT_PERMITTED) throw e;
      return new Checked(fileLine, "REFUSED", null, e.field(), e.ijwCode(), e.getMessage());
    }
  }
}
