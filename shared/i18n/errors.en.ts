import type { errorsNl } from './errors.nl';

/** English messages for the stable error codes of the contract (ErrorCode), and the error screen. */
export const errorsEn: typeof errorsNl = {
  errors: {
    title: 'Something went wrong',
    boundary: 'This screen could not be shown. Your data is safe; what you typed was already saved.',
    reload: 'Reload',
    INVALID_INPUT: 'Check the fields: something is not right.',
    UNKNOWN_METHOD: 'Dyade received an unknown request.',
    FORBIDDEN: 'This request is not allowed.',
    INTERNAL: 'Something unexpected went wrong. Your data was not affected.',
    nativeModule:
      'Dyade cannot load its database component (SQLite): it was built for a different version of Electron or Node.js. Close Dyade and start it again with ‘npm start’ (which rebuilds the component), or reinstall Dyade. Your vault was not touched.',
    NOT_FOUND: 'That does not exist (any more).',
    CONFLICT: 'There is a vault there already. Open it with ‘Open vault folder…’.',
    CANCELLED: 'Cancelled.',
    VAULT_LOCKED: 'The vault is locked. Unlock it first.',
    VAULT_ALREADY_UNLOCKED: 'Another vault is open. Lock it first.',
    WRONG_PASSPHRASE: 'That passphrase is not right. Mind capitals and your keyboard layout.',
    TOO_MANY_ATTEMPTS: 'Too many failed attempts. Wait a moment and try again.',
    WEAK_PASSPHRASE: 'This passphrase is too weak.',
    NOT_A_VAULT: 'This folder is not a Dyade vault.',
    VAULT_HEADER_INVALID: 'The header file of this vault (vault.json) is missing, damaged or altered.',
    VAULT_CORRUPT: 'This vault is damaged. Nothing was changed. Restore it from a backup.',
    VAULT_TOO_NEW: 'This vault was made with a newer version of Dyade. Update Dyade to open it; nothing was changed.',
    VAULT_IN_USE: 'This vault is already open in another program on this computer.',
    FOLDER_NOT_EMPTY: 'This folder is not empty. Choose an empty or new folder.',
    DISK_FULL: 'The disk is full. The last change was not saved; everything else is intact.',
    IO_ERROR: 'The folder could not be read or written.',
    VAULT_KEY_RETIRED:
      'This access has been withdrawn: the key of this vault was replaced, and this header file is from before. Ask a member of the team to add you (again). Nothing was changed.',
    FILE_CHOICE_EXPIRED: 'Choose the file or folder again: that choice was already used or has expired. Nothing was changed.',
    KEY_ROTATION_BLOCKED:
      'A new key can be made only once every member has unlocked once since the last update of Dyade. Ask them to do that first; nothing was changed.',
    LAST_MEMBER: 'The last member cannot be removed.',
  },
};
