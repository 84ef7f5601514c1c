/**
 * Prepares data that one server process shares between requests: drops the keys whose value
 * is undefined (as a JSON round trip would, so the payload is the same as the API's answer),
 * then freezes it and everything reachable from it. Changing shared data in place would leak
 * from one visitor's page into the next; frozen, that mistake is an error where it happens.
 */
export function freezeShared<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (record[key] === undefined && !Array.isArray(value)) Reflect.deleteProperty(record, key)
    else freezeShared(record[key])
  }
  return Object.freeze(value)
}
