package io.github.newsclaims.core;

/**
 * What sort of party an {@link Actor} is.
 *
 * @since 0.1.0
 */
public enum ActorKind {
  /** A named individual, such as Kim Jong Un. */
  PERSON,
  /** A state or its government, such as North Korea. */
  STATE,
  /** A state-controlled news organ, such as KCNA. */
  STATE_MEDIA,
  /** An independent news organisation or outlet. */
  NEWS_OUTLET,
  /** An intelligence service, such as South Korean intelligence. */
  INTELLIGENCE_AGENCY,
  /** Armed forces or a unit of them. */
  MILITARY,
  /**
   * A government or one of its civilian parts that is not a state as a whole: a ministry, a
   * presidential or mayor's office, a city council, a cabinet.
   */
  GOVERNMENT,
  /** Police, prosecutors, border or customs officers: those who enforce the law. */
  LAW_ENFORCEMENT,
  /** A business, such as an arms maker or a bank. */
  COMPANY,
  /** An organisation of states, such as the United Nations, NATO or the IAEA. */
  INTERNATIONAL_ORGANISATION,
  /** A non-governmental organisation, such as a human rights group or a charity. */
  NON_GOVERNMENTAL_ORGANISATION,
  /** A political party, such as the Workers' Party of Korea. */
  POLITICAL_PARTY,
  /** A court or tribunal. */
  COURT,
  /** A public health body, such as a health ministry's agency or the WHO. */
  HEALTH_AUTHORITY,
  /** Any other organisation, when none of the kinds above fits. */
  ORGANISATION,
  /** An unnamed or named group of experts or analysts ("Analysts say", "experts believe"). */
  EXPERT_GROUP,
  /** A source the article does not name ("growing reports", "officials said"). */
  UNNAMED_SOURCE,
  /** A population or group of people that is talked about, such as civilian workers. */
  GROUP,
  /** Anything else. */
  OTHER
}
