package nl.jeugdregie.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sturing en beheer pages' refusals and edges without a browser (issue 12): what each role may
 * export (policy: aggregates only), an unknown list or format, a contract form refused for a role
 * or for a value (Dutch, the field named, nothing stored), a wrong audit filter, and htmx getting
 * only the table.
 */
@SpringBootTest(classes = Jeugdregie.class)
class ControlPagesTest {

  @Autowired WebApplicationContext context;
  @Autowired Providers providers;
  @Autowired Clock clock;

  private MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /** Signs in on the form, as a browser does, and keeps the session. */
  private MockHttpSession signIn(String user) throws Exception {
    var result = mvc.perform(formLogin("/login").user(user).password("demo")).andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    return (MockHttpSession)
        java.util.Objects.requireNonNull(result.getRequest().getSession(false), "session");
  }

  private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    return response;
  }

  @Test
  void policyExportsAggregatesAndProvidersButNoCaseLists() throws Exception {
    String agb = TestData.agb();
    providers.register(agb, "Exportzorg " + agb);
    MockHttpSession policy = signIn("beleid");
    var page = answer(get("/app/overzicht").session(policy));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("data-export=\"aanbieders-csv\"")
        .contains("id=\"per-aanbieder\"")
        .doesNotContain("data-export=\"toewijzingen-csv\"")
        .contains(
            "href=\"/app/export/betaalspecificaties?format=csv&amp;maand="
                + java.time.YearMonth.now(clock).minusMonths(1)
                + "\"");

    var refused = answer(get("/app/export/toewijzingen?format=csv").session(policy));
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString()).contains("Geen toegang");

    var providersFile = answer(get("/app/export/aanbieders?format=csv").session(policy));
    assertThat(providersFile.getStatus()).isEqualTo(200);
    assertThat(providersFile.getContentType()).startsWith("text/csv");
    assertThat(providersFile.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"aanbieders-" + LocalDate.now(clock) + ".csv\"");
    assertThat(providersFile.getContentAsString())
        // Dutch column headings on the screens' exports (the API's keep the field names)
        .startsWith("AGB,Naam,Regio's,Categorie\u00ebn")
        .contains(agb + ",Exportzorg " + agb);
  }

  @Test
  void theContractManagerExportsEveryListOfItsRegionInBothFormats() throws Exception {
    MockHttpSession twente = signIn("contract-twente");
    for (String list :
        new String[] {"toewijzingen", "declaraties", "betaalspecificaties", "signalen"}) {
      for (String format : new String[] {"csv", "xlsx"}) {
        var file = answer(get("/app/export/" + list + "?format=" + format).session(twente));
        assertThat(file.getStatus()).as(list + " " + format).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition"))
            .as(list)
            .endsWith(list + "-" + LocalDate.now(clock) + "." + format + "\"");
      }
    }
    var unknown = answer(get("/app/export/clienten?format=csv").session(twente));
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getContentAsString()).contains("Niet gevonden");

    var wrongFormat = answer(get("/app/export/toewijzingen?format=pdf").session(twente));
    assertThat(wrongFormat.getStatus()).isEqualTo(400);
    assertThat(wrongFormat.getContentAsString()).contains("Onjuiste invoer").contains("format");
  }

  @Test
  void onlyAnAdministratorAddsAContractAndAWrongOneIsNamedInDutch() throws Exception {
    String agb = TestData.agb();
    providers.register(agb, "Beheerzorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));

    var refused =
        answer(
            post("/app/beheer/aanbieders/" + agb + "/contracten")
                .session(signIn("contract-twente"))
                .with(csrf())
                .param("region", "twente")
                .param("category", "45")
                .param("validFrom", "2026-01-01"));
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(providers.contracts(agb)).hasSize(1);

    MockHttpSession admin = signIn("admin");
    var backwards =
        answer(
            post("/app/beheer/aanbieders/" + agb + "/contracten")
                .session(admin)
                .with(csrf())
                .param("region", "twente")
                .param("category", "45")
                .param("productCode", "")
                .param("validFrom", "2026-01-01")
                .param("validTo", "2025-12-31"));
    assertThat(backwards.getStatus()).isEqualTo(200);
    assertThat(backwards.getContentAsString())
        .contains("Geldig tot en met: ligt voor geldig vanaf (01-01-2026).")
        .contains("aria-describedby=\"validTo-fout\"");
    var unknownRegion =
        answer(
            post("/app/beheer/aanbieders/" + agb + "/contracten")
                .session(admin)
                .with(csrf())
                .param("region", "mars")
                .param("category", "45")
                .param("validFrom", "2026-01-01"));
    assertThat(unknownRegion.getContentAsString())
        .contains("Regio: er is geen beleidspakket &#39;mars&#39;.");
    var noDate =
        answer(
            post("/app/beheer/aanbieders/" + agb + "/contracten")
                .session(admin)
                .with(csrf())
                .param("region", "twente")
                .param("category", "45")
                .param("validFrom", ""));
    assertThat(noDate.getContentAsString()).contains("Geldig vanaf: vul een datum in.");
    assertThat(providers.contracts(agb)).hasSize(1);

    var unknownProvider = answer(get("/app/beheer/aanbieders/99999999").session(admin));
    assertThat(unknownProvider.getStatus()).isEqualTo(404);
  }

  @Test
  void theAuditLogNamesAWrongFilterAndHtmxGetsOnlyTheTable() throws Exception {
    MockHttpSession admin = signIn("admin");
    var wrong = answer(get("/app/beheer/audit?client=xyz").session(admin));
    assertThat(wrong.getStatus()).isEqualTo(200);
    assertThat(wrong.getContentAsString())
        .contains(
            "Cliënt: een pseudoniem is C- met 10 tekens (0-9, A-F), bijvoorbeeld C-0123456789.")
        .contains("aria-describedby=\"client-fout\"")
        .contains("Geen regels gevonden.");
    // a value that is no date at all stops the binding there (the browser's date input sends
    // none): named on its own
    var notADate = answer(get("/app/beheer/audit?from=gisteren").session(admin));
    assertThat(notADate.getContentAsString()).contains("Vanaf: geen geldige datum.");

    var table = answer(get("/app/beheer/audit").session(admin).header("HX-Request", "true"));
    assertThat(table.getContentAsString())
        .startsWith("<section id=\"auditlog\">")
        .doesNotContain("<html");
    var providersTable =
        answer(
            get("/app/beheer/aanbieders?region=twente&page=0")
                .session(admin)
                .header("HX-Request", "true"));
    assertThat(providersTable.getContentAsString())
        .startsWith("<section id=\"aanbieders\">")
        .doesNotContain("<form");
  }
}
