import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Factor, MapState } from '../../../../shared/domain/case';
import { diffMaps, isEmptyDiff, type MapDiff } from '../../../../shared/domain/map';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import { RelationalMap } from './RelationalMap';
import './HistoryView.css';

const NOW = 'now';

function useStates(detail: CaseDetail, ids: string[]): Map<string, MapState> {
  const wanted = [...new Set(ids.filter((id) => id !== NOW))];
  const results = useQueries({
    queries: wanted.map((id) => ({ queryKey: queryKey('snapshots.get', id), queryFn: () => call('snapshots.get', { id }), staleTime: Infinity })),
  });
  const states = new Map<string, MapState>([[NOW, { relationship: detail.case.relationship, factors: detail.factors, chain: detail.chain }]]);
  results.forEach((result, index) => {
    const id = wanted[index];
    if (id && result.data) states.set(id, result.data.state);
  });
  return states;
}

function DiffList({ diff, t }: { diff: MapDiff; t: ReturnType<typeof useTranslation>['t'] }) {
  const name = (f: Factor) =>
    `${t(`map.sectors.${f.sector}`)}: ${f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`)}${f.text ? ` — ${f.text.slice(0, 60)}` : ''}`;
  if (isEmptyDiff(diff)) return <p className="muted">{t('map.history.noChanges')}</p>;
  return (
    <div className="diff" data-testid="map-diff">
      {diff.factors.added.length > 0 ? (
        <section>
          <h4 className="diff-title added">{t('map.history.added')}</h4>
          <ul>
            {diff.factors.added.map((f) => (
              <li key={f.id}>{name(f)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.factors.removed.length > 0 ? (
        <section>
          <h4 className="diff-title removed">{t('map.history.removed')}</h4>
          <ul>
            {diff.factors.removed.map((f) => (
              <li key={f.id}>{name(f)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.factors.changed.length > 0 ? (
        <section>
          <h4 className="diff-title changed">{t('map.history.changed')}</h4>
          <ul>
            {diff.factors.changed.map((c) => (
              <li key={c.after.id}>
                {name(c.after)} <span className="muted small">({c.fields.map((f) => f.field).join(', ')})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {diff.relationship.length > 0 ? <p>{t('map.history.relationshipChanged')}</p> : null}
      {diff.chain.added.length + diff.chain.removed.length + diff.chain.changed.length > 0 ? (
        <p>
          {t('map.chain.title')}: +{diff.chain.added.length} −{diff.chain.removed.length} ~{diff.chain.changed.length}
        </p>
      ) : null}
    </div>
  );
}

/** Snapshots of the map: a slider to see the map at any moment, and a comparison of two moments. */
export function HistoryView({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const snapshots = [...detail.snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const moments = [...snapshots.map((s) => s.id), NOW];
  const [index, setIndex] = useState(moments.length - 1);
  const [from, setFrom] = useState(snapshots[snapshots.length - 1]?.id ?? NOW);
  const [to, setTo] = useState(NOW);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [taken, setTaken] = useState(false);
  const current = moments[Math.min(index, moments.length - 1)] ?? NOW;
  const states = useStates(detail, [current, from, to]);
  const when = (id: string) => {
    if (id === NOW) return t('map.history.now');
    const s = snapshots.find((x) => x.id === id);
    return s ? `${formatDateTime(s.takenAt, i18n.language)} · ${s.label || t(`map.history.reasons.${s.reason}`)}` : '';
  };

  const take = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call('snapshots.take', { caseId: detail.case.id, label });
      await queryClient.invalidateQueries({ queryKey: queryKey('cases.get', detail.case.id) });
      setLabel('');
      setTaken(true);
      setError(null);
      setIndex(moments.length);
    } catch (err) {
      setError(err);
    }
  };

  const viewed = states.get(current);
  const before = states.get(from);
  const after = states.get(to);
  const diff = before && after ? diffMaps(before, after) : null;
  const compareFactors = diff && after ? [...after.factors, ...diff.factors.removed] : [];

  return (
    <div className="history">
      <section className="card">
        <h2 className="section-title">{t('map.history.title')}</h2>
        <p className="muted">{t('map.history.intro')}</p>
        <form className="chain-add" onSubmit={take}>
          <div className="field grow">
            <label className="field-label" htmlFor="snapshot-label">
              {t('map.history.label')}
            </label>
            <input id="snapshot-label" maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
          </div>
          <button type="submit" className="button secondary">
            {t('map.history.take')}
          </button>
          {taken ? (
            <span className="success-text" role="status">
              {t('map.history.taken')}
            </span>
          ) : null}
          <ErrorText error={error} />
        </form>
        {snapshots.length === 0 ? (
          <p className="muted">{t('map.history.none')}</p>
        ) : (
          <div className="field">
            <label className="field-label" htmlFor="snapshot-slider">
              {t('map.history.slider')}: <span data-testid="slider-moment">{when(current)}</span>
            </label>
            <input
              id="snapshot-slider"
              type="range"
              min={0}
              max={moments.length - 1}
              step={1}
              value={Math.min(index, moments.length - 1)}
              aria-valuetext={when(current)}
              onChange={(e) => setIndex(Number(e.target.value))}
            />
          </div>
        )}
        {current !== NOW ? <p className="notice">{t('map.history.viewing', { when: when(current) })}</p> : null}
        {viewed ? (
          <div className="map-frame small-map">
            <RelationalMap caseName={detail.case.pseudonym} relationship={viewed.relationship} factors={viewed.factors} chain={viewed.chain} readOnly />
          </div>
        ) : null}
      </section>

      {snapshots.length > 0 ? (
        <section className="card" aria-labelledby="compare-title">
          <h2 className="section-title" id="compare-title">
            {t('map.history.compare')}
          </h2>
          <div className="field-row">
            {(
              [
                ['compare-from', t('map.history.from'), from, setFrom],
                ['compare-to', t('map.history.to'), to, setTo],
              ] as const
            ).map(([id, label, value, set]) => (
              <div className="field grow" key={id}>
                <label className="field-label" htmlFor={id}>
                  {label}
                </label>
                <select id={id} value={value} onChange={(e) => set(e.target.value)}>
                  {moments.map((moment) => (
                    <option key={moment} value={moment}>
                      {when(moment)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {diff && after ? (
            <div className="compare">
              <DiffList diff={diff} t={t} />
              <div className="map-frame small-map">
                <RelationalMap
                  caseName={detail.case.pseudonym}
                  relationship={after.relationship}
                  factors={compareFactors}
                  chain={after.chain}
                  marks={diff.markedFactorIds}
                  readOnly
                />
              </div>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
