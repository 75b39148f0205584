import type { Command } from '../commands/define';
import type { MethodDefinition } from './method';

/**
 * What a feature brings to the contract: its changes (each becomes a method of the same name,
 * saved and undoable) and its other methods (queries and exports, each with its handler).
 * A feature declares this once in src/<feature>/feature.ts; src/api/features.ts lists them.
 */
export interface Feature<
  C extends Record<string, Command> = Record<string, Command>,
  M extends Record<string, MethodDefinition> = Record<string, MethodDefinition>,
> {
  /** The feature's folder name, for messages about the list itself. */
  name: string;
  commands: C;
  methods: M;
}

export function defineFeature<C extends Record<string, Command>, M extends Record<string, MethodDefinition> = Record<never, never>>(feature: {
  name: string;
  commands: C;
  methods?: M;
}): Feature<C, M> {
  return { name: feature.name, commands: feature.commands, methods: feature.methods ?? ({} as M) };
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every feature's entries of one kind in one map, refusing a name two features both use. */
export function joinFeatures<F extends readonly Feature[], K extends 'commands' | 'methods'>(
  features: F,
  kind: K,
): UnionToIntersection<F[number][K]> {
  const joined: Record<string, unknown> = {};
  for (const feature of features) {
    for (const [name, entry] of Object.entries(feature[kind])) {
      if (Object.hasOwn(joined, name)) throw new Error(`Two features define "${name}"; the second is ${feature.name}.`);
      joined[name] = entry;
    }
  }
  return joined as UnionToIntersection<F[number][K]>;
}
