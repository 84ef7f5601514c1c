import { iconSizes } from '../../shared/utils/site-icons'

// The web app manifest: the site's name and its icons (modules/icons.ts), for browsers that
// add a site to a home screen. Prerendered into the export beside the pages.
export default defineEventHandler(async event => withContent(async () => {
  const { site } = await useContent()
  setResponseHeader(event, 'content-type', 'application/manifest+json; charset=utf-8')
  return JSON.stringify({
    name: site.name,
    short_name: site.name,
    lang: site.lang,
    start_url: '/',
    display: 'minimal-ui',
    background_color: '#202225',
    theme_color: '#202225',
    icons: (['icon-192.png', 'icon-512.png'] as const).map(name => ({ src: `/icons/${name}`, sizes: `${iconSizes[name]}x${iconSizes[name]}`, type: 'image/png' })),
  }, null, 2)
}))
