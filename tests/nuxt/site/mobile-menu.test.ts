import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it, vi } from 'vitest'
import SiteMobileMenu from '~/components/site/SiteMobileMenu.vue'
import { makeNavigation } from '../../support/factories'

async function openMenu() {
  const wrapper = await mountSuspended(SiteMobileMenu, { props: { navigation: makeNavigation() }, attachTo: document.body })
  const trigger = wrapper.get('button.mobile-menu__trigger')
  ;(trigger.element as HTMLElement).focus()
  await trigger.trigger('click')
  // The menu's contents are a chunk of their own, fetched once the visitor reaches for Menu.
  await vi.waitFor(() => wrapper.get('.mobile-menu__groups'), { timeout: 5000 })
  return { wrapper, trigger, dialog: wrapper.get('dialog') }
}

describe('mobile menu', () => {
  it('draws its contents only once the visitor points at, presses or focuses Menu', async () => {
    const wrapper = await mountSuspended(SiteMobileMenu, { props: { navigation: makeNavigation() }, attachTo: document.body })
    expect(wrapper.find('dialog nav').exists()).toBe(false)
    expect(wrapper.get('dialog').text()).toBe('Close')
    await wrapper.get('button.mobile-menu__trigger').trigger('pointerenter')
    // The panel's code loads on demand: on a busy machine that takes more than the default second.
    await vi.waitFor(() => wrapper.get('dialog nav[aria-label="Main"]'), { timeout: 5000 })
    // Drawn inside the dialog while it is still closed: opening it shows everything at once.
    expect((wrapper.get('dialog').element as HTMLDialogElement).open).toBe(false)
    wrapper.unmount()
  })

  it('opens a modal dialog and moves focus into it', async () => {
    const { wrapper, trigger, dialog } = await openMenu()
    expect(trigger.attributes('aria-expanded')).toBe('true')
    expect(dialog.attributes()).toMatchObject({ 'role': 'dialog', 'aria-modal': 'true', 'aria-label': 'Menu' })
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.element.contains(document.activeElement)).toBe(true)
    wrapper.unmount()
  })

  it('has one accordion item per group with items, and plain links for the others', async () => {
    const { wrapper, dialog } = await openMenu()
    const accordions = dialog.findAll('button.mobile-menu__accordion')
    expect(accordions.map(b => b.text())).toEqual(['Research', 'Developers'])
    const panel = dialog.get(`#${accordions[0]!.attributes('aria-controls')}`)
    expect(panel.isVisible()).toBe(false)
    await accordions[0]!.trigger('click')
    expect(accordions[0]!.attributes('aria-expanded')).toBe('true')
    expect(panel.isVisible()).toBe(true)
    await accordions[1]!.trigger('click')
    expect(accordions[0]!.attributes('aria-expanded')).toBe('false')
    expect(dialog.get('a.mobile-menu__accordion').attributes('href')).toBe('/safety')
    expect(dialog.get('.mobile-menu__quick a').text()).toBe('Join the team')
    expect(dialog.find('input[type="search"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('opens again with every group folded', async () => {
    const { wrapper, trigger, dialog } = await openMenu()
    await dialog.get('button.mobile-menu__accordion').trigger('click')
    expect(dialog.findAll('button.mobile-menu__accordion[aria-expanded="true"]')).toHaveLength(1)
    await dialog.get('button.mobile-menu__close').trigger('click')
    await trigger.trigger('click')
    expect(dialog.findAll('button.mobile-menu__accordion[aria-expanded="true"]')).toHaveLength(0)
    wrapper.unmount()
  })

  it('wraps Tab from the last control to the first and Shift+Tab back', async () => {
    const { wrapper, dialog } = await openMenu()
    const d = dialog.element as HTMLDialogElement
    const first = d.querySelector<HTMLElement>('button')!
    const last = [...d.querySelectorAll<HTMLElement>('a[href], button')].pop()!
    last.focus()
    await dialog.trigger('keydown', { key: 'Tab' })
    expect(document.activeElement).toBe(first)
    await dialog.trigger('keydown', { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(last)
    wrapper.unmount()
  })

  it('closes on Escape and on the Close button, returning focus to the Menu button', async () => {
    const { wrapper, trigger, dialog } = await openMenu()
    await dialog.trigger('cancel')
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    expect(trigger.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(trigger.element)

    await trigger.trigger('click')
    await dialog.get('button.mobile-menu__close').trigger('click')
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    expect(document.activeElement).toBe(trigger.element)
    wrapper.unmount()
  })
})
