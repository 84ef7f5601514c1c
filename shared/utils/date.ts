const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(style: 'short' | 'long'): Intl.DateTimeFormat {
  let f = formatters.get(style)
  if (!f) {
    // Dates in content are calendar days; formatting in UTC keeps them from shifting a day
    // between the build machine's zone and the visitor's.
    f = new Intl.DateTimeFormat('en-US', style === 'short'
      ? { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
    formatters.set(style, f)
  }
  return f
}

/** "Mar 4, 2026": the visible date on cards. */
export function formatShortDate(iso: string): string {
  return formatter('short').format(new Date(`${iso}T00:00:00Z`))
}

/** "March 4, 2026": what screen readers hear instead of the abbreviated month. */
export function formatLongDate(iso: string): string {
  return formatter('long').format(new Date(`${iso}T00:00:00Z`))
}
