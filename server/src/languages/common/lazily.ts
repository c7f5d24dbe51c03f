/**
 * A value computed on first use and kept. Languages load their support (parser, rules, tables)
 * this way, so the server starts without any of them and a run pays only for the languages of
 * the files it sees.
 */
export function lazily<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
