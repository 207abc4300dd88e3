import { Tabs } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { navigate, SETTINGS_TABS, type SettingsTab } from '../../lib/router';
import { AuditTab } from './AuditTab';
import { BackupsTab } from './BackupsTab';
import { GeneralTab } from './GeneralTab';
import { MembersTab } from './MembersTab';
import { CareOptionsTab } from '../care';
import { PrivacyTab } from '../exchange';
import { SecurityTab } from './SecurityTab';
import './SettingsPage.css';

export function SettingsPage({ tab, session }: { tab: SettingsTab; session: SessionInfo }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('settings.title')}</h1>
          <p className="page-intro">{session.label}</p>
        </div>
      </header>
      <Tabs.Root value={tab} onValueChange={(value) => navigate({ name: 'settings', tab: value as SettingsTab })} className="tabs">
        <Tabs.List className="tab-list" aria-label={t('settings.title')}>
          {SETTINGS_TABS.map((key) => (
            <Tabs.Trigger key={key} value={key} className="tab">
              {t(`settings.tabs.${key}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="general" className="tab-panel">
          <GeneralTab session={session} />
        </Tabs.Content>
        <Tabs.Content value="members" className="tab-panel">
          <MembersTab session={session} />
        </Tabs.Content>
        <Tabs.Content value="security" className="tab-panel">
          <SecurityTab session={session} />
        </Tabs.Content>
        <Tabs.Content value="backups" className="tab-panel">
          <BackupsTab />
        </Tabs.Content>
        <Tabs.Content value="privacy" className="tab-panel">
          <PrivacyTab />
        </Tabs.Content>
        <Tabs.Content value="care" className="tab-panel">
          <CareOptionsTab />
        </Tabs.Content>
        <Tabs.Content value="audit" className="tab-panel">
          <AuditTab />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
