// Search's public face: the search page and the command palette, both mounted by the shell.
export { CommandPalette } from './CommandPalette';
export { SearchPage } from './SearchPage';
