package org.relapsecds.api.cdshooks.cards;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.relapsecds.api.cdshooks.wire.Card;

/**
 * Where cards point: the workbench with this case filled in ({@code /#workbench/case=<base64url
 * JSON>}, in the fragment so the facts never reach a server log), and the knowledge browser.
 *
 * @param workbench the prefilled workbench URL
 * @param knowledgeBase the knowledge browser URL
 */
public record CardLinks(String workbench, String knowledgeBase) {
  /** Links under the platform's base URL for one case (the evaluation request's JSON). */
  public static CardLinks of(String baseUrl, byte[] caseJson) {
    String root = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(caseJson);
    return new CardLinks(root + "/#workbench/case=" + encoded, root + "/#knowledge");
  }

  /** Decodes the case of a workbench link (tests and the web UI do the same). */
  public static String caseOf(String workbenchUrl) {
    String encoded = workbenchUrl.substring(workbenchUrl.indexOf("case=") + 5);
    return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
  }

  List<Card.Link> links() {
    return List.of(
        new Card.Link("Open this case in the relapse-cds workbench", workbench, "absolute"));
  }
}
