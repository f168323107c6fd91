package nl.jeugdregie.screens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.AllocationList.AllocationRow;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.ChangeRequests;
import nl.jeugdregie.allocation.ChangeSubmission;
import nl.jeugdregie.allocation.EndReport;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.allocation.Views.AllocationView;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.allocation.Views.VolumeView;
import nl.jeugdregie.policy.InvalidRequestException;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One allocation (iJw toewijzing) at {@code /app/toewijzingen/{municipality}-{number}}: its period,
 * volume and delivery state, every version with its JZ002 reason, the starts and stops; and the
 * provider's actions on it, each a form on the same service as the API: start of delivery (JW305),
 * stop with a JZ588 reason (JW307; the route refuses e.g. a stop before a start, TR382), and a
 * change request (VOW, JW317) for a new end or volume, judged by the region's pack at once (e.g.
 * Twente R-TWE-2/R-TWE-4). A refusal is shown on its form; nothing of it is stored. After success
 * the page is loaded again with a confirmation (post/redirect/get).
 */
@Controller
class AllocationScreen {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Allocations allocations;
  private final AllocationList list;
  private final ChangeRequests changes;
  private final Clock clock;

  AllocationScreen(
      Allocations allocations, AllocationList list, ChangeRequests changes, Clock clock) {
    this.allocations = allocations;
    this.list = list;
    this.changes = changes;
    this.clock = clock;
  }

  /** Start of delivery on a date (JW305). */
  record StartForm(
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {}

  /**
   * Stop of delivery on a date for a JZ588 reason (JW307), with the day the referrer was consulted
   * where the region asks it beforehand (IJsselland R-IJS-8).
   */
  record StopForm(
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
      @NotNull @Nullable StopReason reason,
      @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate referrerConsultedOn,
      EndReport.@Nullable Goals goalsReached,
      @Nullable Boolean goalsInTime) {

    /** The end-of-care report when the goals were filled in (R-NLI-1, R-IJS-11), else null. */
    @Nullable EndReport report() {
      return goalsReached == null ? null : new EndReport(goalsReached, goalsInTime);
    }
  }

  /**
   * A change request for this allocation: from when, the new end (empty: an open end), the new
   * volume in the allocation's own unit and frequency, the WJ758 reason (1 the client's situation,
   * 2 the care plan changed) and the provider's own reference (unique, iJw TR347).
   */
  record ChangeForm(
      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate desiredStart,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate end,
      @PositiveOrZero @Max(1_000_000) @Nullable Long amount,
      @NotNull @Min(1) @Max(2) @Nullable Integer reason,
      @NotBlank @Size(max = 36) @Nullable String reference) {}

  @GetMapping("/app/toewijzingen/{id}")
  String allocation(Actor actor, @PathVariable String id, Model model) {
    Ref ref = Ref.parse(id);
    AllocationView view = allocations.get(actor, ref.municipality(), ref.number());
    return page(actor, view, model);
  }

  @PostMapping("/app/toewijzingen/{id}/start")
  String start(
      Actor actor,
      @PathVariable String id,
      @Valid @ModelAttribute("startDelivery") StartForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Ref ref = Ref.parse(id);
    LocalDate date = form.date();
    if (!errors.hasErrors() && date != null) {
      try {
        allocations.start(actor, ref.municipality(), ref.number(), date, null);
        redirect.addFlashAttribute("confirmation", "allocation.started");
        return "redirect:/app/toewijzingen/" + ref;
      } catch (RouteRefusedException | InvalidRequestException e) {
        RefusalOnForm.reject(errors, "allocation.refused.start", e, Map.of("start.date", "date"));
      }
    }
    return page(actor, allocations.get(actor, ref.municipality(), ref.number()), model);
  }

  @PostMapping("/app/toewijzingen/{id}/stop")
  String stop(
      Actor actor,
      @PathVariable String id,
      @Valid @ModelAttribute("stopDelivery") StopForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Ref ref = Ref.parse(id);
    LocalDate date = form.date();
    StopReason reason = form.reason();
    if (!errors.hasErrors() && date != null && reason != null) {
      try {
        allocations.stop(
            actor,
            ref.municipality(),
            ref.number(),
            date,
            reason,
            form.referrerConsultedOn(),
            form.report(),
            null);
        redirect.addFlashAttribute("confirmation", "allocation.stopped");
        return "redirect:/app/toewijzingen/" + ref;
      } catch (RouteRefusedException | InvalidRequestException e) {
        RefusalOnForm.reject(
            errors,
            "allocation.refused.stop",
            e,
            Map.of(
                "stop.date",
                "date",
                "stop.referrerConsultedOn",
                "referrerConsultedOn",
                "stop.goalsReached",
                "goalsReached"));
      }
    }
    return page(actor, allocations.get(actor, ref.municipality(), ref.number()), model);
  }

  @PostMapping("/app/toewijzingen/{id}/wijziging")
  String change(
      Actor actor,
      @PathVariable String id,
      @Valid @ModelAttribute("changeRequest") ChangeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Ref ref = Ref.parse(id);
    AllocationView view = allocations.get(actor, ref.municipality(), ref.number());
    if (!errors.hasErrors()) {
      try {
        RequestView request = changes.submit(actor, ChangeSubmission.parse(vow(actor, view, form)));
        redirect.addFlashAttribute("confirmation", "allocation.changeRequested");
        redirect.addFlashAttribute("changeState", request.state().name());
        redirect.addFlashAttribute("changeReference", request.providerReference());
        redirect.addFlashAttribute("changeRequestId", request.id().toString());
        return "redirect:/app/toewijzingen/" + ref;
      } catch (RouteRefusedException | InvalidRequestException e) {
        RefusalOnForm.reject(
            errors,
            "allocation.refused.change",
            e,
            Map.of(
                "changeRequest.providerReference", "reference",
                "changeRequest.change[0].desiredStart", "desiredStart",
                "changeRequest.change[0].end", "end",
                "changeRequest.change[0].volume", "amount"));
      }
    }
    return page(actor, view, model);
  }

  /**
   * The change request as the API takes it: the complete desired situation of the client at this
   * provider in this municipality (TR349), so the client's other current allocations here are named
   * unchanged.
   */
  private ObjectNode vow(Actor actor, AllocationView view, ChangeForm form) {
    LocalDate today = LocalDate.now(clock);
    ObjectNode body = JSON.createObjectNode();
    body.put("clientBsn", view.client().bsn());
    body.put("providerAgb", view.providerAgb());
    body.put("providerReference", String.valueOf(form.reference()).strip());
    body.put("municipality", view.municipality());
    body.put("receivedOn", today.toString());
    body.put("reason", form.reason());
    List<AllocationRow> others = othersCurrent(actor, view, today);
    if (!others.isEmpty()) {
      var unchanged = body.putArray("unchanged");
      for (AllocationRow other : others) unchanged.addObject().put("number", other.number());
    }
    ObjectNode change = body.putArray("change").addObject();
    change.put("number", view.number());
    change.put("desiredStart", String.valueOf(form.desiredStart()));
    if (form.end() != null) change.put("end", form.end().toString());
    VolumeView volume = view.current().volume();
    if (form.amount() != null && volume != null) {
      change
          .putObject("volume")
          .put("amount", form.amount())
          .put("unit", volume.unit())
          .put("frequency", volume.frequency());
    }
    return body;
  }

  private List<AllocationRow> othersCurrent(Actor actor, AllocationView view, LocalDate today) {
    return list
        .list(
            actor,
            new AllocationFilter(
                view.client().pseudonym(),
                view.municipality(),
                view.providerAgb(),
                null,
                null,
                null,
                null,
                null),
            PageRequest.of(0, 500, null))
        .items()
        .stream()
        .filter(r -> r.number() != view.number())
        .filter(r -> r.end() == null || !r.end().isBefore(today))
        .toList();
  }

  private String page(Actor actor, AllocationView view, Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("actor", actor);
    model.addAttribute("allocation", view);
    model.addAttribute("id", view.municipality() + "-" + view.number());
    model.addAttribute("today", today);
    model.addAttribute("mayAct", actor.role() == Role.PROVIDER || actor.role() == Role.ADMIN);
    model.addAttribute("stopReasons", StopReason.values());
    if (!model.containsAttribute("startDelivery")) {
      model.addAttribute("startDelivery", new StartForm(today));
    }
    if (!model.containsAttribute("stopDelivery")) {
      model.addAttribute("stopDelivery", new StopForm(today, null, null, null, null));
    }
    if (!model.containsAttribute("changeRequest")) {
      VolumeView volume = view.current().volume();
      model.addAttribute(
          "changeRequest",
          new ChangeForm(
              view.current().period().start(),
              view.current().period().end(),
              volume == null ? null : volume.amount(),
              null,
              null));
    }
    return "toewijzing";
  }

  /** An allocation's iJw identity in an address: municipality, a dash, number ("0153-17"). */
  record Ref(String municipality, int number) {
    static Ref parse(String id) {
      var match = java.util.regex.Pattern.compile("([0-9]{4})-([0-9]{1,9})").matcher(id);
      if (!match.matches()) throw new ScreenErrors.PageNotFound();
      return new Ref(match.group(1), Integer.parseInt(match.group(2)));
    }

    @Override
    public String toString() {
      return municipality + "-" + number;
    }
  }
}
