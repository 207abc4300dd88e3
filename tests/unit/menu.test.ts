import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../shared/contract';
import { menuTemplate } from '../../electron/main/menu';
import { MENU_LABELS } from '../../electron/main/menu-labels';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const byId = (template: MenuItemConstructorOptions[], id: string) => items(template).find((item) => item.id === id);
const roles = (template: MenuItemConstructorOptions[]) =>
  items(template)
    .map((item) => item.role)
    .filter(Boolean);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.call(undefined);

describe('menuTemplate', () => {
  it('shows Dutch labels in nl and English labels in en', () => {
    const nl = menuTemplate('nl', 'linux', vi.fn());
    const en = menuTemplate('en', 'linux', vi.fn());
    expect(nl.map((menu) => menu.label)).toEqual(['Bestand', 'Wijzig', 'Beeld', 'Help']);
    expect(en.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(byId(nl, 'lock')?.label).toBe('Kluis vergrendelen');
    expect(byId(en, 'lock')?.label).toBe('Lock vault');
    expect(byId(nl, 'about')?.label).toBe('Over Dyade');
  });

  it('has the same labels in both languages', () => {
    expect(Object.keys(MENU_LABELS.nl).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
  });

  it.each(LOCALES)('labels every item in %s (nothing falls back to English role names)', (locale) => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const item of items(menuTemplate(locale, platform, vi.fn(), { dev: true }))) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      }
    }
  });

  it('sends lock, settings and about to the renderer with their shortcuts', () => {
    const send = vi.fn();
    const template = menuTemplate('en', 'win32', send);
    expect(byId(template, 'lock')?.accelerator).toBe('CmdOrCtrl+L');
    expect(byId(template, 'settings')?.accelerator).toBe('CmdOrCtrl+,');
    click(byId(template, 'lock'));
    click(byId(template, 'settings'));
    click(byId(template, 'about'));
    expect(send.mock.calls).toEqual([['lock'], ['settings'], ['about']]);
  });

  it('uses native roles for editing, zoom and quitting', () => {
    const r = roles(menuTemplate('nl', 'linux', vi.fn()));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit']) {
      expect(r).toContain(role);
    }
  });

  it('offers reload and DevTools only in development', () => {
    expect(roles(menuTemplate('en', 'linux', vi.fn()))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('en', 'linux', vi.fn()))).not.toContain('reload');
    expect(roles(menuTemplate('en', 'linux', vi.fn(), { dev: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the app menu on macOS, with Settings and Quit in it', () => {
    const mac = menuTemplate('nl', 'darwin', vi.fn());
    expect(mac[0]?.label).toBe('Dyade');
    const appMenu = mac[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.id ?? item.role)).toEqual(expect.arrayContaining(['about', 'settings', 'hide', 'quit']));
    expect(items(mac).find((item) => item.role === 'quit')?.label).toBe('Stop Dyade');
    expect(byId(mac, 'lock')?.accelerator).toBe('CmdOrCtrl+L');
  });
});
