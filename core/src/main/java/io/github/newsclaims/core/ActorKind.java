package io.github.newsclaims.core;

/** What sort of party an {@link Actor} is. */
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
  /** Any other organisation: a company, a party, an NGO. */
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
