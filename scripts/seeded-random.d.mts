/** A seeded random number generator: the same seed gives the same sequence of numbers in [0, 1). */
export function seededRandom(seed: number): () => number
