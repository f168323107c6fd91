package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.ijw.XsdCheck;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The provider's declaraties: its booked declarations (newest month first, in pages of 25, htmx
 * swaps the table), each with its own page of lines, amounts and verdicts with the iJw return codes
 * and their Dutch meaning (WJ001); the same list within their scope for contract managers and
 * admins (the service decides the scope, docs/declarations.md). A provider (or admin) uploads a
 * month here as JSON Lines or one JW323: the file is checked before it is accepted, then judged in
 * the background ({@link DeclarationUploads}) while the upload page shows its progress and, once
 * done, the verdict per declaration. Every line is approved or rejected whole with every return
 * code that applies (ADR 0006, TR314, TR318, TR333).
 */
@Controller
class DeclarationsScreen {

  private final BookedDeclarations declarations;
  private final DeclarationUploads uploads;
  private final MessageSource messages;

  DeclarationsScreen(
      BookedDeclarations declarations, DeclarationUploads uploads, MessageSource messages) {
    this.declarations = declarations;
    this.uploads = uploads;
    this.messages = messages;
  }

  /** The upload form: one file, JSON Lines or a JW323. */
  record UploadForm(@NotNull MultipartFile file) {}

  /** The iJw hubs' limit for one file (OP179), as the API's. */
  static final int MAX_MEGABYTES = 25;

  @GetMapping("/app/declaraties")
  String list(
      Actor actor,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    listModel(actor, page, model);
    return htmx != null ? "declaraties :: tabel" : "declaraties";
  }

  @PostMapping("/app/declaraties/upload")
  String upload(
      Actor actor,
      @Valid @ModelAttribute("upload") UploadForm form,
      BindingResult errors,
      Locale locale,
      Model model)
      throws IOException {
    MultipartFile file = form.file();
    if (errors.hasErrors() || file == null || file.isEmpty()) {
      // no file chosen (or an empty one): said beside the file field
      model.addAttribute(
          "uploadErrors", List.of(messages.getMessage("upload.required", null, locale)));
      listModel(actor, 0, model);
      return "declaraties";
    }
    if (file.getSize() > XsdCheck.MAX_BYTES) {
      // refused by its size before it is read into memory (the parts wait on disk)
      model.addAttribute(
          "uploadErrors",
          List.of(messages.getMessage("upload.tooLarge", new Object[] {MAX_MEGABYTES}, locale)));
      listModel(actor, 0, model);
      return "declaraties";
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    try {
      DeclarationUploads.Job job = uploads.start(actor, name, file.getBytes());
      return "redirect:/app/declaraties/upload/" + job.id();
    } catch (DeclarationUploads.Refused e) {
      model.addAttribute("uploadErrors", List.of(text(e, locale)));
    } catch (DeclarationUploads.FileRefused e) {
      List<String> texts = new ArrayList<>();
      for (DeclarationUploads.Refused r : e.errors()) texts.add(text(r, locale));
      model.addAttribute("uploadErrors", texts);
    }
    listModel(actor, 0, model);
    return "declaraties";
  }

  @GetMapping("/app/declaraties/upload/{id}")
  String job(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    DeclarationUploads.Job job =
        uploads.job(actor, uuid(id)).orElseThrow(ScreenErrors.PageNotFound::new);
    model.addAttribute("actor", actor);
    model.addAttribute("job", job);
    return htmx != null ? "declaratie-upload :: voortgang" : "declaratie-upload";
  }

  @GetMapping("/app/declaraties/{id}")
  String declaration(Actor actor, @PathVariable String id, Model model) {
    BookedDeclarations.BookedDeclaration declaration =
        declarations.get(actor, uuid(id)).orElseThrow(ScreenErrors.PageNotFound::new);
    model.addAttribute("actor", actor);
    model.addAttribute("d", declaration);
    // the payment specifications its lines count in: the months of care (docs/declarations.md)
    TreeSet<YearMonth> months = new TreeSet<>();
    for (BookedDeclarations.BookedLine line : declaration.lines()) {
      months.add(YearMonth.from(line.period().start()));
    }
    model.addAttribute("careMonths", List.copyOf(months));
    return "declaratie";
  }

  private void listModel(Actor actor, int page, Model model) {
    model.addAttribute("actor", actor);
    model.addAttribute(
        "declarations",
        declarations.list(
            actor,
            DeclarationFilter.none(),
            PageRequest.of(Math.max(0, page), CaseloadScreen.PAGE_SIZE, null)));
    model.addAttribute("mayUpload", actor.role() == Role.PROVIDER || actor.role() == Role.ADMIN);
  }

  private String text(DeclarationUploads.Refused refused, Locale locale) {
    return messages.getMessage(refused.key(), refused.args(), locale);
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ScreenErrors.PageNotFound();
    }
  }
}
