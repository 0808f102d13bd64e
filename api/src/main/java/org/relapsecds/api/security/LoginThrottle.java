package org.relapsecds.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backoff after repeated failed logins, per account and per client address. After {@code
 * maxFailures} failures within {@code window} (the window restarts when it passes without a
 * failure), the account or address is refused for {@code firstBlock}, doubling with every further
 * failure up to {@code maxBlock}; while refused, even the right password is not tried, so the block
 * cannot be used to go on guessing. A success resets the counters of its account and address.
 *
 * <p>Memory is bounded: the configured accounts have a counter each; names that are no account and
 * addresses share two maps of at most {@code capacity} entries, the least recently seen entry
 * making room for a new one. An attacker spraying names or addresses therefore cannot grow memory,
 * and cannot evict the counter of a real account either. Names are also cut to 128 characters.
 *
 * <p>JDK maps under one lock rather than a cache library: every operation is a lookup or an update
 * of a few fields, and the check runs on every request that carries credentials.
 */
public final class LoginThrottle {
  private static final int MAX_KEY_CHARS = 128;

  /**
   * Limits.
   *
   * @param maxFailuresPerAccount failures of one account name before it is blocked
   * @param maxFailuresPerAddress failures from one client address before it is blocked
   * @param window how long failures are remembered
   * @param firstBlock the first block; each further failure doubles it
   * @param maxBlock the longest block
   * @param capacity entries kept per map of unknown names and of addresses
   */
  public record Limits(
      int maxFailuresPerAccount,
      int maxFailuresPerAddress,
      Duration window,
      Duration firstBlock,
      Duration maxBlock,
      int capacity) {}

  /** Failures of one account or address. */
  private static final class Failures {
    int count;
    long lastFailure;
    long blockedUntil;
  }

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Failures> accounts = new HashMap<>();
  private final Set<String> knownAccounts;
  private final Map<String, Failures> unknownAccounts;
  private final Map<String, Failures> addresses;

  public LoginThrottle(Limits limits, Set<String> knownAccounts, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.knownAccounts = Set.copyOf(knownAccounts);
    this.unknownAccounts = bounded(limits.capacity());
    this.addresses = bounded(limits.capacity());
  }

  /** How long the attempt must wait, if the account (may be null) or the address is blocked. */
  public synchronized Optional<Duration> blocked(String account, String address) {
    long now = clock.millis();
    long until = 0;
    Failures a = account == null ? null : accountMap(account).get(key(account));
    if (a != null) {
      until = Math.max(until, a.blockedUntil);
    }
    Failures b = address == null ? null : addresses.get(address);
    if (b != null) {
      until = Math.max(until, b.blockedUntil);
    }
    return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
  }

  /**
   * Counts a failure.
   *
   * @return the block that this failure started, if it started one
   */
  public synchronized Optional<Duration> failed(String account, String address) {
    long now = clock.millis();
    Duration started = null;
    if (account != null) {
      started = count(accountMap(account), key(account), limits.maxFailuresPerAccount(), now);
    }
    if (address != null) {
      Duration byAddress = count(addresses, address, limits.maxFailuresPerAddress(), now);
      if (byAddress != null && (started == null || byAddress.compareTo(started) > 0)) {
        started = byAddress;
      }
    }
    return Optional.ofNullable(started);
  }

  /** A successful login: its account and address start again from zero. */
  public synchronized void succeeded(String account, String address) {
    if (account != null) {
      accountMap(account).remove(key(account));
    }
    if (address != null && !addresses.isEmpty()) {
      addresses.remove(address);
    }
  }

  /** Entries held, for tests of the memory bound. */
  synchronized int size() {
    return accounts.size() + unknownAccounts.size() + addresses.size();
  }

  private Duration count(Map<String, Failures> map, String key, int max, long now) {
    Failures f = map.get(key);
    if (f == null || (now - f.lastFailure > limits.window().toMillis() && now >= f.blockedUntil)) {
      f = new Failures();
      map.put(key, f);
    }
    f.count++;
    f.lastFailure = now;
    if (f.count < max) {
      return null;
    }
    int doublings = Math.min(f.count - max, 20);
    long block =
        Math.min(limits.maxBlock().toMillis(), limits.firstBlock().toMillis() << doublings);
    f.blockedUntil = now + block;
    return Duration.ofMillis(block);
  }

  private Map<String, Failures> accountMap(String account) {
    return knownAccounts.contains(account) ? accounts : unknownAccounts;
  }

  private static String key(String account) {
    return account.length() <= MAX_KEY_CHARS ? account : account.substring(0, MAX_KEY_CHARS);
  }

  private static Map<String, Failures> bounded(int capacity) {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > capacity;
      }
    };
  }
}
