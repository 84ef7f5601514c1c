/**
 * At most `running` tasks at once and `waiting` more in line; anyone else is turned away.
 * `enter` gives a promise of the release function, or undefined when the line is full.
 * Releasing twice is harmless.
 */
export function createLimit(running: number, waiting: number) {
  let active = 0
  const line: Array<() => void> = []
  const ticket = () => {
    let done = false
    return () => {
      if (done) return
      done = true
      const next = line.shift()
      if (next) next()
      else active--
    }
  }
  return {
    enter(): Promise<() => void> | undefined {
      if (active < running) {
        active++
        return Promise.resolve(ticket())
      }
      if (line.length >= waiting) return undefined
      return new Promise(resolve => line.push(() => resolve(ticket())))
    },
    get active() {
      return active
    },
    get waiting() {
      return line.length
    },
  }
}
