import { useTranslation } from 'react-i18next';
import type { PrivacyHit } from '../../../../shared/domain/exchange';
import { Modal } from '../../ui/Modal';
import { PrivacyFindings } from '../exchange';

/** The privacy check before a report leaves the vault: what was found, then go on or go back to fix it. */
export function ReportCheckDialog({ hits, onGoOn, onClose }: { hits: PrivacyHit[]; onGoOn(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal open onOpenChange={(open) => (open ? undefined : onClose())} title={t('reports.checkBefore')} size="wide">
      <PrivacyFindings hits={hits} fieldsChecked={1} />
      <div className="form-actions">
        <button type="button" className="button ghost" onClick={onClose}>
          {t('exchange.privacy.fix')}
        </button>
        <button type="button" className="button primary" onClick={onGoOn}>
          {t('exchange.privacy.goOn')}
        </button>
      </div>
    </Modal>
  );
}
