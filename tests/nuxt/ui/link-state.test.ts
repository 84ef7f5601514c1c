import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter, RouterLink } from 'vue-router'
import type { RouteRecordRaw } from 'vue-router'
import { onPageRoute, plainLinkState } from '~/utils/link-state'

// components/ui/UiLink.vue writes a plain link on the server from plainLinkState instead of
// vue-router's useLink: it must say exactly what RouterLink says, with this app's own routes.
const hrefs = ['/', '/research', '/research/', '/research/quiet-gradients', '/research/quiet-gradients#fn-1', '/research#top', '/Research', '/_blocks', '/blog/page/2', '/research?sort=oldest', '/caf\u00e9', '/a%20b']
const currents = ['/', '/research', '/research/', '/research/quiet-gradients', '/blog/page/2', '/_blocks']

/** RouterLink's own `<a>` for each href, rendered on the server with the app's routes on `current`. */
async function routerLinks(current: string) {
  // The app's route table, each page a stub (the pages themselves are not needed).
  const routes = useRouter().options.routes.map(r => ({ path: r.path, name: r.name, component: { render: () => null } })) as RouteRecordRaw[]
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(current)
  const app = createSSRApp({ render: () => hrefs.map(to => h(RouterLink, { to }, () => 'x')) }).use(router)
  const html = await renderToString(app)
  const anchors = [...html.matchAll(/<a([^>]*)>/g)].map(([, attrs]) => ({
    href: /href="([^"]*)"/.exec(attrs!)?.[1],
    classes: (/class="([^"]*)"/.exec(attrs!)?.[1] ?? '').split(' '),
    current: /aria-current="([^"]*)"/.exec(attrs!)?.[1],
  }))
  return { router, anchors }
}

describe('plain links worked out without the router (utils/link-state.ts)', () => {
  it('run on the routes the app has', () => {
    expect(useRouter().options.routes.map(r => r.path).sort()).toEqual(['/:slug(.*)*', '/_blocks'])
  })

  for (const current of currents) {
    it(`match RouterLink on ${current}`, async () => {
      const { router, anchors } = await routerLinks(current)
      const route = router.currentRoute.value
      expect(anchors).toHaveLength(hrefs.length)
      let plain = 0
      hrefs.forEach((href, i) => {
        const state = plainLinkState(href, route.path, onPageRoute(router, route))
        if (!state) return
        plain++
        const a = anchors[i]!
        expect({ href: state.href, active: state.active, exactActive: state.exactActive, current: state.exactActive ? 'page' : undefined }, `${href} on ${current}`).toEqual({
          href: a.href,
          active: a.classes.includes('router-link-active'),
          exactActive: a.classes.includes('router-link-exact-active'),
          current: a.current,
        })
      })
      // Everything but the query and the encoded or non-ASCII paths takes the plain way.
      expect(plain).toBe(hrefs.length - 3)
    })
  }

  it('leaves a query, and encoded or non-ASCII paths, to the router', () => {
    for (const href of ['/research?sort=oldest', '/caf\u00e9', '/a%20b', '/a b', '/research#a b']) expect(plainLinkState(href, '/', true), href).toBeUndefined()
  })
})
