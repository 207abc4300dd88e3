import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { Locale, MethodInput } from '../../shared/contract';

export type FolderPurpose = MethodInput<'dialog.pickFolder'>['purpose'];

const FOLDER_TITLES: Record<Locale, Record<FolderPurpose, string>> = {
  nl: {
    newVault: 'Kies een map voor de nieuwe kluis',
    openVault: 'Kies de map van de kluis',
    backupTarget: 'Kies een map voor de reservekopie',
    restoreSource: 'Kies de reservekopie om terug te zetten',
    restoreTarget: 'Kies een map voor de teruggezette kluis',
  },
  en: {
    newVault: 'Choose a folder for the new vault',
    openVault: "Choose the vault's folder",
    backupTarget: 'Choose a folder for the backup',
    restoreSource: 'Choose the backup to restore',
    restoreTarget: 'Choose a folder for the restored vault',
  },
};

export function folderDialogOptions(purpose: FolderPurpose, locale: Locale): OpenDialogOptions {
  return {
    title: FOLDER_TITLES[locale][purpose],
    properties: ['openDirectory', 'createDirectory'],
  };
}

/** The core's `pickFolder`: a native folder dialog attached to the app window; null when cancelled. */
export async function pickFolder(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BrowserWindow | null,
  purpose: FolderPurpose,
  locale: Locale,
): Promise<string | null> {
  const options = folderDialogOptions(purpose, locale);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
