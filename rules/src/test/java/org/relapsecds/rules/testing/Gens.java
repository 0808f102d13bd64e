package org.relapsecds.rules.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The few generator shapes QuickTheories does not offer as one call: nullable values, subsets of an
 * enum and a builder filled field by field. Every generator draws only from the randomness source,
 * so QuickTheories shrinks whatever is composed from them.
 */
public final class Gens {
  private Gens() {}

  /** One of the given values, shrinking towards the first. */
  @SafeVarargs
  public static <T> Gen<T> of(T... values) {
    List<T> choices = new ArrayList<>(values.length);
    for (T value : values) {
      choices.add(value); // copied one by one: the varargs array itself never escapes
    }
    return Generate.pick(choices);
  }

  /** Any constant of the enum, shrinking towards the first declared. */
  public static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return Generate.enumValues(type);
  }

  /** The value of {@code gen}, or null with the given probability (shrinks towards null). */
  public static <T> Gen<T> orNull(Gen<T> gen, double nullProbability) {
    int percentNull = (int) Math.round(nullProbability * 100);
    return gen.toOptionals(percentNull).map(o -> o.orElse(null));
  }

  /** Any subset of the enum's constants (shrinks towards the empty set). */
  public static <E extends Enum<E>> Gen<Set<E>> subsetOf(Class<E> type) {
    return subsetOf(type.getEnumConstants().length, type);
  }

  /** Any subset of at most {@code maxSize} of the enum's constants (shrinks to the empty set). */
  public static <E extends Enum<E>> Gen<Set<E>> subsetOf(int maxSize, Class<E> type) {
    return lists()
        .of(Generate.enumValues(type))
        .ofSizes(integers().between(0, maxSize))
        .map(
            list -> {
              Set<E> subset = EnumSet.noneOf(type);
              subset.addAll(list);
              return subset;
            });
  }

  /** Starts a generator that fills a builder from one generator per field. */
  public static <B> BuilderGen<B> withBuilder(Supplier<B> start) {
    return new BuilderGen<>(start, List.of());
  }

  /** A builder filled from one generator per field, in the order the fields were added. */
  public static final class BuilderGen<B> {
    private final Supplier<B> start;
    private final List<Gen<Function<B, B>>> steps;

    private BuilderGen(Supplier<B> start, List<Gen<Function<B, B>>> steps) {
      this.start = start;
      this.steps = steps;
    }

    /** The generator of the next field; {@link Use#in} says where its value goes. */
    public <T> Use<B, T> use(Gen<T> gen) {
      return new Use<>(this, gen);
    }

    /** The generator of the built values. */
    public <T> Gen<T> build(Function<B, T> finish) {
      return in -> {
        B builder = start.get();
        for (Gen<Function<B, B>> step : steps) {
          builder = step.generate(in).apply(builder);
        }
        return finish.apply(builder);
      };
    }

    private BuilderGen<B> then(Gen<Function<B, B>> step) {
      List<Gen<Function<B, B>>> more = new ArrayList<>(steps);
      more.add(step);
      return new BuilderGen<>(start, more);
    }
  }

  /** One field of a {@link BuilderGen}: its generator, waiting for its setter. */
  public static final class Use<B, T> {
    private final BuilderGen<B> owner;
    private final Gen<T> gen;

    private Use(BuilderGen<B> owner, Gen<T> gen) {
      this.owner = owner;
      this.gen = gen;
    }

    /** Sets the generated value on the builder. */
    public BuilderGen<B> in(BiFunction<B, T, B> setter) {
      return owner.then(gen.map(value -> builder -> setter.apply(builder, value)));
    }
  }
}
