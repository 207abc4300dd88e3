// Settings' public face: the page with its tabs.
export { SettingsPage } from './SettingsPage';
