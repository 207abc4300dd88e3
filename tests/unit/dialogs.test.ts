import { describe, expect, it, vi } from 'vitest';
import { LOCALES } from '../../shared/contract';
import { folderDialogOptions, pickFolder, type FolderPurpose } from '../../electron/main/dialogs';

const PURPOSES: FolderPurpose[] = ['newVault', 'openVault', 'backupTarget', 'restoreSource', 'restoreTarget'];

describe('folder dialog', () => {
  it.each(LOCALES)('has a distinct title for every purpose in %s', (locale) => {
    const titles = PURPOSES.map((purpose) => folderDialogOptions(purpose, locale).title);
    expect(new Set(titles).size).toBe(PURPOSES.length);
    expect(titles.every(Boolean)).toBe(true);
  });

  it('speaks the interface language', () => {
    expect(folderDialogOptions('newVault', 'nl').title).toBe('Kies een map voor de nieuwe kluis');
    expect(folderDialogOptions('newVault', 'en').title).toBe('Choose a folder for the new vault');
  });

  it('picks folders, and may create one', () => {
    expect(folderDialogOptions('backupTarget', 'en').properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('returns the chosen folder, or null when cancelled', async () => {
    const chosen = { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/anna/Kluis'] })) };
    const cancelled = { showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) };
    expect(await pickFolder(chosen as never, null, 'openVault', 'nl')).toBe('/home/anna/Kluis');
    expect(await pickFolder(cancelled as never, null, 'openVault', 'nl')).toBeNull();
  });
});
