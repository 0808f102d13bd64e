package org.relapsecds.rules.benchmark;

import java.time.LocalDate;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.testing.Cases;

/** Cases that exercise different parts of the knowledge base, for the benchmarks. */
final class RepresentativeCases {
  private RepresentativeCases() {}

  static RelapseCase named(String name) {
    return switch (name) {
      // The API contract's example: late combined relapse, every scheme, MRD known.
      case "contractExample" ->
          Cases.contractExample()
              .caseId("benchmark")
              .sex(Sex.MALE)
              .diagnosisCnsStatus(CnsStatus.CNS1)
              .build();
      // Very early isolated marrow relapse of T-lineage ALL on therapy: high risk everywhere.
      case "veryEarlyTLineage" ->
          base()
              .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
              .relapseDate(LocalDate.of(2016, 1, 10))
              .marrowBlastPercent(80)
              .genetics(GeneticLesion.TP53_ALTERATION)
              .build();
      // Late isolated CNS relapse: extramedullary path.
      case "lateIsolatedCns" ->
          base()
              .endOfTherapyDate(LocalDate.of(2017, 1, 10))
              .relapseDate(LocalDate.of(2019, 5, 10))
              .marrowBlastPercent(2)
              .extramedullarySites(ExtramedullarySite.CNS)
              .relapseCnsStatus(CnsStatus.CNS3)
              .build();
      // Late marrow relapse without MRD yet: COG group and transplant pending.
      case "lateMarrowMrdPending" ->
          base()
              .endOfTherapyDate(LocalDate.of(2017, 1, 10))
              .relapseDate(LocalDate.of(2019, 5, 10))
              .marrowBlastPercent(60)
              .build();
      // Second relapse: the first-relapse schemes do not apply.
      case "secondRelapse" ->
          base()
              .endOfTherapyDate(LocalDate.of(2017, 1, 10))
              .relapseDate(LocalDate.of(2020, 5, 10))
              .relapseNumber(2)
              .priorRegimens(2)
              .marrowBlastPercent(40)
              .build();
      default -> throw new IllegalArgumentException("no case " + name);
    };
  }

  private static RelapseCase.Builder base() {
    return RelapseCase.builder()
        .caseId("benchmark")
        .birthDate(LocalDate.of(2008, 3, 2))
        .diagnosisDate(LocalDate.of(2015, 1, 10))
        .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR);
  }
}
