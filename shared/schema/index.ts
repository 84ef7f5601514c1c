export * from './primitives'
export * from './blocks'
export * from './content'
export type * from './rendered'
