import type { progressNl } from './progress.nl';

/** English words for the progress bar of a long operation of the core. */
export const progressEn: typeof progressNl = {
  progress: {
    label: 'Progress',
    percent: '{{percent}}%',
    operations: {
      backup: 'Making a backup…',
      restore: 'Restoring a backup…',
      import: 'Importing the file…',
      erase: 'Erasing the case for good…',
      verify: 'Checking the vault…',
      reindex: 'Rebuilding the search index…',
    },
  },
};
