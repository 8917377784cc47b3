package io.github.newsclaims.extract.evaluation;

/**
 * The counts {@link DraftScorer} gathers for one article, or summed over a set ({@link #plus}),
 * and the figures computed from them. Micro-averaged: a set's figures come from its summed
 * counts, so a long article weighs more than a short one.
 *
 * @param attributionsGold attributions (claim, hop) of the reference annotation that have a cue
 * @param attributionsFound attributions of the draft that have a cue
 * @param attributionsMatched reference attributions matched one to one by a draft attribution with
 *     the same cue, the draft content covering at least half of the reference content and the right source
 * @param sourcePairs reference attributions matched by cue and content alone
 * @param sourcesRight of those, how many have the right source
 * @param quantitiesGold distinct quantity phrases of the reference
 * @param quantitiesFound distinct quantity phrases of the draft
 * @param quantitiesMatched reference phrases matched by an overlapping draft phrase with the same interval
 * @param quantitySpansMatched reference phrases matched by an overlapping draft phrase, whatever its value
 * @param claimsGold claims of the reference
 * @param claimsCovered reference claims whose evidence one draft claim's evidence covers by at least half
 */
public record DraftScore(int attributionsGold, int attributionsFound, int attributionsMatched, int sourcePairs,
    int sourcesRight, int quantitiesGold, int quantitiesFound, int quantitiesMatched, int quantitySpansMatched,
    int claimsGold, int claimsCovered) {

  /** {@return the score of nothing: every count zero} */
  public static DraftScore zero() {
    return new DraftScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The counts of both summed, for a score over several articles.
   *
   * @param o the other score; not null
   * @return the sum
   */
  public DraftScore plus(DraftScore o) {
    java.util.Objects.requireNonNull(o, "o");
    return new DraftScore(attributionsGold + o.attributionsGold, attributionsFound + o.attributionsFound,
        attributionsMatched + o.attributionsMatched, sourcePairs + o.sourcePairs, sourcesRight + o.sourcesRight,
        quantitiesGold + o.quantitiesGold, quantitiesFound + o.quantitiesFound,
        quantitiesMatched + o.quantitiesMatched, quantitySpansMatched + o.quantitySpansMatched,
        claimsGold + o.claimsGold, claimsCovered + o.claimsCovered);
  }

  /** {@return attribution precision: matched / found (1 when nothing was found)} */
  public double attributionPrecision() {
    return ratio(attributionsMatched, attributionsFound);
  }

  /** {@return attribution recall: matched / reference (1 when the reference has none)} */
  public double attributionRecall() {
    return ratio(attributionsMatched, attributionsGold);
  }

  /** {@return attribution F1, the harmonic mean of precision and recall} */
  public double attributionF1() {
    return f1(attributionPrecision(), attributionRecall());
  }

  /** {@return source accuracy: of the attributions found with the right cue and content, the share with the right source} */
  public double sourceAccuracy() {
    return ratio(sourcesRight, sourcePairs);
  }

  /** {@return quantity precision by span and value} */
  public double quantityPrecision() {
    return ratio(quantitiesMatched, quantitiesFound);
  }

  /** {@return quantity recall by span and value} */
  public double quantityRecall() {
    return ratio(quantitiesMatched, quantitiesGold);
  }

  /** {@return quantity F1 by span and value: a found phrase counts when it overlaps a reference phrase and reads the same interval} */
  public double quantityF1() {
    return f1(quantityPrecision(), quantityRecall());
  }

  /** {@return quantity F1 by span alone, whatever the value read} */
  public double quantitySpanF1() {
    return f1(ratio(quantitySpansMatched, quantitiesFound), ratio(quantitySpansMatched, quantitiesGold));
  }

  /** {@return claim coverage: the share of reference claims a draft claim covers} */
  public double claimCoverage() {
    return ratio(claimsCovered, claimsGold);
  }

  /** One line: every figure, three decimals, with the counts behind it. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "attribution P %.3f R %.3f F1 %.3f (%d/%d found, %d gold); source accuracy %.3f (%d/%d); "
            + "quantity F1 %.3f (span F1 %.3f; %d matched, %d found, %d gold); claim coverage %.3f (%d/%d)",
        attributionPrecision(), attributionRecall(), attributionF1(), attributionsMatched, attributionsFound,
        attributionsGold, sourceAccuracy(), sourcesRight, sourcePairs, quantityF1(), quantitySpanF1(),
        quantitiesMatched, quantitiesFound, quantitiesGold, claimCoverage(), claimsCovered, claimsGold);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
