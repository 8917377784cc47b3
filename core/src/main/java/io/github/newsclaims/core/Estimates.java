package io.github.newsclaims.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Computing with estimates: figures derived from stated ones through interval arithmetic, and
 * comparisons that tell consistent reports from conflicting ones.
 *
 * <p>A derived estimate has the approximator {@link Approximator#DERIVED DERIVED}, the ids of the
 * estimates it came from as {@link Estimate#getDerivedFrom() derivedFrom} (after W3C PROV-O
 * {@code wasDerivedFrom}), no phrase and no stated value. Its interval holds every result of the
 * operation on members of the operands' intervals, with open and closed bounds carried through as
 * {@link Interval#times(Interval)} describes: "nearly a third" {@code [0.3, 0.3333333333333333)} of
 * "about 15,000" {@code [13500, 16500]} is {@code [4050, 5500)}. Operands are treated as
 * independent, so an estimate combined with itself gives a wider interval than the exact answer.
 *
 * <p>Methods that build an estimate throw {@link IllegalArgumentException} when the new estimate
 * would break an {@link Estimate} invariant (a blank id, an id equal to an operand's), and as each
 * method documents.
 *
 * @since 0.1.0
 */
public final class Estimates {
  private Estimates() {}

  /**
   * The sum {@code a + b}, e.g. soldiers plus civilian workers sent.
   *
   * @param unit the unit of the result, of the same kind as both operands
   * @param id the id of the result, unique within its article
   * @param measure what the result measures, in plain words
   * @param a the first operand
   * @param b the second operand
   * @return the derived estimate, its interval the interval sum and {@code derivedFrom} both ids
   * @throws IllegalArgumentException if the units are of different kinds or different currencies
   */
  public static Estimate sum(String id, String measure, Unit unit, Estimate a, Estimate b) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    sameKind("add", unit, a, b);
    return derived(id, measure, unit, a.getInterval().plus(b.getInterval()), a, b);
  }

  /**
   * The difference {@code a - b}, e.g. troops sent minus troops killed or injured.
   *
   * @param unit the unit of the result, of the same kind as both operands
   * @param id the id of the result, unique within its article
   * @param measure what the result measures, in plain words
   * @param a the estimate subtracted from
   * @param b the estimate subtracted
   * @return the derived estimate, its interval the interval difference and {@code derivedFrom} both ids
   * @throws IllegalArgumentException if the units are of different kinds or different currencies
   */
  public static Estimate difference(String id, String measure, Unit unit, Estimate a, Estimate b) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    sameKind("subtract", unit, a, b);
    return derived(id, measure, unit, a.getInterval().minus(b.getInterval()), a, b);
  }

  /**
   * The product {@code a × b} of the values as they stand. For "a share of a whole", where a
   * percentage must count as hundredths, use {@link #share(String, String, Unit, Estimate, Estimate)}.
   *
   * @param unit the unit of the result; not checked against the operands
   * @param id the id of the result, unique within its article
   * @param measure what the result measures, in plain words
   * @param a the first factor
   * @param b the second factor
   * @return the derived estimate, its interval the interval product and {@code derivedFrom} both ids
   */
  public static Estimate product(String id, String measure, Unit unit, Estimate a, Estimate b) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return derived(id, measure, unit, a.getInterval().times(b.getInterval()), a, b);
  }

  /**
   * The ratio {@code a / b}, e.g. casualties per soldier sent, or this year's output over last
   * year's as a {@link Unit#multiplier() multiplier}.
   *
   * @param unit the unit of the result; not checked against the operands
   * @param id the id of the result, unique within its article
   * @param measure what the result measures, in plain words
   * @param a the dividend
   * @param b the divisor
   * @return the derived estimate, its interval the interval quotient and {@code derivedFrom} both ids
   * @throws IllegalArgumentException if {@code b}'s interval contains zero (see
   *     {@link Interval#dividedBy(Interval)})
   */
  public static Estimate ratio(String id, String measure, Unit unit, Estimate a, Estimate b) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return derived(id, measure, unit, a.getInterval().dividedBy(b.getInterval()), a, b);
  }

  /**
   * The part of {@code whole} that {@code share} stands for: "nearly a third of about 15,000
   * soldiers" gives the killed or injured, {@code [4050, 5500)}. A {@link UnitKind#PERCENTAGE
   * PERCENTAGE} share counts as hundredths, a {@link UnitKind#FRACTION FRACTION} as it stands.
   *
   * @param unit the unit of the result, usually the whole's
   * @param id the id of the result, unique within its article
   * @param measure what the result measures, in plain words
   * @param share the fraction or percentage estimate
   * @param whole the estimate it is a share of
   * @return the derived estimate of the part
   * @throws IllegalArgumentException if {@code share} is neither a fraction nor a percentage
   */
  public static Estimate share(String id, String measure, Unit unit, Estimate share, Estimate whole) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(whole, "whole");
    UnitKind kind = share.getUnit().getKind();
    Checks.check(kind == UnitKind.FRACTION || kind == UnitKind.PERCENTAGE,
        "estimate %s is a share only if it is a FRACTION or PERCENTAGE, was %s", share.getId(), kind);
    Interval part = kind == UnitKind.PERCENTAGE ? share.getInterval().scaledBy(0.01) : share.getInterval();
    return derived(id, measure, unit, part.times(whole.getInterval()), share, whole);
  }

  /**
   * {@code a} multiplied by the exact, finite {@code factor}: last year's output "doubled" when the
   * factor is known exactly, or a count converted to another unit.
   *
   * @param id the id of the result, unique within its article
   * @param measure what the result measures, in plain words
   * @param unit the unit of the result
   * @param a the estimate to scale
   * @param factor the exact factor; finite
   * @return the derived estimate, its interval {@code a}'s scaled by the factor
   * @throws IllegalArgumentException if the factor is NaN or infinite
   */
  public static Estimate scaled(String id, String measure, Unit unit, Estimate a, double factor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(a, "a");
    return derived(id, measure, unit, a.getInterval().scaledBy(factor), a);
  }

  /**
   * How two estimates of the same measure relate: {@code CONSISTENT} if one interval contains the
   * other, {@code OVERLAPPING} if they only share some members, {@code CONFLICTING} if they are
   * disjoint. Whether the two measure the same thing is the caller's judgement; the units must be
   * {@link Unit#isCommensurableWith(Unit) commensurable} (the same kind and currency; the counted
   * nouns of counts may differ).
   *
   * @param a one estimate
   * @param b another estimate of the same measure, in a commensurable unit
   * @return how their intervals relate
   * @throws IllegalArgumentException if the units are not commensurable
   */
  public static EstimateComparison compare(Estimate a, Estimate b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Checks.check(a.getUnit().isCommensurableWith(b.getUnit()),
        "cannot compare estimate %s (%s) with estimate %s (%s): units differ",
        a.getId(), a.getUnit(), b.getId(), b.getUnit());
    return EstimateComparison.ofIntervals(a.getInterval(), b.getInterval());
  }

  /**
   * Every pair of conflicting estimates in one article: the same measure (compared ignoring case and
   * runs of white space), commensurable units, disjoint intervals. Pairs come in the order of
   * {@link AnnotatedArticle#estimates()}.
   *
   * @param article the annotated article to look in
   * @return the conflicting pairs; empty when there are none
   */
  public static List<EstimateConflict> conflicts(AnnotatedArticle article) {
    return conflicts(List.of(Objects.requireNonNull(article, "article")));
  }

  /**
   * Every pair of conflicting estimates within and across {@code articles}: the same measure
   * (compared ignoring case and runs of white space), {@linkplain Unit#isCommensurableWith(Unit)
   * commensurable} units (the same kind and currency; counts whose nouns differ, "soldiers" and
   * "troops", are compared, since the measure says what is counted), disjoint intervals. Never throws
   * for valid articles. Pairs come
   * in the order of the articles and, within each, of {@link AnnotatedArticle#estimates()}; each
   * pair once.
   *
   * @param articles the annotated articles to look in
   * @return the conflicting pairs; empty when there are none
   */
  public static List<EstimateConflict> conflicts(Collection<AnnotatedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    List<Map.Entry<String, Estimate>> all = new ArrayList<>();
    for (AnnotatedArticle article : articles) {
      String articleId = article.getArticle().getId();
      article.estimates().forEach(estimate -> all.add(Map.entry(articleId, estimate)));
    }
    // Only estimates of one measure can conflict: group them by measure once, then compare within
    // each group, walking i in order and j after it, so the pairs come out in the documented order.
    int n = all.size();
    Map<String, List<Integer>> byMeasure = new HashMap<>();
    List<List<Integer>> groupOf = new ArrayList<>(n);
    int[] position = new int[n];
    for (int i = 0; i < n; i++) {
      List<Integer> group = byMeasure.computeIfAbsent(measureKey(all.get(i).getValue()), key -> new ArrayList<>());
      position[i] = group.size();
      group.add(i);
      groupOf.add(group);
    }
    List<EstimateConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Integer> group = groupOf.get(i);
      Estimate a = all.get(i).getValue();
      for (int g = position[i] + 1; g < group.size(); g++) {
        int j = group.get(g);
        Estimate b = all.get(j).getValue();
        if (a.getUnit().isCommensurableWith(b.getUnit()) && compare(a, b) == EstimateComparison.CONFLICTING) {
          conflicts.add(EstimateConflict.of(all.get(i).getKey(), a, all.get(j).getKey(), b));
        }
      }
    }
    return List.copyOf(conflicts);
  }

  static String measureKey(Estimate estimate) {
    return estimate.getMeasure().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void sameKind(String operation, Unit unit, Estimate a, Estimate b) {
    Unit ua = a.getUnit();
    Unit ub = b.getUnit();
    Checks.check(ua.getKind() == ub.getKind() && ub.getKind() == unit.getKind(),
        "cannot %s estimate %s (%s) and estimate %s (%s) into %s: the unit kinds differ",
        operation, a.getId(), ua.getKind(), b.getId(), ub.getKind(), unit.getKind());
    if (unit.getKind() == UnitKind.CURRENCY) {
      Checks.check(ua.equals(ub) && ub.equals(unit), "cannot %s estimate %s (%s) and estimate %s (%s) into %s: "
          + "the currencies differ", operation, a.getId(), ua, b.getId(), ub, unit);
    }
  }

  private static Estimate derived(String id, String measure, Unit unit, Interval interval, Estimate... sources) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (Estimate source : sources) {
      ids.add(source.getId());
    }
    return Estimate.builder().id(id).measure(measure).unit(unit).approximator(Approximator.DERIVED)
        .interval(interval).derivedFrom(ids).build();
  }
}
