package nl.jeugdregie.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RouteRefusedException;
import nl.jeugdregie.billing.DeclarationAnswer.LineResult;
import nl.jeugdregie.billing.DeclarationAnswer.Totals;
import nl.jeugdregie.billing.DeclarationSubmission.ClientLines;
import nl.jeugdregie.billing.DeclarationSubmission.IndexedLine;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Client;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.AspecificCategory;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.IjwRules;
import nl.jeugdregie.shared.Role;
import nl.jeugdregie.shared.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly declarations: every line judged against its allocation, the contract tariff and what was
 * booked before (iJw ijw.md §5.6, {@link LineCheck}), approved or rejected whole, and every
 * approved line booked in the append-only ledger in the same transaction. Resubmitting a
 * declaration number with the same content returns the first answer and books nothing; a pre-check
 * runs the very same path and rolls it back.
 *
 * <p>The declaration as a whole is refused (nothing stored) under a number the provider used with
 * other content (TR333 → 9333), or for a month before the last one the provider declared to the
 * municipality (TR318 → 8214: months follow each other, gaps allowed where no care was given;
 * IV090: never a declaration period before the last one submitted; a second declaration for that
 * last month, to correct it, is allowed, OP284).
 */
@Service
@IjwRules({"TR333", "TR318"})
public class Declarations {

  private final LedgerStore ledger;
  private final Allocations allocations;
  private final Clients clients;
  private final PolicyCatalog catalog;
  private final Providers providers;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Declarations(
      LedgerStore ledger,
      Allocations allocations,
      Clients clients,
      PolicyCatalog catalog,
      Providers providers,
      PlatformTransactionManager transactionManager,
      Clock clock,
      ApplicationEventPublisher events) {
    this.ledger = ledger;
    this.allocations = allocations;
    this.clients = clients;
    this.catalog = catalog;
    this.providers = providers;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.events = events;
  }

  /**
   * Whether the allocation has approved declaration lines that are not credited: then it may not be
   * deleted (iJw TR385, 9385; OP362), since the care paid on it would lose its ground.
   */
  public boolean hasApprovedUncreditedLines(UUID allocationId) {
    return ledger.hasUncreditedDebit(allocationId);
  }

  /** Judges and books a declaration; the answer lists every line's verdict. */
  public DeclarationAnswer submit(Actor actor, DeclarationSubmission declaration) {
    mayDeclare(actor, declaration);
    declaration.checkBounds();
    DeclarationAnswer answer = transactions.execute(status -> judge(actor, declaration, true));
    if (answer == null) throw new IllegalStateException("a declaration transaction answers");
    return answer;
  }

  /**
   * The provider's pre-check: the same judgement, nothing booked or stored (the transaction is
   * rolled back), so what it says is what a submission would say now.
   */
  public DeclarationAnswer check(Actor actor, DeclarationSubmission declaration) {
    mayDeclare(actor, declaration);
    declaration.checkBounds();
    DeclarationAnswer answer =
        transactions.execute(
            status -> {
              status.setRollbackOnly();
              return judge(actor, declaration, false);
            });
    if (answer == null) throw new IllegalStateException("a declaration transaction answers");
    return answer;
  }

  private DeclarationAnswer judge(Actor actor, DeclarationSubmission d, boolean book) {
    Optional<LedgerStore.StoredDeclaration> earlier =
        ledger.declaration(d.providerAgb(), d.number());
    if (earlier.isPresent()) {
      if (!earlier.get().contentHash().equals(d.contentHash())) {
        throw RouteRefusedException.conflict(
            "declaration.number",
            "9333",
            "provider "
                + d.providerAgb()
                + " already sent declaration "
                + d.number()
                + " with other content (iJw TR333)");
      }
      return LedgerStore.JSON.readValue(earlier.get().answer(), DeclarationAnswer.class).asReplay();
    }
    Optional<YearMonth> last = ledger.lastPeriod(d.providerAgb(), d.municipality());
    if (last.isPresent() && d.period().isBefore(last.get())) {
      throw RouteRefusedException.conflict(
          "declaration.period",
          "8214",
          "provider "
              + d.providerAgb()
              + " already declared "
              + last.get()
              + " to municipality "
              + d.municipality()
              + "; a declaration period may not go back to "
              + d.period()
              + " (iJw TR318)");
    }
    if (providers.find(d.providerAgb()).isEmpty()) {
      throw RouteRefusedException.unprocessable(
          "declaration.providerAgb", null, "provider " + d.providerAgb() + " is not known");
    }
    PolicyPack pack =
        catalog
            .regionOf(d.municipality(), d.period().atDay(1))
            .orElseThrow(
                () ->
                    RouteRefusedException.unprocessable(
                        "declaration.municipality",
                        null,
                        "no region's policy pack in force in "
                            + d.period()
                            + " has municipality "
                            + d.municipality()));
    Instant now = clock.instant();
    UUID declarationId = UUID.randomUUID();
    // the declaration row first (lines point to it), its answer filled in at the end
    List<Work> work = new ArrayList<>();
    Map<Integer, Optional<Allocations.Facts>> factsByNumber = new HashMap<>();
    for (ClientLines group : d.clients()) {
      Client client = clients.find(group.bsn()).orElse(null);
      if (client != null) {
        clients.audit(actor, "READ", client.id(), "bsn", "declaration " + d.number());
      }
      for (IndexedLine indexed : group.lines()) {
        int number = indexed.line().allocationNumber();
        Optional<Allocations.Facts> facts =
            factsByNumber.computeIfAbsent(number, n -> allocations.facts(d.municipality(), n));
        work.add(new Work(indexed, client, facts.orElse(null)));
      }
    }
    // lock every budget involved in one order, so two declarations on the same budgets queue
    // instead of deadlocking; credits before debits (iJw OP366)
    Map<UUID, Allocations.Facts> budgets = new TreeMap<>();
    for (Work w : work) {
      Allocations.Facts facts = w.facts();
      if (facts != null) budgets.put(facts.id(), facts);
    }
    // per allocation, read once under the lock and kept up to date in memory as lines are booked
    Map<UUID, Long> consumedSoFar = new HashMap<>();
    Map<UUID, List<BookedLine>> history = new HashMap<>();
    for (Allocations.Facts facts : budgets.values()) {
      consumedSoFar.put(facts.id(), ledger.lockBudget(facts.id(), facts.terms().budgetCents()));
      history.put(facts.id(), new ArrayList<>(ledger.booked(facts.id())));
    }
    Set<String> usedBefore =
        ledger.referencesUsed(
            d.providerAgb(), work.stream().map(w -> w.line().line().reference()).toList());
    ledger.insertDeclarationShell(declarationId, d, now);
    List<LineResult> results = new ArrayList<>();
    List<String> referencesHere = new ArrayList<>();
    TreeSet<UUID> bookedOn = new TreeSet<>();
    work.sort(
        Comparator.comparing((Work w) -> w.line().line().debitCredit() == DebitCredit.DEBIT)
            .thenComparing(w -> w.line().index()));
    for (Work w : work) {
      DeclaredLine line = w.line().line();
      Allocations.Facts facts = w.facts();
      Client client = w.client();
      AllocationFacts allocation = null;
      List<BookedLine> booked = List.of();
      Long tariff = null;
      if (facts != null) {
        allocation =
            new AllocationFacts(
                facts.clientId().toString(),
                facts.providerAgb(),
                facts.category(),
                facts.productCode(),
                facts.terms(),
                facts.deleted(),
                // an aspecific allocation is declared in the contract unit of the product
                // delivered (iJw TR341): a keuzebudget in euros, declared as hours of TG3
                contractUnit(
                    pack,
                    facts.category(),
                    facts.productCode() != null ? facts.productCode() : line.productCode()));
        booked = history.getOrDefault(facts.id(), List.of());
        tariff =
            Tariffs.tariffCents(
                pack, line.category(), line.productCode(), line.productPeriod().start());
      }
      BookedLine debit = null;
      boolean alreadyCredited = false;
      String previous = line.previousReference();
      if (line.debitCredit() == DebitCredit.CREDIT && previous != null) {
        debit =
            ledger
                .approvedDebit(d.providerAgb(), previous, facts == null ? null : facts.id())
                .orElse(null);
        alreadyCredited = ledger.credited(d.providerAgb(), previous);
      }
      LineContext context =
          new LineContext(
              d.period(),
              d.receivedOn(),
              client == null ? "unknown client" : client.id().toString(),
              d.providerAgb(),
              allocation,
              tariff,
              booked,
              referencesHere.contains(line.reference()) || usedBefore.contains(line.reference()),
              debit,
              alreadyCredited,
              productListed(pack, line));
      List<ReturnCode> codes = PaymentRules.check(LineCheck.check(line, context), pack, line);
      referencesHere.add(line.reference());
      long lineId =
          ledger.insertLine(
              declarationId,
              w.line().index(),
              d.providerAgb(),
              line,
              facts == null ? null : facts.id(),
              client == null ? null : client.id(),
              codes);
      Long consumed = null;
      if (codes.isEmpty() && facts != null) {
        ledger.book(lineId, d.providerAgb(), line, facts.id(), d.municipality(), now);
        long signed =
            line.debitCredit() == DebitCredit.DEBIT ? line.amountCents() : -line.amountCents();
        consumed = consumedSoFar.merge(facts.id(), signed, Math::addExact);
        history
            .computeIfAbsent(facts.id(), id -> new ArrayList<>())
            .add(
                new BookedLine(
                    line.reference(),
                    line.previousReference(),
                    line.debitCredit(),
                    line.productPeriod(),
                    line.volume(),
                    line.unit(),
                    line.amountCents(),
                    line.productCode()));
        bookedOn.add(facts.id());
      }
      results.add(
          new LineResult(
              w.line().index(),
              line.reference(),
              line.debitCredit().code(),
              line.allocationNumber(),
              line.amountCents(),
              codes.isEmpty() ? "APPROVED" : "REJECTED",
              codes,
              consumed,
              facts == null ? null : facts.terms().budgetCents()));
    }
    results.sort(Comparator.comparingInt(LineResult::index));
    DeclarationAnswer answer = answer(d, book, results);
    ledger.answer(declarationId, answer);
    if (book && !bookedOn.isEmpty())
      events.publishEvent(new DeclarationBooked(List.copyOf(bookedOn)));
    return answer;
  }

  private static DeclarationAnswer answer(
      DeclarationSubmission d, boolean book, List<LineResult> results) {
    int approved = 0;
    long submitted = 0;
    long approvedCents = 0;
    for (LineResult r : results) {
      long signed = r.debitCredit().equals("D") ? r.amountCents() : -r.amountCents();
      // exact: the amounts are bounded (checkBounds), so an overflow here is a bug, not input
      submitted = Math.addExact(submitted, signed);
      if (r.status().equals("APPROVED")) {
        approved++;
        approvedCents = Math.addExact(approvedCents, signed);
      }
    }
    return new DeclarationAnswer(
        d.providerAgb(),
        d.number(),
        d.municipality(),
        d.period(),
        book,
        false,
        new Totals(results.size(), approved, results.size() - approved, submitted, approvedCents),
        results);
  }

  /** TR381: the line's code is in the region's product list under its category (or it has none). */
  private static boolean productListed(PolicyPack pack, DeclaredLine line) {
    String code = line.productCode();
    if (code == null) return true;
    Product product = pack.products().get(code);
    return product != null && product.category().equals(line.category());
  }

  /** The unit the contract pays the product in: the product book's, or the aspecific category's. */
  private static Unit contractUnit(PolicyPack pack, String category, @Nullable String code) {
    if (code != null) {
      Product product = pack.products().get(code);
      if (product != null) return product.unit();
    }
    AspecificCategory aspecific = pack.aspecific().get(category);
    return aspecific != null ? aspecific.unit() : Unit.EUROS;
  }

  private static void mayDeclare(Actor actor, DeclarationSubmission d) {
    switch (actor.role()) {
      case PROVIDER -> {
        if (!d.providerAgb().equals(actor.agb())) {
          throw RouteRefusedException.notPermitted(
              "a provider declares under its own AGB code only");
        }
      }
      case ADMIN -> {}
      case ACCESS_TEAM, CONTRACT_MANAGER, POLICY ->
          throw RouteRefusedException.notPermitted("only providers declare");
    }
    if (actor.role() == Role.PROVIDER && d.lineCount() == 0) {
      throw RouteRefusedException.unprocessable("declaration.clients", null, "no lines");
    }
  }

  private record Work(
      IndexedLine line, @Nullable Client client, Allocations.@Nullable Facts facts) {}
}
