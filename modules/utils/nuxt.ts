import { addTypeTemplate } from '@nuxt/kit'
import type { Nuxt } from 'nuxt/schema'

/**
 * Hands a value from a module to the server code as `import value from '<id>'`: a Nitro
 * virtual module exporting it as JSON (computed when Nitro bundles), declared for the app's
 * and Nitro's typechecks with the given type and doc comment.
 */
export function addServerValue(nuxt: Nuxt, id: string, declaration: { type: string, doc: string }, value: () => unknown): void {
  addTypeTemplate({
    filename: `types/${id.replace(/^#/, '')}.d.ts`,
    getContents: () => [
      `declare module '${id}' {`,
      `  /** ${declaration.doc} */`,
      `  const value: ${declaration.type}`,
      '  export default value',
      '}',
    ].join('\n'),
  }, { nitro: true, nuxt: true })
  nuxt.options.nitro.virtual ??= {}
  nuxt.options.nitro.virtual[id] = async () => `export default ${JSON.stringify(await value())}`
}
