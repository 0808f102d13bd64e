package org.relapsecds.api.cdshooks.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Card text: sources' pages from DOI or PMID, summaries under 140 characters, escaped Markdown. */
class CardTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '^',
      value = {
        "Parker C et al. Lancet 2010;376(9757):2009-17. doi:10.1016/S0140-6736(10)62002-8 (UK ALL R3)~https://doi.org/10.1016/S0140-6736(10)62002-8",
        "Nguyen K et al. Leukemia 2008. PMID 18818707~https://pubmed.ncbi.nlm.nih.gov/18818707/",
        "Tallen G et al. J Clin Oncol 2010 (ALL-REZ BFM 90)~"
      })
  void aSourcesPageIsItsDoiElseItsPubMedEntry(String row) {
    String[] parts = row.split("~", -1);
    String url = Citations.url(parts[0]);
    assertThat(url == null ? "" : url).isEqualTo(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 139, 140, 141, 500})
  void summariesStayUnder140Characters(int length) {
    String text = ("word ".repeat(200)).substring(0, length);
    assertThat(Markdown.shorten(text, 139).length()).isLessThan(140);
  }

  @org.junit.jupiter.api.Test
  void markupInRuleTextIsEscaped() {
    assertThat(Markdown.escape("<script>*x*</script> [a](b)"))
        .isEqualTo("\\<script\\>\\*x\\*\\</script\\> \\[a\\](b)");
  }
}
