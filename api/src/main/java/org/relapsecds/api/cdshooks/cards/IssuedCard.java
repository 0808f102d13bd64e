package org.relapsecds.api.cdshooks.cards;

import java.util.List;
import org.relapsecds.api.cdshooks.wire.Card;

/**
 * A card with the rules whose output it shows, so feedback on it counts for those rules.
 *
 * @param card the wire card
 * @param rules rule names
 */
public record IssuedCard(Card card, List<String> rules) {}
