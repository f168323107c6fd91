package nl.jeugdregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static final Map<String, String> COLUMNS =
      Map.of("receivedOn", "received_on", "state", "state");

  @Test
  void withoutASortTheListsDefaultOrderHoldsWithATiebreak() {
    assertThat(PageRequest.first().orderBy(COLUMNS, "received_on DESC", "id"))
        .isEqualTo("received_on DESC, id");
  }

  @Test
  void aSortKeyIsMappedToItsColumnAndDirection() {
    assertThat(PageRequest.of(0, 10, "receivedOn").orderBy(COLUMNS, "x", "id"))
        .isEqualTo("received_on ASC, id");
    assertThat(PageRequest.of(0, 10, "state,desc").orderBy(COLUMNS, "x", "id"))
        .isEqualTo("state DESC, id");
  }

  @Test
  void anUnknownSortKeyNeverReachesSql() {
    assertThatThrownBy(() -> PageRequest.of(0, 10, "bsn").orderBy(COLUMNS, "x", "id"))
        .isInstanceOf(ListRefusedException.class)
        .hasMessageContaining("sort cannot sort by 'bsn'");
  }

  @Test
  void pagesCountFromZeroAtTheDefaultSize() {
    PageRequest third = PageRequest.of(2, 25, null);
    assertThat(third.offset()).isEqualTo(50);
    assertThat(PageRequest.first().pageSize()).isEqualTo(PageRequest.DEFAULT_SIZE);
    Page<String> page = Page.of(List.of("a"), third, 51);
    assertThat(page.pages()).isEqualTo(3);
    assertThat(page.map(String::length).items()).containsExactly(1);
    assertThat(new Page<>(List.of(), 0, 50, 0).pages()).isEqualTo(1);
  }
}
