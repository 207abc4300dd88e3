/** Settings → privacy: retention policy and erasure reminders (built with the exchange feature). */
export function PrivacyTab() {
  return null;
}
