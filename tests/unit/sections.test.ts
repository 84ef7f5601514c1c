import { describe, expect, it } from 'vitest'
import { currentGroup, sectionFor } from '../../utils/sections'
import { makeNavigation } from '../support/factories'

describe('sectionFor (the not-found page\'s suggestion)', () => {
  const navigation = {
    ...makeNavigation(),
    header: [
      { title: 'Research', items: [{ label: 'Research overview', href: '/research' }, { label: 'Atlas', href: '/tools/atlas' }] },
      { title: 'Safety', url: '/safety', items: [] },
    ],
    footer: [{ title: 'Company', items: [{ label: 'About', href: '/about' }, { label: 'Code', href: 'https://code.example/x' }] }],
  }

  it('picks the navigation link whose path is the longest prefix of the address', () => {
    expect(sectionFor('/research/sparse-circuit', navigation)).toEqual({ label: 'Research overview', href: '/research' })
    expect(sectionFor('/tools/atlas/v2/', navigation)).toEqual({ label: 'Atlas', href: '/tools/atlas' })
    expect(sectionFor('/safety/old-policy', navigation)).toEqual({ label: 'Safety', href: '/safety' })
    expect(sectionFor('/ABOUT/team', navigation)).toEqual({ label: 'About', href: '/about' })
  })

  it('suggests nothing for an address outside every section, or for a section itself', () => {
    for (const path of ['/nothing/here', '/researchers', '/research', '/', '/tools']) expect(sectionFor(path, navigation), path).toBeUndefined()
  })

  it('finds the header group a page belongs to, by the deepest link it lies under', () => {
    expect(currentGroup('/research', navigation.header)).toBe('Research')
    expect(currentGroup('/research/sparse-circuits', navigation.header)).toBe('Research')
    expect(currentGroup('/research/tag/memory/oldest', navigation.header)).toBe('Research')
    expect(currentGroup('/tools/atlas/', navigation.header)).toBe('Research')
    expect(currentGroup('/safety/reports/2026', navigation.header)).toBe('Safety')
    for (const path of ['/', '/about', '/researchers']) expect(currentGroup(path, navigation.header), path).toBeUndefined()
  })
})
