package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a service call.
 *
 * @param cards the cards, always written ({@code []} when nothing applies)
 */
public record HookResponse(@JsonInclude(JsonInclude.Include.ALWAYS) List<Card> cards) {}
