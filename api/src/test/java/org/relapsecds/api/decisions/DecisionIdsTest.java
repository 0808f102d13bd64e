package org.relapsecds.api.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionIdsTest {
  @Test
  void anIdIsAVersion7UuidWithTheTimeInItsFirst48Bits() {
    long millis = 1_764_633_600_123L; // 2025-12-02T00:00:00.123Z
    UUID id = UUID.fromString(DecisionIds.next(millis, new SecureRandom()));

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2); // RFC 9562
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
  }

  @Test
  void idsOfLaterMillisecondsSortAfterEarlierOnesAndNeverRepeat() {
    SecureRandom random = new SecureRandom();
    List<String> ids = new ArrayList<>();
    for (long t = 1_764_633_600_000L; t < 1_764_633_600_000L + 2_000; t++) {
      ids.add(DecisionIds.next(t, random));
      ids.add(DecisionIds.next(t, random));
    }
    List<String> byTime = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 2) {
      byTime.add(ids.get(i));
    }

    assertThat(byTime).isSorted();
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    assertThat(DecisionRecorder.newId()).hasSize(36);
  }
}
