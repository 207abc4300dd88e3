import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload, Locale } from '../../shared/contract';
import { MENU_LABELS } from './menu-labels';

export type MenuCommand = EventPayload<'menu.command'>['command'];

export interface MenuOptions {
  /** Development only: Reload and DevTools appear in the View menu. */
  dev?: boolean;
}

/**
 * The application menu: small and the same everywhere, except the macOS app menu. Commands the
 * renderer handles (lock, settings, about) go through `send`; editing and zoom use native roles.
 */
export function menuTemplate(
  locale: Locale,
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[locale];
  const mac = platform === 'darwin';
  const lock: MenuItemConstructorOptions = {
    id: 'lock',
    label: t.lockVault,
    accelerator: 'CmdOrCtrl+L',
    click: () => send('lock'),
  };
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: t.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => send('settings'),
  };
  const about: MenuItemConstructorOptions = { id: 'about', label: t.about, click: () => send('about') };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Dyade',
    submenu: [
      about,
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      { type: 'separator' },
      { role: 'quit', label: t.quitMac },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: mac
      ? [lock, { type: 'separator' }, { role: 'close', label: t.closeWindow }]
      : [lock, settings, { type: 'separator' }, { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.toggleDevTools }, { type: 'separator' }]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: t.minimize }],
  };
  const helpMenu: MenuItemConstructorOptions = { label: t.help, role: 'help', submenu: [about] };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
