import { DropdownMenu } from 'radix-ui';
import { useTranslation } from 'react-i18next';

/**
 * A vault card's "more actions" menu (forget the vault on this device): a chunk of its own, loaded after the
 * start screen's first paint. `defaultOpen`: its stand-in button was pressed before the chunk arrived.
 */
export function VaultMenu({ label, onForget, defaultOpen = false }: { label: string; onForget(): void; defaultOpen?: boolean }) {
  const { t } = useTranslation();
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger className="icon-button" aria-label={t('common.moreActions', { name: label })}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Item className="menu-item" onSelect={onForget}>
            {t('start.forget')}
            <span className="menu-hint">{t('start.forgetHint')}</span>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
