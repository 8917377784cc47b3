package io.github.newsclaims.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The property names of the format, encoded once: the writers emit them as pre-quoted bytes, as
 * Jackson's own bean serializers do, rather than escaping the same few names again in every object.
 */
final class PropertyNames {
  static final SerializableString ABOUT = new SerializedString("about");
  static final SerializableString ACTORS = new SerializedString("actors");
  static final SerializableString AFFILIATION = new SerializedString("affiliation");
  static final SerializableString ALIASES = new SerializedString("aliases");
  static final SerializableString ANNOTATOR = new SerializedString("annotator");
  static final SerializableString APPROXIMATOR = new SerializedString("approximator");
  static final SerializableString ARTICLE = new SerializedString("article");
  static final SerializableString ATTRIBUTION = new SerializedString("attribution");
  static final SerializableString BEST = new SerializedString("best");
  static final SerializableString CARRIED_OVER = new SerializedString("carriedOver");
  static final SerializableString CERTAINTY = new SerializedString("certainty");
  static final SerializableString CLAIMS = new SerializedString("claims");
  static final SerializableString COMMITMENT = new SerializedString("commitment");
  static final SerializableString CONFIDENCE = new SerializedString("confidence");
  static final SerializableString CUE = new SerializedString("cue");
  static final SerializableString DATE = new SerializedString("date");
  static final SerializableString DAY = new SerializedString("day");
  static final SerializableString DERIVED_FROM = new SerializedString("derivedFrom");
  static final SerializableString END = new SerializedString("end");
  static final SerializableString ESTIMATES = new SerializedString("estimates");
  static final SerializableString EVIDENCE = new SerializedString("evidence");
  static final SerializableString EXPRESSION = new SerializedString("expression");
  static final SerializableString FACTUALITY = new SerializedString("factuality");
  static final SerializableString FORMAT = new SerializedString("format");
  static final SerializableString HEADLINE = new SerializedString("headline");
  static final SerializableString HEDGES = new SerializedString("hedges");
  static final SerializableString HIGH = new SerializedString("high");
  static final SerializableString HIGH_CLOSED = new SerializedString("highClosed");
  static final SerializableString ID = new SerializedString("id");
  static final SerializableString INTERVAL = new SerializedString("interval");
  static final SerializableString KEY = new SerializedString("key");
  static final SerializableString KIND = new SerializedString("kind");
  static final SerializableString LABEL = new SerializedString("label");
  static final SerializableString LANGUAGE = new SerializedString("language");
  static final SerializableString LIKELIHOOD = new SerializedString("likelihood");
  static final SerializableString LOW = new SerializedString("low");
  static final SerializableString LOW_CLOSED = new SerializedString("lowClosed");
  static final SerializableString MEASURE = new SerializedString("measure");
  static final SerializableString MENTION = new SerializedString("mention");
  static final SerializableString METHOD = new SerializedString("method");
  static final SerializableString MODE = new SerializedString("mode");
  static final SerializableString MONTH = new SerializedString("month");
  static final SerializableString NAME = new SerializedString("name");
  static final SerializableString NON_CONTENT = new SerializedString("nonContent");
  static final SerializableString OUTLET = new SerializedString("outlet");
  static final SerializableString PERIOD = new SerializedString("period");
  static final SerializableString PHRASE = new SerializedString("phrase");
  static final SerializableString PLACE = new SerializedString("place");
  static final SerializableString POLARITY = new SerializedString("polarity");
  static final SerializableString PROPOSITION = new SerializedString("proposition");
  static final SerializableString PROVENANCE = new SerializedString("provenance");
  static final SerializableString PUBLICATION_DATE = new SerializedString("publicationDate");
  static final SerializableString RATING = new SerializedString("rating");
  static final SerializableString RELATIONS = new SerializedString("relations");
  static final SerializableString RELATIVE_TO = new SerializedString("relativeTo");
  static final SerializableString REVIEWER = new SerializedString("reviewer");
  static final SerializableString REVIEWS = new SerializedString("reviews");
  static final SerializableString SAME_AS = new SerializedString("sameAs");
  static final SerializableString SOURCE = new SerializedString("source");
  static final SerializableString SOURCE_MENTION = new SerializedString("sourceMention");
  static final SerializableString SPAN = new SerializedString("span");
  static final SerializableString START = new SerializedString("start");
  static final SerializableString STATED_VALUE = new SerializedString("statedValue");
  static final SerializableString SUMMARY = new SerializedString("summary");
  static final SerializableString TARGET = new SerializedString("target");
  static final SerializableString TEXT = new SerializedString("text");
  static final SerializableString TIME = new SerializedString("time");
  static final SerializableString UNIT = new SerializedString("unit");
  static final SerializableString URL = new SerializedString("url");
  static final SerializableString VALUE = new SerializedString("value");
  static final SerializableString WORST = new SerializedString("worst");
  static final SerializableString YEAR = new SerializedString("year");

  private PropertyNames() {}
}
