import type { ProgressOperation } from '../contract';

/** Dutch words for the progress bar of a long operation of the core. */
export const progressNl = {
  progress: {
    label: 'Voortgang',
    percent: '{{percent}}%',
    operations: {
      backup: 'Back-up maken…',
      restore: 'Back-up terugzetten…',
      import: 'Bestand importeren…',
      erase: 'Casus definitief wissen…',
      verify: 'Kluis controleren…',
      reindex: 'Zoekindex opbouwen…',
    } satisfies Record<ProgressOperation, string>,
  },
};
