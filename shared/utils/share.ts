/** Networks a page can be shared to with a link alone (no script of theirs), as site.json names them. */
export const shareNetworks = ['x', 'bluesky', 'threads', 'linkedin', 'facebook', 'reddit', 'hacker-news', 'email'] as const
export type ShareNetwork = typeof shareNetworks[number]

const names: Record<ShareNetwork, string> = {
  'x': 'X',
  'bluesky': 'Bluesky',
  'threads': 'Threads',
  'linkedin': 'LinkedIn',
  'facebook': 'Facebook',
  'reddit': 'Reddit',
  'hacker-news': 'Hacker News',
  'email': 'Email',
}

/** The network's share link for a page: its own compose or submit URL, filled in. */
export function shareLink(network: ShareNetwork, page: { title: string, url: string }): { label: string, href: string } {
  const t = encodeURIComponent(page.title)
  const u = encodeURIComponent(page.url)
  const both = encodeURIComponent(`${page.title} ${page.url}`)
  const href = {
    'x': `https://x.com/intent/post?text=${t}&url=${u}`,
    'bluesky': `https://bsky.app/intent/compose?text=${both}`,
    'threads': `https://www.threads.net/intent/post?text=${both}`,
    'linkedin': `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    'facebook': `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    'reddit': `https://www.reddit.com/submit?url=${u}&title=${t}`,
    'hacker-news': `https://news.ycombinator.com/submitlink?u=${u}&t=${t}`,
    'email': `mailto:?subject=${t}&body=${u}`,
  }[network]
  return { label: names[network], href }
}
