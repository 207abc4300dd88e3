import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
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

export type SavePurpose = MethodInput<'dialog.pickSaveFile'>['purpose'];

const SAVE_TITLES: Record<Locale, Record<SavePurpose, string>> = {
  nl: {
    exchange: 'Uitwisselbestand opslaan',
    report: 'Rapport opslaan',
    pdf: 'PDF opslaan',
    map: 'Kaart opslaan',
    access: 'Inzage-export opslaan',
    audit: 'Auditlog opslaan',
  },
  en: {
    exchange: 'Save exchange file',
    report: 'Save report',
    pdf: 'Save PDF',
    map: 'Save map',
    access: 'Save access export',
    audit: 'Save audit log',
  },
};

const SAVE_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  dyade: { name: 'Dyade', extensions: ['dyade'] },
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  svg: { name: 'SVG', extensions: ['svg'] },
  png: { name: 'PNG', extensions: ['png'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/** The core's `pickSaveFile`: a native "save as" dialog with the suggested name's type as filter. */
export async function pickSaveFile(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: BrowserWindow | null,
  purpose: SavePurpose,
  suggestedName: string,
  locale: Locale,
): Promise<string | null> {
  const extension = suggestedName.split('.').pop() ?? '';
  const filter = SAVE_FILTERS[extension];
  const options: SaveDialogOptions = {
    title: SAVE_TITLES[locale][purpose],
    defaultPath: suggestedName,
    filters: filter ? [filter] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled ? null : (result.filePath ?? null);
}

/** The core's `pickOpenFile`: a native dialog for one exchange file. */
export async function pickOpenFile(dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow | null, locale: Locale): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: locale === 'en' ? 'Choose an exchange file' : 'Kies een uitwisselbestand',
    properties: ['openFile'],
    filters: [SAVE_FILTERS.dyade!],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
