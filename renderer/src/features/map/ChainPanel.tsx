import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAIN_TYPES, type ChainPartner } from '../../../../shared/domain/case';
import { TextArea } from '../../ui/TextArea';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { useAutosave } from '../../lib/autosave';
import { saveInput } from '../../lib/saveInput';
import type { MapActions } from './mapActions';

type ChainType = ChainPartner['type'];

function ChainCard({ partner, actions, readOnly }: { partner: ChainPartner; actions: MapActions; readOnly?: boolean }) {
  const { t } = useTranslation();
  const autosave = useAutosave(partner, (value) => actions.saveChain(saveInput(value), partner).then(() => undefined));
  const value = autosave.value;
  const id = `chain-${partner.id}`;
  return (
    <li className="chain-card" data-testid="chain-card">
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-type`}>
            {t('map.chain.type')}
          </label>
          <select id={`${id}-type`} disabled={readOnly} value={value.type} onChange={(e) => autosave.change({ ...value, type: e.target.value as ChainType })}>
            {CHAIN_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`map.chain.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label className="field-label" htmlFor={`${id}-label`}>
            {t('map.chain.label')}
          </label>
          <input
            id={`${id}-label`}
            readOnly={readOnly}
            maxLength={120}
            value={value.label}
            onChange={(e) => autosave.change({ ...value, label: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-contact`}>
            {t('map.chain.lastContact')}
          </label>
          <input
            id={`${id}-contact`}
            type="date"
            readOnly={readOnly}
            value={value.lastContact ?? ''}
            onChange={(e) => autosave.change({ ...value, lastContact: e.target.value || null })}
          />
        </div>
      </div>
      <TextArea
        id={`${id}-relationship`}
        label={t('map.chain.relationship')}
        rows={2}
        readOnly={readOnly}
        value={value.relationship}
        onChange={(e) => autosave.change({ ...value, relationship: e.target.value })}
      />
      <TextArea
        id={`${id}-asked`}
        label={t('map.chain.alreadyAsked')}
        hint={t('map.chain.alreadyAskedHint')}
        rows={2}
        readOnly={readOnly}
        value={value.alreadyAsked}
        onChange={(e) => autosave.change({ ...value, alreadyAsked: e.target.value })}
      />
      <div className="chain-card-footer">
        <SaveState state={autosave.state} />
        <ErrorText error={autosave.error} />
        {readOnly ? null : (
          <button type="button" className="button ghost small" onClick={() => void actions.removeChain(partner)}>
            {t('map.chain.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The care chain: who else is involved, their relationship with the family, what they already asked. */
export function ChainPanel({ caseId, chain, actions, readOnly }: { caseId: string; chain: ChainPartner[]; actions: MapActions; readOnly?: boolean }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ChainType>('midwife');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await actions.saveChain({ caseId, type, label }, null);
      setLabel('');
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="panel" aria-labelledby="chain-title" data-testid="chain-panel">
      <h2 id="chain-title" className="section-title">
        {t('map.chain.title')}
      </h2>
      <p className="muted small">{t('map.chain.intro')}</p>
      {chain.length === 0 ? <p className="muted">{t('map.chain.empty')}</p> : null}
      <ul className="chain-list">
        {chain.map((partner) => (
          <ChainCard key={partner.id} partner={partner} actions={actions} readOnly={readOnly} />
        ))}
      </ul>
      {readOnly ? null : (
        <form className="chain-add" onSubmit={add}>
          <div className="field">
            <label className="field-label" htmlFor="chain-new-type">
              {t('map.chain.type')}
            </label>
            <select id="chain-new-type" value={type} onChange={(e) => setType(e.target.value as ChainType)}>
              {CHAIN_TYPES.map((c) => (
                <option key={c} value={c}>
                  {t(`map.chain.types.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label className="field-label" htmlFor="chain-new-label">
              {t('map.chain.label')}
            </label>
            <input id="chain-new-label" maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
          </div>
          <button type="submit" className="button secondary">
            {t('map.chain.add')}
          </button>
          <ErrorText error={error} />
        </form>
      )}
    </section>
  );
}
