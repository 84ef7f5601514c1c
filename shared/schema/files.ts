/** Where each kind of content file finds its schema, relative to the project root. */
export const schemaFiles = {
  page: 'schemas/page.schema.json',
  navigation: 'schemas/navigation.schema.json',
  site: 'schemas/site.schema.json',
} as const

export type SchemaKind = keyof typeof schemaFiles

/** Which schema a file under content/ follows. */
export function schemaKindFor(name: string): SchemaKind {
  if (name === 'navigation.json') return 'navigation'
  if (name === 'site.json') return 'site'
  return 'page'
}

/** The `$schema` value a content file should start with: a path relative to the file itself. */
export function schemaRefFor(name: string): string {
  const depth = name.split('/').length
  return `${'../'.repeat(depth)}${schemaFiles[schemaKindFor(name)]}`
}
