import { describe, expect, it } from 'vitest';
import { appApi, appEvents } from '../../shared/api/app';
import { careApi } from '../../shared/api/care';
import { casesApi } from '../../shared/api/cases';
import { exchangeApi } from '../../shared/api/exchange';
import { journalApi } from '../../shared/api/journal';
import { mapApi } from '../../shared/api/map';
import { presenterApi, presenterEvents } from '../../shared/api/presenter';
import { meldcodeApi } from '../../shared/api/meldcode';
import { meetingsApi } from '../../shared/api/meetings';
import { privacyApi } from '../../shared/api/privacy';
import { hypothesesApi } from '../../shared/api/hypotheses';
import { reportsApi } from '../../shared/api/reports';
import { searchApi } from '../../shared/api/search';
import { sessionsApi } from '../../shared/api/sessions';
import { vaultApi, vaultEvents } from '../../shared/api/vault';
import { contract, events } from '../../shared/contract';

/**
 * The method names of the contract before it was split into domain slices (issue 10): the split
 * changed none, and added one: `relationship.save`, the map's centre, out of `cases.update`. Since then
 * the beamer's three (issue 11): `app.openPresenter`, `app.closePresenter`, `sessions.presentation`.
 */
const METHOD_NAMES = [
  'access.get',
  'actions.list',
  'actions.remove',
  'actions.save',
  'agenda.move',
  'agenda.remove',
  'agenda.save',
  'app.closePresenter',
  'app.diagnostics',
  'app.info',
  'app.openPresenter',
  'app.setLocale',
  'audit.export',
  'audit.list',
  'audit.search',
  'careOptions.list',
  'careOptions.restore',
  'careOptions.save',
  'careOptions.setHidden',
  'cases.create',
  'cases.delete',
  'cases.erase',
  'cases.get',
  'cases.list',
  'cases.noteOpened',
  'cases.setStatus',
  'cases.update',
  'chain.remove',
  'chain.save',
  'clipboard.copy',
  'contributions.remove',
  'contributions.reveal',
  'contributions.save',
  'dialog.pickFolder',
  'dialog.pickOpenFile',
  'dialog.pickSaveFile',
  'exchange.check',
  'exchange.conflicts',
  'exchange.export',
  'exchange.import',
  'exchange.preview',
  'exchange.resolve',
  'factors.place',
  'factors.remove',
  'factors.save',
  'hypotheses.caseSheet',
  'hypotheses.list',
  'hypotheses.review',
  'hypotheses.saveChangeMyMind',
  'journal.create',
  'journal.delete',
  'journal.get',
  'journal.list',
  'journal.tags',
  'journal.update',
  'meetings.get',
  'meetings.list',
  'meetings.remove',
  'meetings.save',
  'meldcode.get',
  'meldcode.save',
  'members.add',
  'members.changePassphrase',
  'members.list',
  'members.remove',
  'members.resetPassphrase',
  'methods.list',
  'methods.remove',
  'methods.save',
  'people.remove',
  'people.save',
  'prompts.list',
  'prompts.remove',
  'prompts.save',
  'prompts.setHidden',
  'recovery.regenerate',
  'relationship.save',
  'reports.notePrinted',
  'reports.save',
  'reports.savePdf',
  'retention.get',
  'retention.set',
  'search.query',
  'sessions.control',
  'sessions.create',
  'sessions.delete',
  'sessions.get',
  'sessions.list',
  'sessions.presentation',
  'sessions.saveOutcome',
  'sessions.update',
  'snapshots.get',
  'snapshots.take',
  'timeline.get',
  'vault.backup',
  'vault.backups',
  'vault.create',
  'vault.deleteOldBackups',
  'vault.lock',
  'vault.restore',
  'vault.rotateKey',
  'vault.setIdleLock',
  'vault.status',
  'vault.touch',
  'vault.unlock',
  'vault.unlockWithRecovery',
  'vault.verify',
  'vaults.add',
  'vaults.forget',
  'vaults.inspect',
  'vaults.list',
];

const SLICES = {
  app: appApi,
  vault: vaultApi,
  cases: casesApi,
  map: mapApi,
  sessions: sessionsApi,
  meetings: meetingsApi,
  journal: journalApi,
  search: searchApi,
  exchange: exchangeApi,
  reports: reportsApi,
  privacy: privacyApi,
  care: careApi,
  presenter: presenterApi,
  hypotheses: hypothesesApi,
  meldcode: meldcodeApi,
};

describe('the contract merged from the domain slices', () => {
  it('has exactly the method names it had before the split', () => {
    expect(Object.keys(contract).sort()).toEqual(METHOD_NAMES);
  });

  it('declares every method in exactly one slice', () => {
    const declared = Object.entries(SLICES).flatMap(([domain, slice]) => Object.keys(slice).map((name) => ({ domain, name })));
    const twice = declared.filter(({ name }, index) => declared.findIndex((other) => other.name === name) !== index);
    expect(twice).toEqual([]);
    expect(declared.map(({ name }) => name).sort()).toEqual(METHOD_NAMES);
  });

  it('keeps each method the very schema object its slice declares', () => {
    for (const slice of Object.values(SLICES)) {
      for (const [name, method] of Object.entries(slice)) expect(contract[name as keyof typeof contract]).toBe(method);
    }
  });

  it('merges the events of the slices, each declared once', () => {
    const declared = [...Object.keys(vaultEvents), ...Object.keys(appEvents), ...Object.keys(presenterEvents)];
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(events).sort()).toEqual([...declared].sort());
    expect(Object.keys(events).sort()).toEqual(['app.localeChanged', 'core.progress', 'menu.command', 'presenter.changed', 'sessions.changed', 'vault.locked']);
  });
});
