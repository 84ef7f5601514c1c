import { ContentError } from '../content/repository'
import { formatProblem } from '../content/problems'

/** Runs a handler, turning invalid content into a 500 that lists every problem by file and path. */
export async function withContent<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  }
  catch (error) {
    if (error instanceof ContentError) {
      throw createError({ statusCode: 500, statusMessage: 'Invalid content', data: { problems: error.problems.map(formatProblem) } })
    }
    throw error
  }
}
