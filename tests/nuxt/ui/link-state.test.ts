import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter, RouterLink } from 'vue-router'
import type { RouteRecordRaw } from 'vue-router'
import { markLinkStates, onPageRoute, plainLinkState } from '~/utils/link-state'

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

describe('current marks on the links of parts that never hydrate (markLinkStates)', () => {
  /** A footer as the server writes it on /about, with the marks it had there. */
  function serverFooter() {
    const footer = document.createElement('footer')
    footer.innerHTML = [
      '<a href="/" class="router-link-active site-footer__logo">Home</a>',
      '<a href="/about" aria-current="page" class="router-link-active router-link-exact-active">About</a>',
      '<a href="/charter" class="">Charter</a>',
      '<a href="/research#top" class="">Research</a>',
      '<a href="/blog/feed.xml">Feed</a>',
      '<a href="https://code.kestrel-lab.example" target="_blank" class="site-footer__social-link">Code</a>',
      '<a href="/research?sort=oldest" class="">Oldest</a>',
      '<a href="#top">Top</a>',
    ].join('')
    return footer
  }
  const marks = (footer: HTMLElement) => Object.fromEntries([...footer.querySelectorAll('a')].map(a => [a.getAttribute('href'), `${a.getAttribute('aria-current') ?? '-'} ${a.className}`]))

  it('moves the marks to the page on screen, as UiLink would write them there', () => {
    const footer = serverFooter()
    markLinkStates(footer, '/charter', true)
    expect(marks(footer)).toEqual({
      '/': '- router-link-active site-footer__logo',
      '/about': '- ',
      '/charter': 'page router-link-active router-link-exact-active',
      '/research#top': '- ',
      '/blog/feed.xml': '- ',
      'https://code.kestrel-lab.example': '- site-footer__social-link',
      '/research?sort=oldest': '- ',
      '#top': '- ',
    })
    // A fragment does not count, as with RouterLink; the home page's link is active on any page.
    markLinkStates(footer, '/research', true)
    expect(marks(footer)['/research#top']).toBe('page router-link-active router-link-exact-active')
    expect(marks(footer)['/charter']).toBe('- ')
    // Off the pages' route (the block catalogue), the home page's link is not active.
    markLinkStates(footer, '/_blocks', false)
    expect(marks(footer)['/']).toBe('- site-footer__logo')
  })
})
