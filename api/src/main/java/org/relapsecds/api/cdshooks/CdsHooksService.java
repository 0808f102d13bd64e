package org.relapsecds.api.cdshooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.relapsecds.api.cdshooks.cards.CardDeck;
import org.relapsecds.api.cdshooks.cards.CardLinks;
import org.relapsecds.api.cdshooks.cards.IssuedCard;
import org.relapsecds.api.cdshooks.feedback.CardStore;
import org.relapsecds.api.cdshooks.fhir.Gap;
import org.relapsecds.api.cdshooks.fhir.MappedCase;
import org.relapsecds.api.cdshooks.fhir.PatientRecord;
import org.relapsecds.api.cdshooks.fhir.RecordMapper;
import org.relapsecds.api.cdshooks.fhir.RecordReader;
import org.relapsecds.api.cdshooks.security.AuthenticatedClient;
import org.relapsecds.api.cdshooks.wire.Card;
import org.relapsecds.api.cdshooks.wire.HookRequest;
import org.relapsecds.api.cdshooks.wire.HookResponse;
import org.relapsecds.api.decisions.Caller;
import org.relapsecds.api.decisions.Channels;
import org.relapsecds.api.evaluation.CaseMapper;
import org.relapsecds.api.evaluation.EvaluationRequest;
import org.relapsecds.api.evaluation.EvaluationResponse;
import org.relapsecds.api.evaluation.EvaluationService;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.relapsecds.rules.model.RelapseCase;
import tools.jackson.databind.json.JsonMapper;

/**
 * One CDS Hooks service call: checks the request, gathers the FHIR record, maps it to a case,
 * evaluates it through the {@link EvaluationService} (channel {@value #CHANNEL}, with the client
 * and the hook instance), turns the outcome into cards and records them for feedback.
 */
class CdsHooksService {
  static final String CHANNEL = Channels.CDS_HOOKS;

  /**
   * Inputs without which the CDS Hooks mapping does not evaluate (end of therapy included: an
   * absent end date would mean "relapse on therapy", which the record does not say).
   */
  static final Set<String> REQUIRED =
      Set.of(
          "patient.birthDate",
          "diagnosis.date",
          "diagnosis.immunophenotype",
          "relapse.date",
          "relapse.marrowBlastPercent",
          "frontlineTherapy.endDate");

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final RecordReader reader;
  private final RecordMapper mapper;
  private final CaseMapper cases;
  private final EvaluationService evaluations;
  private final OrderedAgents agents;
  private final CardStore store;
  private final JsonMapper json;

  CdsHooksService(
      RecordReader reader,
      RecordMapper mapper,
      CaseMapper cases,
      EvaluationService evaluations,
      OrderedAgents agents,
      CardStore store,
      JsonMapper json) {
    this.reader = reader;
    this.mapper = mapper;
    this.cases = cases;
    this.evaluations = evaluations;
    this.agents = agents;
    this.store = store;
    this.json = json;
  }

  HookResponse call(
      CdsServices service, HookRequest request, AuthenticatedClient client, String baseUrl) {
    String patientId = check(service, request);
    Set<String> orderAlerts = Set.of();
    if (service == CdsServices.ORDER_CHECK) {
      try {
        orderAlerts = agents.alertCodes(request.context().get("draftOrders"));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            List.of(new InvalidField("context.draftOrders", e.getMessage())));
      }
      if (orderAlerts.isEmpty()) {
        return new HookResponse(List.of()); // no agent with safety rules ordered
      }
    }
    PatientRecord record = reader.read(request, patientId, CdsServices.PREFETCH);
    if (record.patient() != null
        && record.patient().hasIdElement()
        && record.patient().getIdElement().getIdPart() != null
        && !patientId.equals(record.patient().getIdElement().getIdPart())) {
      // never assess one patient's record under another's context
      throw new InvalidRequestException(
          List.of(new InvalidField("prefetch.patient", "is not the patient of context.patientId")));
    }
    MappedCase mapped = mapper.map(record);
    if (!mapped.inScope()) {
      return new HookResponse(List.of());
    }
    EvaluationRequest wire = mapped.request();
    CardLinks links = CardLinks.of(baseUrl, json.writeValueAsBytes(wire));
    List<Gap> missing = mapped.gaps().stream().filter(g -> REQUIRED.contains(g.field())).toList();
    List<IssuedCard> cards;
    EvaluationResponse outcome = null;
    if (missing.isEmpty()) {
      try {
        EvaluationRequest received = withCaseId(wire, request.hookInstance());
        RelapseCase relapseCase = cases.toCase(received);
        outcome =
            evaluations.evaluate(
                relapseCase,
                json.writeValueAsBytes(received),
                Channels.CDS_HOOKS,
                new Caller(
                    Caller.CDS_CLIENT, client.name() != null ? client.name() : client.issuer()),
                request.hookInstance());
      } catch (InvalidRequestException e) {
        missing = e.errors().stream().map(f -> new Gap(f.field(), f.message())).toList();
      }
    }
    if (outcome == null) {
      CardDeck deck =
          new CardDeck(links, new EvaluationResponse.KnowledgeBaseRef("(not evaluated)", 0));
      cards = service == CdsServices.ORDER_CHECK ? List.of() : List.of(deck.notEvaluated(missing));
    } else {
      CardDeck deck = new CardDeck(links, outcome.knowledgeBase());
      cards =
          service == CdsServices.ORDER_CHECK
              ? deck.orderCheck(outcome, orderAlerts)
              : deck.assessment(outcome, mapped.gaps(), record.unavailable());
    }
    store.issued(service.id(), client.issuer(), request.hookInstance(), cards);
    List<Card> wireCards = new ArrayList<>();
    cards.forEach(c -> wireCards.add(c.card()));
    return new HookResponse(wireCards);
  }

  private static EvaluationRequest withCaseId(EvaluationRequest r, String hookInstance) {
    return new EvaluationRequest(
        hookInstance,
        r.patient(),
        r.diagnosis(),
        r.frontlineTherapy(),
        r.relapse(),
        r.response(),
        r.history());
  }

  /** The patient id, after checking hook, hookInstance and context; 400 naming each bad field. */
  private static String check(CdsServices service, HookRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    if (request.hook() == null) {
      errors.add(new InvalidField("hook", "is required"));
    } else if (!service.hook().equals(request.hook())) {
      errors.add(
          new InvalidField("hook", "must be " + service.hook() + " for service " + service.id()));
    }
    if (request.hookInstance() == null || !UUID.matcher(request.hookInstance()).matches()) {
      errors.add(new InvalidField("hookInstance", "must be a UUID"));
    }
    String patientId = request.contextText("patientId");
    if (patientId == null || !FHIR_ID.matcher(patientId).matches()) {
      errors.add(new InvalidField("context.patientId", "must be a FHIR resource id"));
    }
    if (request.context().get("userId") == null) {
      errors.add(new InvalidField("context.userId", "is required"));
    }
    if (service == CdsServices.ORDER_CHECK && request.context().get("draftOrders") == null) {
      errors.add(new InvalidField("context.draftOrders", "is required for order-select"));
    }
    if (request.fhirServer() != null
        && !request.fhirServer().regionMatches(true, 0, "http", 0, 4)) {
      errors.add(new InvalidField("fhirServer", "must be an http(s) URL"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return patientId;
  }
}
