import { useTranslation } from 'react-i18next';
import type { PrivacyHit } from '../../../../shared/domain/exchange';

/** What the privacy check found in everything that would leave the vault: where, what, and the text around it. */
export function PrivacyFindings({ hits, fieldsChecked }: { hits: PrivacyHit[]; fieldsChecked: number }) {
  const { t } = useTranslation();
  if (hits.length === 0) {
    return (
      <p className="notice" role="status" data-testid="privacy-clean">
        {t('exchange.privacy.clean', { fields: fieldsChecked })}
      </p>
    );
  }
  return (
    <div className="privacy-findings" data-testid="privacy-findings">
      <p className="notice warning" role="status">
        {t('exchange.privacy.found', { count: hits.length })}
      </p>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('exchange.privacy.where')}</th>
            <th scope="col">{t('exchange.privacy.what')}</th>
            <th scope="col">{t('exchange.privacy.context')}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((hit, index) => (
            <tr key={`${hit.caseId}-${hit.kind}-${hit.field}-${index}`}>
              <td>{t('exchange.privacy.field', { kind: t(`exchange.kinds.${hit.kind}`), case: hit.casePseudonym })}</td>
              <td>
                <strong>{t(`exchange.identifiers.${hit.identifier}`)}</strong>
              </td>
              <td className="privacy-snippet">
                {hit.snippet.split(hit.found).flatMap((part, i, parts) => (i < parts.length - 1 ? [part, <mark key={i}>{hit.found}</mark>] : [part]))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
