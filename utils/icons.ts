/**
 * The names of the icons in assets/icons.svg, one `<symbol>` each (a unit test keeps the two
 * in step). Only the type reaches the browser.
 */
export const iconNames = [
  'arrow-out',
  'arrow-up',
  'chevron-down',
  'close',
  'link',
  'menu',
  'pause',
  'search',
  'play',
  'mastodon',
  'bluesky',
  'github',
  'linkedin',
  'youtube',
  'x',
  'instagram',
  'threads',
  'discord',
  'facebook',
  'tiktok',
  'soundcloud',
] as const

export type IconName = typeof iconNames[number]
