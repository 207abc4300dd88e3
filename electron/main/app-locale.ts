import { Locale, type Result } from '../../shared/contract';

/** Main's copy of the interface language (for menus and dialog titles), read from the core's app.info. */
export class AppInfoLocale {
  current: Locale = 'nl';

  async load(dispatch: (method: unknown, input: unknown) => Promise<Result<unknown>>): Promise<void> {
    const info = await dispatch('app.info', {});
    if (!info.ok) return;
    const parsed = Locale.safeParse((info.value as { locale?: unknown } | null)?.locale);
    if (parsed.success) this.current = parsed.data;
  }
}
