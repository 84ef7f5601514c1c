import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import Blocks from '~/components/blocks/Blocks.vue'
import { blockComponents, blockModuleId, deferredBlockModuleIds } from '~/components/blocks/registry'
import { blockTypes } from '#shared/schema'
import type { RenderBlock } from '#shared/schema'
import {
  makeHeadingWithText, makeHero, makeImageBlock, makeListingLatest, makeListingMixed, makeListingResearch, makeTestimonial,
} from '../../support/factories'

const all: RenderBlock[] = [
  makeHero(), makeListingMixed(), makeListingLatest(), makeHeadingWithText({ theme: 'black' }),
  makeImageBlock(), makeListingResearch(), makeTestimonial(),
]

describe('Blocks renderer', () => {
  it('has a component for every block type', () => {
    expect(Object.keys(blockComponents).sort()).toEqual([...blockTypes].sort())
  })

  it('names the real file of every block, so the preloads of unhydrated blocks are really dropped', () => {
    // modules/framework-internals.ts removes these module ids; a block whose file does not
    // follow the naming would keep its preload without any error.
    for (const type of blockTypes) expect(existsSync(resolve(import.meta.dirname, '../../..', blockModuleId(type))), type).toBe(true)
    // Written out by hand: text, cards, tables and math never hydrate; the hero and embeds do.
    expect(deferredBlockModuleIds).toContain('components/blocks/BlocksRichText.vue')
    expect(deferredBlockModuleIds).toContain('components/blocks/BlocksListingIndex.vue')
    expect(deferredBlockModuleIds).not.toContain('components/blocks/BlocksEmbed.vue')
    expect(deferredBlockModuleIds).not.toContain('components/blocks/BlocksHero.vue')
  })

  it('wraps every block in a section with its type, theme and anchor, in order', async () => {
    const wrapper = await mountSuspended(Blocks, { props: { blocks: all, pageTheme: 'dark-gray' } })
    const sections = wrapper.findAll('section.ui-block')
    expect(sections.map(s => s.classes().find(c => c.startsWith('ui-block--')))).toEqual(all.map(b => `ui-block--${b.type}`))
    expect(sections[0]!.classes()).toContain('theme-dark-gray')
    expect(sections[3]!.classes()).toContain('theme-black')
    expect(sections[0]!.attributes('id')).toBe('we-study-learning-systems')
    expect(sections[3]!.attributes('id')).toBe('research')
    expect(sections[4]!.attributes('id')).toBeUndefined()
  })

  it('says out loud that a block could not be shown instead of leaving a blank', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const unknown = { type: 'carousel', anchor: undefined } as unknown as RenderBlock
    const wrapper = await mountSuspended(Blocks, { props: { blocks: [makeHeadingWithText(), unknown], pageTheme: 'white' } })
    expect(wrapper.findAll('section.ui-block')).toHaveLength(1)
    expect(wrapper.get('[role="alert"]').text()).toContain('unknown block type "carousel"')
    expect(error).toHaveBeenCalledWith(expect.stringContaining('carousel'))
    error.mockRestore()
  })
})
