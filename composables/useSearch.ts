import type { Ref } from 'vue'
import { parseExcerpt, resultPath } from '~/utils/search'
import type { SearchResult } from '~/utils/search'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'unavailable'

interface PagefindResultData { url: string, excerpt: string, meta: Record<string, string | undefined> }
interface Pagefind {
  init: () => Promise<void>
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: Array<{ data: () => Promise<PagefindResultData> }> } | null>
}

export interface SearchState {
  query: Ref<string>
  results: Ref<SearchResult[]>
  status: Ref<SearchStatus>
  /** Loads the index code on first use; nothing of search is fetched before this. */
  load: () => Promise<void>
}

const MAX_RESULTS = 10

let pagefindModule: Promise<Pagefind | undefined> | undefined

/**
 * Search over the static export with Pagefind: the index is built by `npm run generate` into
 * /pagefind and loaded in chunks, only once a visitor opens search. No server involved.
 */
export function useSearch(): SearchState {
  const query = ref('')
  const results = ref<SearchResult[]>([])
  const status = ref<SearchStatus>('idle')
  let pagefind: Pagefind | undefined

  async function load() {
    if (pagefind || status.value === 'loading') return
    status.value = 'loading'
    // One import per visit, shared by the header panel and the mobile menu. Module state is
    // safe here: this runs only in the browser, when a visitor opens search.
    pagefindModule ??= import(/* @vite-ignore */ `${useRuntimeConfig().app.baseURL}pagefind/pagefind.js`)
      .then(async (module: Pagefind) => {
        await module.init()
        return module
      })
      .catch(() => undefined)
    pagefind = await pagefindModule
    status.value = pagefind ? 'ready' : 'unavailable'
    if (pagefind && query.value) await run(query.value)
  }

  async function run(text: string) {
    if (!pagefind) return
    const trimmed = text.trim()
    if (!trimmed) {
      results.value = []
      return
    }
    const found = await pagefind.debouncedSearch(trimmed, {}, 150)
    // null: a newer query superseded this one.
    if (!found || text !== query.value) return
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map(r => r.data()))
    results.value = data.map(d => ({
      url: resultPath(d.url),
      title: d.meta.title ?? resultPath(d.url),
      section: d.meta.section ?? '',
      excerpt: parseExcerpt(d.excerpt),
    }))
  }

  watch(query, text => void run(text))
  return { query, results, status, load }
}
