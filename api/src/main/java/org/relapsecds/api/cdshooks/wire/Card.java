package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A card.
 *
 * @param uuid identifies the card in feedback; set on every card
 * @param summary one sentence under 140 characters
 * @param indicator {@code info}, {@code warning} or {@code critical}
 * @param detail GitHub Flavored Markdown
 * @param source where the card's knowledge comes from
 * @param overrideReasons reasons a clinician may give for overriding
 * @param links links (type {@code absolute})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Card(
    String uuid,
    String summary,
    String indicator,
    String detail,
    Source source,
    List<Coding> overrideReasons,
    List<Link> links) {

  /** Longest summary the specification allows (it says "<140 characters"). */
  public static final int MAX_SUMMARY = 139;

  /**
   * The source of a card.
   *
   * @param label the citation or the platform
   * @param url the source's DOI or PubMed page, or the platform's explanation
   * @param topic a Coding of the card's topic (the rule's alert code)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(String label, String url, Coding topic) {}

  /**
   * A link.
   *
   * @param label what it opens
   * @param url absolute URL
   * @param type {@code absolute}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Link(String label, String url, String type) {}
}
