import { CURRENT_SCHEMA_VERSION } from './document';

/**
 * The numbered steps that bring a file from an older format to the current one. Step N takes a
 * document of version N and returns one of version N + 1. Steps work on plain JSON (not on the
 * typed document) because an old file does not match today's types; the result is validated
 * against today's schema after the last step.
 */
export interface MigrationContext {
  /** The time zone to assume where an old file did not record one. */
  defaultTimeZone: string;
}

type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  describe: string;
  up(doc: Json, context: MigrationContext): Json;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe:
      'Format 1 called the community "jurisdiction" and had no time zone; format 2 names it ' +
      '"community" and records the coalition time zone used for meeting times.',
    up(doc, context) {
      const coalition = { ...(doc.coalition as Json | undefined) };
      if (!('community' in coalition)) coalition.community = coalition.jurisdiction ?? '';
      delete coalition.jurisdiction;
      if (!('timeZone' in coalition)) coalition.timeZone = context.defaultTimeZone;
      return { ...doc, coalition, stageMarks: doc.stageMarks ?? [], schemaVersion: 2 };
    },
  },
];

/** Runs every step from `version` up to the current format. */
export function migrate(doc: Json, version: number, context: MigrationContext): Json {
  let current = doc;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v += 1) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from format ${v}.`);
    current = step.up(current, context);
    if (current.schemaVersion !== v + 1) {
      throw new Error(`The migration from format ${v} did not produce format ${v + 1}.`);
    }
  }
  return current;
}
