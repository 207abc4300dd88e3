import { useTranslation } from 'react-i18next';
import type { ChainPartner, Factor } from '../../../../shared/domain/case';
import { SECTORS } from '../../../../shared/domain/case';
import { stressKindOf } from '../../../../shared/domain/map';
import './FactorTable.css';

/** The same factors as the map, as a table: for screen readers, for printing, for a close reading. */
export function FactorTable({ factors, chain, onSelect }: { factors: Factor[]; chain: ChainPartner[]; onSelect?(factor: Factor): void }) {
  const { t } = useTranslation();
  const numbers = new Map([...factors].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((f, i) => [f.id, i + 1]));
  const ordered = [...factors].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  const dash = '—';
  const voice = (f: Factor) =>
    f.voice === 'chain' ? chain.find((c) => c.id === f.chainPartnerId)?.label || t('map.voices.chain') : t(`map.voices.${f.voice}`);
  return (
    <table className="table factor-table" data-testid="factor-table">
      <caption className="visually-hidden">{t('map.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('map.factor.sector')}</th>
          <th scope="col">{t('map.factor.category')}</th>
          <th scope="col">{t('map.factor.text')}</th>
          <th scope="col">{t('map.factor.kind')}</th>
          <th scope="col">{t('map.factor.voice')}</th>
          <th scope="col">{t('map.factor.pressure')}</th>
          <th scope="col">{t('map.factor.duration')}</th>
          <th scope="col">{t('map.factor.buffered')}</th>
          <th scope="col">{t('map.stressColumn')}</th>
          <th scope="col">{t('map.factor.status')}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((f) => {
          const stress = stressKindOf(f);
          return (
            <tr key={f.id} className={f.status === 'resolved' ? 'resolved' : undefined}>
              <td>{numbers.get(f.id)}</td>
              <td>{t(`map.sectors.${f.sector}`)}</td>
              <td>
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(f)}>
                    {f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`)}
                  </button>
                ) : f.category === 'other' && f.otherLabel ? (
                  f.otherLabel
                ) : (
                  t(`map.categories.${f.category}`)
                )}
              </td>
              <td className="text-cell">{f.text}</td>
              <td>{t(`map.kinds.${f.kind}`)}</td>
              <td>{voice(f)}</td>
              <td>{f.pressure ? t(`map.pressures.${f.pressure}`) : dash}</td>
              <td>{f.duration ? t(`map.durations.${f.duration}`) : dash}</td>
              <td>{f.buffered ? t(`map.bufferings.${f.buffered}`) : dash}</td>
              <td>
                {f.sector === 'professional'
                  ? f.workingRelation
                    ? t('map.a11y.workingRelation', { state: t(`map.workingRelations.${f.workingRelation}`) })
                    : dash
                  : stress
                    ? t(`map.stressKinds.${stress}`)
                    : dash}
              </td>
              <td>{t(`map.factor.statuses.${f.status}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
