/**
 * How big a "ten-year statewide program" is at 1x: the counts a large coalition reaches
 * after a decade. 3x and 10x multiply every collection; the history stays at its kept length.
 */
export const ONE_X = {
  organizations: 400,
  stakeholders: 10_000,
  conversations: 30_000,
  workgroups: 40,
  meetings: 3_000,
  actionItems: 30_000,
  policies: 500,
  revisionsPerPolicy: 6,
  recognitionEvents: 50,
  nominationsPerEvent: 40,
  /** Forty classes a year across the state, for ten years. */
  trainingClasses: 400,
  traineesPerClass: 24,
  history: 1_000,
  /** A statewide steering committee's seats, each with ten years of terms. */
  committeeSeats: 60,
  /** The resource directory: a few services for most partner organizations. */
  services: 600,
} as const;

export type Sizes = { -readonly [K in keyof typeof ONE_X]: number };

/** The counts at `scale` (0.01 gives a tiny workspace for tests); at least one of each. */
export function sizesAt(scale: number): Sizes {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    organizations: at(ONE_X.organizations),
    stakeholders: Math.max(12, at(ONE_X.stakeholders)),
    conversations: at(ONE_X.conversations),
    workgroups: at(ONE_X.workgroups),
    meetings: Math.max(4, at(ONE_X.meetings)),
    actionItems: at(ONE_X.actionItems),
    policies: at(ONE_X.policies),
    revisionsPerPolicy: ONE_X.revisionsPerPolicy,
    recognitionEvents: at(ONE_X.recognitionEvents),
    nominationsPerEvent: ONE_X.nominationsPerEvent,
    trainingClasses: at(ONE_X.trainingClasses),
    traineesPerClass: ONE_X.traineesPerClass,
    history: Math.min(ONE_X.history, Math.max(10, at(ONE_X.history))),
    committeeSeats: at(ONE_X.committeeSeats),
    services: at(ONE_X.services),
  };
}
