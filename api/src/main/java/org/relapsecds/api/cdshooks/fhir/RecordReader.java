package org.relapsecds.api.cdshooks.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.relapsecds.api.cdshooks.wire.HookRequest;
import tools.jackson.databind.JsonNode;

/**
 * Gathers a patient's record for a service call, key by key, in the three prefetch states of CDS
 * Hooks 2.0: a value (resource or searchset Bundle) is parsed with HAPI FHIR R4; {@code null} or an
 * empty Bundle is "no data"; an OperationOutcome (as the value or as a Bundle entry with {@code
 * search.mode = outcome}) means the client failed, which for a required key is 412 and otherwise
 * marks the key unavailable. An absent key is fetched from {@code fhirServer} (with the {@code
 * fhirAuthorization} token when given); without a server, or when it does not answer, a required
 * key is 412.
 */
public final class RecordReader {
  /** Most Bundle pages followed per key. */
  static final int MAX_PAGES = 20;

  private final FhirContext fhir;
  private final FhirServerClient server;

  public RecordReader(FhirContext fhir, FhirServerClient server) {
    this.fhir = fhir;
    this.server = server;
  }

  /**
   * Reads the record.
   *
   * @throws RecordUnavailableException when required data cannot be had (412)
   * @throws BadPrefetchException when a prefetch value is not FHIR R4 JSON (400)
   */
  public PatientRecord read(HookRequest request, String patientId, List<PrefetchKey> keys) {
    PatientRecord record = new PatientRecord();
    String token =
        request.fhirAuthorization() == null ? null : request.fhirAuthorization().accessToken();
    String base = request.fhirServer();
    for (PrefetchKey key : keys) {
      if (request.prefetch().containsKey(key.key())) {
        JsonNode value = request.prefetch().get(key.key());
        if (value == null || value.isNull()) {
          continue; // prefetched, no data
        }
        IBaseResource resource = parse(key.key(), value.toString());
        if (!collect(resource, record, base, token)) {
          unavailable(key, record, "the client reported an OperationOutcome for it");
        }
      } else if (base == null || !FhirServerClient.allowed(base)) {
        unavailable(
            key,
            record,
            base == null
                ? "it was not prefetched and no fhirServer was given"
                : "it was not prefetched and fhirServer is not https (or http on a loopback host)");
      } else {
        // the templates' token searches hold "|", which a URI must escape
        String url =
            (base.endsWith("/") ? base : base + "/") + key.query(patientId).replace("|", "%7C");
        Optional<String> body = server.get(base, url, token);
        boolean complete =
            body.isPresent() && collect(parseFetched(body.get()), record, base, token);
        if (!complete) {
          unavailable(key, record, "the FHIR server did not answer " + key.template());
        }
      }
    }
    return record;
  }

  private void unavailable(PrefetchKey key, PatientRecord record, String why) {
    if (key.required()) {
      throw new RecordUnavailableException(
          "Prefetch key '" + key.key() + "' (" + key.template() + ") is required: " + why + ".");
    }
    record.markUnavailable(key.key());
  }

  /** Adds the resource's data; false when it is, or holds, an OperationOutcome error. */
  private boolean collect(IBaseResource resource, PatientRecord record, String base, String token) {
    if (resource instanceof OperationOutcome) {
      return false;
    }
    if (!(resource instanceof Bundle bundle)) {
      if (resource instanceof Resource r) {
        record.add(r);
      }
      return true;
    }
    Bundle page = bundle;
    for (int pages = 1; page != null; pages++) {
      for (Bundle.BundleEntryComponent entry : page.getEntry()) {
        boolean outcome =
            entry.getResource() instanceof OperationOutcome
                && (entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME
                    || !entry.getSearch().hasMode());
        if (outcome && isError((OperationOutcome) entry.getResource())) {
          return false;
        }
        if (!outcome && entry.getResource() != null) {
          record.add(entry.getResource());
        }
      }
      Bundle.BundleLinkComponent next = page.getLink(Bundle.LINK_NEXT);
      if (next == null || base == null || token == null || pages >= MAX_PAGES) {
        break; // the client MAY paginate; follow it only with a server and a token to ask
      }
      page =
          server
              .get(base, next.getUrl(), token)
              .map(this::parseFetched)
              .filter(Bundle.class::isInstance)
              .map(Bundle.class::cast)
              .orElse(null);
      if (page == null) {
        return false;
      }
    }
    return true;
  }

  private static boolean isError(OperationOutcome outcome) {
    return outcome.getIssue().stream()
        .anyMatch(
            i ->
                i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                    || i.getSeverity() == OperationOutcome.IssueSeverity.FATAL);
  }

  private IBaseResource parse(String key, String json) {
    try {
      return newParser().parseResource(json);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw new BadPrefetchException(key, "prefetch." + key + " is not a FHIR R4 resource in JSON");
    }
  }

  private IBaseResource parseFetched(String json) {
    try {
      return newParser().parseResource(json);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      return new OperationOutcome(); // an unreadable answer is no data: unavailable
    }
  }

  // a parser per message: HAPI's parsers are not thread-safe, the context is
  private IParser newParser() {
    return fhir.newJsonParser();
  }
}
