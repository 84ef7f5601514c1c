/**
 * A map that keeps at most `limit` entries, dropping the least recently used first. Used
 * wherever a server keeps results that any visitor or edit can add to: rendered page data,
 * whole pages, TeX.
 */
export interface Lru<K, V> {
  get: (key: K) => V | undefined
  set: (key: K, value: V) => void
  delete: (key: K) => void
  readonly size: number
}

export function createLru<K, V>(limit: number): Lru<K, V> {
  const entries = new Map<K, V>()
  return {
    get(key) {
      const value = entries.get(key)
      if (value === undefined) return undefined
      // Re-inserting moves the key to the end: Map keeps insertion order.
      entries.delete(key)
      entries.set(key, value)
      return value
    },
    set(key, value) {
      entries.delete(key)
      entries.set(key, value)
      if (entries.size > limit) entries.delete(entries.keys().next().value as K)
    },
    delete: key => void entries.delete(key),
    get size() {
      return entries.size
    },
  }
}
