package nl.jeugdregie.policy.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.policy.BudgetDefinition;
import nl.jeugdregie.policy.BudgetKind;
import nl.jeugdregie.policy.BudgetScheme;
import nl.jeugdregie.policy.DecisionRequest;
import nl.jeugdregie.policy.Evidence;
import nl.jeugdregie.policy.Grant;
import nl.jeugdregie.policy.Municipality;
import nl.jeugdregie.policy.PolicyPack;
import nl.jeugdregie.policy.Product;
import nl.jeugdregie.policy.RequestCase;
import nl.jeugdregie.policy.RequestKind;
import nl.jeugdregie.policy.Verdict;
import nl.jeugdregie.shared.DateRange;
import nl.jeugdregie.shared.Frequency;
import nl.jeugdregie.shared.ReferrerType;
import nl.jeugdregie.shared.Unit;
import nl.jeugdregie.shared.Volume;
import org.jspecify.annotations.Nullable;

/**
 * Test fixture: a request with sensible defaults (an INITIAL request from a GP for 45B01, one year
 * from 2025-03-10, received on Monday 2025-03-03, for a client born 2015-06-15) and withers that
 * each return a changed copy, plus a small pack to judge it in. {@link #toCase()} gives what a rule
 * sees: the grant is the request as asked unless {@link #withGrant(Grant)} set another.
 */
final class Requests {

  static final LocalDate RECEIVED_ON = LocalDate.of(2025, 3, 3);
  static final LocalDate PERIOD_START = LocalDate.of(2025, 3, 10);
  static final LocalDate PERIOD_END = LocalDate.of(2026, 3, 9);

  /** A product without signaalbudget, allocated in minutes. */
  static final Product TREATMENT =
      new Product(
          "45B01",
          "Behandeling individueel",
          "45",
          Unit.MINUTE,
          null,
          Product.Funding.PXQ,
          null,
          List.of(new Product.Tariff(2025, 205, false)));

  /** A product with a signaalbudget of € 2.500,00. */
  static final Product SIGNAL_PRODUCT =
      new Product(
          "45S01",
          "Jeugdhulp ambulant met signaalbudget",
          "45",
          Unit.EUROS,
          null,
          Product.Funding.PXQ,
          250_000L,
          List.of());

  /** KEUZEBUDGET levels 1-3 (€ 750, € 1.500, € 3.000); OFFERTE without levels. */
  static final Map<BudgetScheme, BudgetDefinition> BUDGETS =
      Map.of(
          BudgetScheme.KEUZEBUDGET,
          new BudgetDefinition(
              BudgetScheme.KEUZEBUDGET,
              "001 §4.2.1.1",
              Map.of(1, 75_000L, 2, 150_000L, 3, 300_000L),
              false),
          BudgetScheme.OFFERTE,
          new BudgetDefinition(BudgetScheme.OFFERTE, "001 §4.2.1", Map.of(), false));

  private RequestKind kind = RequestKind.INITIAL;
  private LocalDate receivedOn = RECEIVED_ON;
  private String municipality = "0153";
  private LocalDate birthDate = LocalDate.of(2015, 6, 15);
  private ReferrerType referrerType = ReferrerType.GP;
  private @Nullable LocalDate letterDate;
  private boolean usedBefore;
  private boolean extraCheck;
  private boolean assessedExtension;
  private boolean priorContact;
  private String category = "45";
  private @Nullable String productCode = "45B01";
  private DateRange period = DateRange.of(PERIOD_START, PERIOD_END);
  private @Nullable Volume volume;
  private @Nullable Integer sessions;
  private @Nullable BudgetScheme scheme;
  private @Nullable Integer level;
  private @Nullable BudgetKind budgetKind;
  private @Nullable Long amountCents;
  private @Nullable LocalDate careStartedOn;
  private boolean complex;
  private @Nullable Integer changeReason;
  private @Nullable Integer currentLevel;
  private @Nullable Evidence evidence;
  private @Nullable DateRange currentPeriod;
  private @Nullable Long currentBudget;
  private @Nullable Long currentUsed;
  private DecisionRequest.@Nullable Plan plan;
  private List<DecisionRequest.ParallelBudget> parallelBudgets = List.of();
  private @Nullable Grant grant;
  private PolicyPack pack = pack(BUDGETS);

  private Requests() {}

  static Requests initial() {
    return new Requests();
  }

  static Requests extension() {
    return initial().withKind(RequestKind.EXTENSION);
  }

  static Requests change() {
    return initial().withKind(RequestKind.CHANGE);
  }

  /** A pack with the products {@link #TREATMENT} and {@link #SIGNAL_PRODUCT} and these budgets. */
  static PolicyPack pack(Map<BudgetScheme, BudgetDefinition> budgets) {
    return new PolicyPack(
        "test",
        "Test region",
        LocalDate.of(2025, 1, 1),
        null,
        Map.of("001", "Test source"),
        Map.of("0153", new Municipality("0153", "Enschede")),
        Map.of(TREATMENT.code(), TREATMENT, SIGNAL_PRODUCT.code(), SIGNAL_PRODUCT),
        Map.of(),
        budgets,
        List.of(),
        List.of(),
        "test@2025-01-01.yaml");
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  // -- withers ------------------------------------------------------------------------------------

  Requests withKind(RequestKind newKind) {
    Requests r = copy();
    r.kind = newKind;
    return r;
  }

  Requests receivedOn(LocalDate day) {
    Requests r = copy();
    r.receivedOn = day;
    return r;
  }

  Requests withBirthDate(LocalDate day) {
    Requests r = copy();
    r.birthDate = day;
    return r;
  }

  Requests referredBy(ReferrerType type) {
    Requests r = copy();
    r.referrerType = type;
    return r;
  }

  Requests withLetterDate(@Nullable LocalDate day) {
    Requests r = copy();
    r.letterDate = day;
    return r;
  }

  Requests withLetterUsedBefore(boolean used) {
    Requests r = copy();
    r.usedBefore = used;
    return r;
  }

  Requests withExtraCheck(boolean checked) {
    Requests r = copy();
    r.extraCheck = checked;
    return r;
  }

  Requests withAssessedExtension(boolean assessed) {
    Requests r = copy();
    r.assessedExtension = assessed;
    return r;
  }

  Requests withPriorContact(boolean contact) {
    Requests r = copy();
    r.priorContact = contact;
    return r;
  }

  /** A request for a product of the pack's product book (its category follows the product). */
  Requests forProduct(String code) {
    Requests r = copy();
    r.productCode = code;
    return r;
  }

  /** An aspecific request: a category without product code. */
  Requests forCategory(String newCategory) {
    Requests r = copy();
    r.productCode = null;
    r.category = newCategory;
    return r;
  }

  Requests withPeriod(LocalDate start, @Nullable LocalDate end) {
    Requests r = copy();
    r.period = DateRange.of(start, end);
    return r;
  }

  Requests withVolume(long amount, Unit unit, Frequency frequency) {
    Requests r = copy();
    r.volume = new Volume(amount, unit, frequency);
    return r;
  }

  Requests withSessions(@Nullable Integer count) {
    Requests r = copy();
    r.sessions = count;
    return r;
  }

  Requests withScheme(@Nullable BudgetScheme newScheme) {
    Requests r = copy();
    r.scheme = newScheme;
    return r;
  }

  Requests withLevel(@Nullable Integer newLevel) {
    Requests r = copy();
    r.level = newLevel;
    return r;
  }

  Requests withBudgetKind(@Nullable BudgetKind newKind) {
    Requests r = copy();
    r.budgetKind = newKind;
    return r;
  }

  Requests withAmountCents(@Nullable Long cents) {
    Requests r = copy();
    r.amountCents = cents;
    return r;
  }

  Requests withCareStartedOn(@Nullable LocalDate day) {
    Requests r = copy();
    r.careStartedOn = day;
    return r;
  }

  Requests withComplex(boolean isComplex) {
    Requests r = copy();
    r.complex = isComplex;
    return r;
  }

  Requests withChangeReason(@Nullable Integer reason) {
    Requests r = copy();
    r.changeReason = reason;
    return r;
  }

  Requests withCurrentLevel(@Nullable Integer newLevel) {
    Requests r = copy();
    r.currentLevel = newLevel;
    return r;
  }

  Requests withEvidence(@Nullable Evidence newEvidence) {
    Requests r = copy();
    r.evidence = newEvidence;
    return r;
  }

  Requests withCurrentPeriod(LocalDate start, @Nullable LocalDate end) {
    Requests r = copy();
    r.currentPeriod = DateRange.of(start, end);
    return r;
  }

  /** The current allocation's budget and its recorded use. */
  Requests withCurrentUse(@Nullable Long budget, @Nullable Long used) {
    Requests r = copy();
    r.currentBudget = budget;
    r.currentUsed = used;
    return r;
  }

  Requests withPlan(DecisionRequest.@Nullable Plan newPlan) {
    Requests r = copy();
    r.plan = newPlan;
    return r;
  }

  Requests withParallelBudgets(List<DecisionRequest.ParallelBudget> budgets) {
    Requests r = copy();
    r.parallelBudgets = List.copyOf(budgets);
    return r;
  }

  /** The grant as earlier rules left it, instead of the request as asked. */
  Requests withGrant(Grant newGrant) {
    Requests r = copy();
    r.grant = newGrant;
    return r;
  }

  Requests inPack(PolicyPack newPack) {
    Requests r = copy();
    r.pack = newPack;
    return r;
  }

  // -- results ------------------------------------------------------------------------------------

  DecisionRequest request() {
    Product product = product();
    return new DecisionRequest(
        kind,
        receivedOn,
        municipality,
        birthDate,
        new DecisionRequest.Referrer(
            referrerType, letterDate, usedBefore, extraCheck, assessedExtension),
        priorContact,
        product != null ? product.category() : category,
        productCode,
        period,
        volume,
        sessions,
        new DecisionRequest.Budget(scheme, level, budgetKind, amountCents),
        careStartedOn,
        complex,
        changeReason,
        new DecisionRequest.Current(currentLevel, currentPeriod, currentBudget, currentUsed),
        evidence,
        plan,
        parallelBudgets);
  }

  /** The grant a rule sees: as set by {@link #withGrant(Grant)}, else the request as asked. */
  Grant grant() {
    if (grant != null) return grant;
    return new Grant(period, volume, sessions, amountCents, level);
  }

  RequestCase toCase() {
    return new RequestCase(request(), grant(), product(), pack);
  }

  private @Nullable Product product() {
    return productCode == null ? null : pack.products().get(productCode);
  }

  // -- reading verdicts ---------------------------------------------------------------------------

  /** "PASS", or the finding's effect (REJECT, INVESTIGATE, ADJUST, INFO). */
  static String effectOf(Verdict verdict) {
    return verdict instanceof Verdict.Finding f ? f.effect().name() : "PASS";
  }

  /** The finding's message; "" for a pass. */
  static String messageOf(Verdict verdict) {
    return verdict instanceof Verdict.Finding f ? f.message() : "";
  }

  /** The grant a finding adjusted or filled in; null for a pass or a finding without one. */
  static @Nullable Grant adjustedBy(Verdict verdict) {
    return verdict instanceof Verdict.Finding f ? f.adjusted() : null;
  }

  /**
   * Asserts the verdict's effect ("PASS" or an effect name) and that its message contains each
   * phrase of {@code mentions}, a table cell with phrases separated by '|' (may be empty).
   */
  static void assertVerdict(Verdict verdict, String effect, @Nullable String mentions) {
    assertThat(effectOf(verdict)).as("verdict %s", verdict).isEqualTo(effect);
    if (mentions == null || mentions.isBlank()) return;
    for (String phrase : mentions.split("\\|")) {
      assertThat(messageOf(verdict)).as("message").contains(phrase.strip());
    }
  }

  private Requests copy() {
    Requests r = new Requests();
    r.kind = kind;
    r.receivedOn = receivedOn;
    r.municipality = municipality;
    r.birthDate = birthDate;
    r.referrerType = referrerType;
    r.letterDate = letterDate;
    r.usedBefore = usedBefore;
    r.extraCheck = extraCheck;
    r.assessedExtension = assessedExtension;
    r.priorContact = priorContact;
    r.category = category;
    r.productCode = productCode;
    r.period = period;
    r.volume = volume;
    r.sessions = sessions;
    r.scheme = scheme;
    r.level = level;
    r.budgetKind = budgetKind;
    r.amountCents = amountCents;
    r.careStartedOn = careStartedOn;
    r.complex = complex;
    r.changeReason = changeReason;
    r.currentLevel = currentLevel;
    r.evidence = evidence;
    r.currentPeriod = currentPeriod;
    r.currentBudget = currentBudget;
    r.currentUsed = currentUsed;
    r.plan = plan;
    r.parallelBudgets = parallelBudgets;
    r.grant = grant;
    r.pack = pack;
    return r;
  }
}
