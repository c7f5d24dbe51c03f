// A cache of values worked out from an object (a parse, its settings array, an element), kept on
// that object under a private symbol instead of in a WeakMap. V8's young-generation collector keeps
// a WeakMap entry's value alive while the map itself is alive, whether or not its key still is, so
// everything a rule cached on a parse (and the parse it points into) outlived the validation,
// was copied at each minor collection and promoted, and only a full collection freed it. Measured
// on the 150-line typical sysctl file, validated 3,000 times in a 4 MB young generation: about 1 MB
// promoted per minor collection with the WeakMaps, under 80 KB with the values kept on the parse.
// bench/evidence/weakmap-promotion.js shows the collector's behaviour on its own.

export interface PerObjectCache<K extends object, V> {
  get(owner: K): V | undefined;
  has(owner: K): boolean;
  /** Keeps `value` on `owner` (a frozen or sealed owner keeps nothing: the value is worked out again). */
  set(owner: K, value: V): void;
}

export function perObjectCache<K extends object, V>(what: string): PerObjectCache<K, V> {
  const slot = Symbol(what);
  const cache: PerObjectCache<K, V> = {
    get: (owner) => (owner as { [slot]?: V })[slot],
    has: (owner) => Object.prototype.hasOwnProperty.call(owner, slot),
    set(owner, value) {
      if (Object.prototype.hasOwnProperty.call(owner, slot)) (owner as { [slot]?: V })[slot] = value;
      // Not enumerable: spreading, deep comparison and JSON never see it.
      else if (Object.isExtensible(owner)) Object.defineProperty(owner, slot, { value, writable: true, configurable: true, enumerable: false });
    },
  };
  return cache;
}
