import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_LEVELS, type CareLevel, type CareOption, type CareOptionFields } from '../../../../shared/domain/care-options';
import { call } from '../../lib/api';
import { localized } from '../../lib/localized';
import { queryKey } from '../../lib/queryKeys';
import { announce } from '../../ui/announce';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { TextArea } from '../../ui/TextArea';
import { CareOptionFacts } from './CareRecordForm';
import './CareOptionsTab.css';

type Lang = 'nl' | 'en';
const LONG_FIELDS = ['targetGroup', 'starts', 'ends', 'checkLocally'] as const;
const EMPTY_TEXT = { nl: '', en: '' };
const EMPTY_FIELDS: CareOptionFields = {
  name: EMPTY_TEXT,
  level: 'ordinary',
  targetGroup: EMPTY_TEXT,
  starts: EMPTY_TEXT,
  ends: EMPTY_TEXT,
  offeredBy: EMPTY_TEXT,
  checkLocally: EMPTY_TEXT,
};

function fieldsOf(option: CareOption): CareOptionFields {
  const { name, level, targetGroup, starts, ends, offeredBy, checkLocally } = option;
  return { name, level, targetGroup, starts, ends, offeredBy, checkLocally };
}

/** Edit one entry in the interface language (the other language keeps its text), or add one. */
function CareOptionDialog({ option, onClose }: { option: CareOption | null; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<CareOptionFields>(option ? fieldsOf(option) : EMPTY_FIELDS);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const text = (key: keyof Omit<CareOptionFields, 'level'>) => fields[key][lang];
  const set = (key: keyof Omit<CareOptionFields, 'level'>, value: string) => setFields({ ...fields, [key]: { ...fields[key], [lang]: value } });
  const nameMissing = !fields.name.nl.trim() && !fields.name.en.trim();
  const title = option ? t('care.settings.editTitle', { name: localized(option.name, lang) }) : t('care.settings.newTitle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (nameMissing) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await call('careOptions.save', option ? { id: option.id, fields } : { fields });
      await queryClient.invalidateQueries({ queryKey: queryKey('careOptions.list') });
      await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
      announce(t('care.settings.saved', { name: localized(saved.name, lang) }));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={title}
      description={option ? t('care.settings.languageNote') : undefined}
      size="wide"
    >
      <form onSubmit={submit} noValidate className="form care-option-form" data-testid="care-option-form">
        <Field
          label={t('care.fields.name')}
          value={text('name')}
          maxLength={200}
          autoFocus
          onChange={(e) => set('name', e.target.value)}
          error={showErrors && nameMissing ? t('care.settings.nameNeeded') : null}
        />
        <Choice<CareLevel>
          name="care-level"
          legend={t('care.fields.level')}
          options={CARE_LEVELS}
          value={fields.level}
          label={(level) => t(`care.levels.${level}`)}
          onChange={(level) => setFields({ ...fields, level })}
        />
        {LONG_FIELDS.slice(0, 3).map((key) => (
          <TextArea key={key} label={t(`care.fields.${key}`)} rows={2} maxLength={2000} value={text(key)} onChange={(e) => set(key, e.target.value)} />
        ))}
        <Field label={t('care.fields.offeredBy')} value={text('offeredBy')} maxLength={200} onChange={(e) => set('offeredBy', e.target.value)} />
        <TextArea
          label={t('care.fields.checkLocally')}
          rows={2}
          maxLength={2000}
          value={text('checkLocally')}
          onChange={(e) => set('checkLocally', e.target.value)}
        />
        <ErrorText error={error} />
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('care.settings.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.working') : t('care.settings.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function OptionRow({ option, onEdit, onError }: { option: CareOption; onEdit(): void; onError(error: unknown): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const name = localized(option.name, i18n.language);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKey('careOptions.list') });
    await queryClient.invalidateQueries({ queryKey: queryKey('audit.list') });
  };
  const run = async (work: () => Promise<unknown>, message: string) => {
    try {
      await work();
      await refresh();
      announce(message);
    } catch (err) {
      onError(err);
    }
  };
  return (
    <li className={`care-admin-row ${option.hidden ? 'is-hidden' : ''}`} data-option={option.id}>
      <div className="care-admin-head">
        <h4 className="care-admin-name">{name}</h4>
        <span className="badge">{t(`care.levels.${option.level}`)}</span>
        {option.edited ? <span className="badge">{t('care.settings.edited')}</span> : null}
        {option.hidden ? <span className="badge">{t('care.settings.hidden')}</span> : null}
      </div>
      <details className="care-option-details">
        <summary>{t('care.intensity.details', { name })}</summary>
        <CareOptionFacts option={option} />
      </details>
      <div className="care-admin-actions" role="group" aria-label={name}>
        <button type="button" className="button secondary small" onClick={onEdit}>
          {t('care.settings.edit', { name })}
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() =>
            void run(
              () => call('careOptions.setHidden', { id: option.id, hidden: !option.hidden }),
              t(option.hidden ? 'care.settings.shownDone' : 'care.settings.hiddenDone', { name }),
            )
          }
        >
          {option.hidden ? t('care.settings.show', { name }) : t('care.settings.hide', { name })}
        </button>
        {option.builtIn && (option.edited || option.hidden) ? (
          <button
            type="button"
            className="button ghost small"
            onClick={() => void run(() => call('careOptions.restore', { id: option.id }), t('care.settings.restoredDone', { name }))}
          >
            {t('care.settings.restore', { name })}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** Settings → Zorgaanbod: edit, hide and restore the shipped entries, add the team's own. */
export function CareOptionsTab() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: queryKey('careOptions.list'), queryFn: () => call('careOptions.list', {}) });
  const [editing, setEditing] = useState<CareOption | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const options = list.data ?? [];
  const shipped = options.filter((o) => o.builtIn);
  const own = options.filter((o) => !o.builtIn);
  return (
    <section className="panel care-admin" aria-labelledby="care-admin-title" data-testid="care-options-tab">
      <header className="panel-header">
        <h2 className="section-title" id="care-admin-title">
          {t('care.settings.title')}
        </h2>
        <button type="button" className="button primary" onClick={() => setEditing('new')}>
          {t('care.settings.add')}
        </button>
      </header>
      <p className="muted">{t('care.settings.intro')}</p>
      <ErrorText error={list.error ?? error} />
      <h3 className="subsection-title">{t('care.settings.own')}</h3>
      {own.length === 0 ? <p className="muted small">{t('care.settings.empty')}</p> : null}
      <ul className="plain-list care-admin-list" data-testid="care-own-list">
        {own.map((option) => (
          <OptionRow key={option.id} option={option} onEdit={() => setEditing(option)} onError={setError} />
        ))}
      </ul>
      <h3 className="subsection-title">{t('care.settings.shipped')}</h3>
      <ul className="plain-list care-admin-list" data-testid="care-shipped-list">
        {shipped.map((option) => (
          <OptionRow key={option.id} option={option} onEdit={() => setEditing(option)} onError={setError} />
        ))}
      </ul>
      {editing ? <CareOptionDialog option={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
