import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUFFERINGS,
  CATEGORY_CATALOG,
  DURATIONS,
  EXPERIENCE_OF,
  FACTOR_KINDS,
  FACTOR_STATUSES,
  PRESSURES,
  SECTORS,
  STRESS_TAGS,
  VOICES,
  WORKING_RELATIONS,
  type ChainPartner,
  type Factor,
  type Sector,
} from '../../../../shared/domain/case';
import { factorReadyToSave, factorRequirements, normaliseFactor, stressKindOf } from '../../../../shared/domain/map';
import { announce } from '../../ui/announce';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { TextArea } from '../../ui/TextArea';
import { fieldErrors } from '../../lib/fieldErrors';
import type { FactorInput, MapActions } from './mapActions';
import { BlameFindings } from '../../ui/BlameFindings';
import './FactorEditor.css';

interface FactorEditorProps {
  /** The factor as saved, or null for a new one (draft). */
  saved: Factor | null;
  draft: FactorInput;
  chain: ChainPartner[];
  actions: MapActions;
  onClose(): void;
  /**
   * Hands the map a check to run before the editor is left (another factor chosen, the centre): it
   * answers false, says what is missing beside the field and keeps the text, while something typed
   * cannot be saved yet.
   */
  guard?(check: () => boolean): void;
}

/** The form of one factor, beside the map. Saves as you type; the first save creates a new factor. */
export function FactorEditor({ saved, draft: initial, chain, actions, onClose, guard }: FactorEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FactorInput>(initial);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);
  const original = useRef<Factor | null>(saved);
  const lastSaved = useRef<Factor | null>(saved);
  const exists = useRef(saved !== null);
  const [isSaved, setIsSaved] = useState(saved !== null);
  const undoRecorded = useRef(false);
  const timer = useRef<number | null>(null);
  const latest = useRef(draft);
  const errors = fieldErrors(error, t);
  // Set when "Klaar" (or choosing elsewhere) met a factor that cannot be saved yet: every missing field says so.
  const [attempted, setAttempted] = useState(false);

  const save = async () => {
    timer.current = null;
    const input = latest.current;
    if (!factorReadyToSave(input)) return;
    setState('saving');
    try {
      const undo = undoRecorded.current ? undefined : exists.current ? (original.current ?? undefined) : ('added' as const);
      lastSaved.current = await actions.saveFactor(input, undo ? { undo } : {});
      undoRecorded.current = true;
      exists.current = true;
      setIsSaved(true);
      setError(null);
      setState('saved');
    } catch (err) {
      setError(err);
      setState('idle');
    }
  };

  const update = (patch: Partial<FactorInput>, immediate = false) => {
    const merged = { ...latest.current, ...patch };
    // The map's one rule; the own description is trimmed only when saved, not while it is typed.
    const next = { ...normaliseFactor(merged), otherLabel: merged.category === 'other' ? (merged.otherLabel ?? null) : null };
    latest.current = next;
    setDraft(next);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), immediate ? 0 : 450);
  };

  // Save what was typed when the editor closes (another factor selected, page left, vault locked).
  useEffect(
    () => () => {
      if (timer.current !== null) {
        window.clearTimeout(timer.current);
        void save();
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flush on unmount only
    [],
  );

  const sector = draft.sector;
  const categories = CATEGORY_CATALOG[sector] as readonly string[];
  const missing = factorRequirements(draft);
  // Something typed (or a saved factor changed) that cannot be saved as it stands: never dropped in silence.
  const pendingOf = (input: FactorInput) => !factorReadyToSave(input) && (isSaved || input.text.trim() !== '' || (input.otherLabel ?? '').trim() !== '');
  const pending = pendingOf(draft);
  // Said as soon as there is text, so a factor is never silently left unsaved.
  const needsOtherLabel = (draft.text.trim() !== '' || attempted) && missing.some((r) => r.field === 'otherLabel');
  const needsText = attempted && pending && draft.text.trim() === '';
  const needsChainPartner = draft.voice === 'chain' && missing.some((r) => r.field === 'chainPartnerId');

  /** May the editor close? If not: say why beside each missing field, and put the cursor in the first. */
  const mayLeave = (): boolean => {
    const input = latest.current;
    if (!pendingOf(input)) return true;
    setAttempted(true);
    const fields = factorRequirements(input).map((r) => r.field);
    const first = fields.includes('otherLabel')
      ? 'factor-other'
      : input.text.trim() === ''
        ? 'factor-text'
        : fields.includes('chainPartnerId')
          ? 'factor-voice'
          : null;
    announce(t('map.factor.notSavedYet'));
    requestAnimationFrame(() => (first ? document.getElementById(first)?.focus() : undefined));
    return false;
  };
  useEffect(() => {
    guard?.(mayLeave);
  });
  const done = () => {
    if (mayLeave()) onClose();
  };
  const discard = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    onClose();
  };
  const stress = stressKindOf({ sector, duration: draft.duration ?? null, buffered: draft.buffered ?? null, traumatic: draft.traumatic ?? false });
  const title = isSaved ? t('map.factor.editTitle', { sector: t(`map.sectors.${sector}`) }) : t('map.factor.newTitle', { sector: t(`map.sectors.${sector}`) });

  return (
    <section className="panel factor-editor" aria-labelledby="factor-editor-title" data-testid="factor-editor">
      <header className="panel-header">
        <h2 id="factor-editor-title" className="section-title">
          {title}
        </h2>
        <SaveState state={state} idleText={pending ? t('map.factor.notSavedYet') : isSaved ? '' : t('map.factor.draftHint')} />
      </header>
      <div className="form compact">
        <div className="field-row">
          <div className="field grow">
            <label className="field-label" htmlFor="factor-sector">
              {t('map.factor.sector')}
            </label>
            <select
              id="factor-sector"
              value={sector}
              onChange={(e) => {
                const next = e.target.value as Sector;
                update({ sector: next, category: (CATEGORY_CATALOG[next] as readonly string[])[0] ?? 'other', placement: null }, true);
              }}
            >
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`map.sectors.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label className="field-label" htmlFor="factor-category">
              {t('map.factor.category')}
            </label>
            <select id="factor-category" value={draft.category} onChange={(e) => update({ category: e.target.value }, true)}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {t(`map.categories.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {draft.category === 'other' ? (
          <div className="field">
            <label className="field-label" htmlFor="factor-other">
              {t('map.factor.otherLabel')}
            </label>
            <input
              id="factor-other"
              value={draft.otherLabel ?? ''}
              maxLength={120}
              onChange={(e) => update({ otherLabel: e.target.value })}
              aria-invalid={errors.otherLabel || needsOtherLabel ? true : undefined}
              aria-describedby={errors.otherLabel || needsOtherLabel ? 'factor-other-error' : undefined}
            />
            {errors.otherLabel || needsOtherLabel ? (
              <p className="field-error" id="factor-other-error" role="status">
                {errors.otherLabel ?? t('map.factor.otherLabelNeeded')}
              </p>
            ) : null}
          </div>
        ) : null}
        <TextArea
          id="factor-text"
          label={t('map.factor.text')}
          hint={t('map.factor.textHint')}
          rows={3}
          value={draft.text}
          autoFocus
          error={errors.text ?? (needsText ? t('map.factor.textNeeded') : null)}
          onChange={(e) => update({ text: e.target.value })}
        />
        <Choice
          name="factor-kind"
          legend={t('map.factor.kind')}
          options={FACTOR_KINDS}
          value={draft.kind}
          label={(k) => t(`map.kinds.${k}`)}
          // The parent's own words are the parent's voice: the default voice (the professional) follows the
          // kind; a voice chosen on purpose (child, a chain partner) stays.
          onChange={(kind) =>
            update(kind === 'parent-words' && draft.voice === 'professional' ? { kind, voice: 'parent', chainPartnerId: null } : { kind }, true)
          }
        />
        <p className="field-hint">{t(`map.kindHints.${draft.kind}`)}</p>
        <BlameFindings text={draft.text} lead={t('map.factor.blameCheck')} testId="factor-blame-check" />
        <div className="field-row">
          <div className="field grow">
            <label className="field-label" htmlFor="factor-voice">
              {t('map.factor.voice')}
            </label>
            <select
              id="factor-voice"
              value={draft.voice}
              aria-invalid={needsChainPartner && attempted ? true : undefined}
              aria-describedby={needsChainPartner && chain.length === 0 ? 'factor-chain-error' : undefined}
              onChange={(e) =>
                update({ voice: e.target.value as FactorInput['voice'], chainPartnerId: e.target.value === 'chain' ? (chain[0]?.id ?? null) : null }, true)
              }
            >
              {VOICES.map((v) => (
                <option key={v} value={v}>
                  {t(`map.voices.${v}`)}
                </option>
              ))}
            </select>
          </div>
          {draft.voice === 'chain' ? (
            <div className="field grow">
              <label className="field-label" htmlFor="factor-chain">
                {t('map.factor.chainPartner')}
              </label>
              {chain.length === 0 ? (
                <p className="field-error" id="factor-chain-error" role="status">
                  {t('map.factor.noChainPartners')}
                </p>
              ) : (
                <select id="factor-chain" value={draft.chainPartnerId ?? ''} onChange={(e) => update({ chainPartnerId: e.target.value || null }, true)}>
                  {chain.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label || t(`map.chain.types.${c.type}`)}
                    </option>
                  ))}
                </select>
              )}
            </div>
          ) : null}
        </div>
        {sector === 'professional' ? (
          <div className="field">
            <Choice
              name="factor-working-relation"
              legend={t('map.workingRelation')}
              options={WORKING_RELATIONS}
              value={draft.workingRelation ?? null}
              label={(w) => t(`map.workingRelations.${w}`)}
              onChange={(workingRelation) => update({ workingRelation }, true)}
            />
            <p className="field-hint">{t('map.workingRelationHint')}</p>
          </div>
        ) : null}
        {sector !== 'buffer' && sector !== 'professional' ? (
          <>
            <Choice
              name="factor-pressure"
              legend={t('map.factor.pressure')}
              options={PRESSURES}
              value={draft.pressure ?? null}
              label={(p) => t(`map.pressures.${p}`)}
              onChange={(pressure) => update({ pressure }, true)}
            />
            <Choice
              name="factor-duration"
              legend={t('map.factor.duration')}
              options={DURATIONS}
              value={draft.duration ?? null}
              label={(d) => t(`map.durations.${d}`)}
              onChange={(duration) => update({ duration }, true)}
            />
            <Choice
              name="factor-buffered"
              legend={t('map.factor.buffered')}
              options={BUFFERINGS}
              value={draft.buffered ?? null}
              label={(b) => t(`map.bufferings.${b}`)}
              onChange={(buffered) => update({ buffered }, true)}
            />
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.traumatic ?? false}
                  aria-describedby="factor-traumatic-hint"
                  onChange={(e) => update({ traumatic: e.target.checked }, true)}
                />
                {t('map.factor.traumatic')}
              </label>
              <p className="field-hint" id="factor-traumatic-hint">
                {t('map.factor.traumaticHint')}
              </p>
            </div>
            {stress ? (
              <div className={`stress-kind stress-${stress}`} data-testid="stress-kind">
                <strong>{t(`map.stressKinds.${stress}`)}</strong>
                <p>{t(`map.stressDefinitions.${stress}`)}</p>
                <p className="muted small">{t('map.stressNote')}</p>
              </div>
            ) : null}
          </>
        ) : null}
        <details className="tags">
          <summary>
            {t('map.factor.tags')}
            {draft.tags.length > 0 ? ` (${draft.tags.length})` : ''}
          </summary>
          <div className="tag-grid">
            {STRESS_TAGS.map((tag) => (
              <label key={tag} className="checkbox small">
                <input
                  type="checkbox"
                  checked={draft.tags.includes(tag)}
                  onChange={(e) => update({ tags: e.target.checked ? [...draft.tags, tag] : draft.tags.filter((x) => x !== tag) }, true)}
                />
                {t(`map.tags.${tag}`)}
              </label>
            ))}
          </div>
        </details>
        {draft.tags.length > 0 ? (
          <>
            <Choice
              name="factor-experience"
              legend={t('map.factor.experienceOf')}
              options={EXPERIENCE_OF}
              value={draft.experienceOf ?? null}
              label={(e) => t(`map.factor.experiences.${e}`)}
              onChange={(experienceOf) => update({ experienceOf }, true)}
            />
            <p className="field-hint">{t('map.factor.experienceHint')}</p>
          </>
        ) : null}
        <Choice
          name="factor-status"
          legend={t('map.factor.status')}
          options={FACTOR_STATUSES}
          value={draft.status}
          label={(s) => t(`map.factor.statuses.${s}`)}
          onChange={(status) => update({ status }, true)}
        />
        {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
        <div className="form-actions">
          {isSaved ? (
            <button
              type="button"
              className="button ghost danger-text"
              onClick={async () => {
                if (timer.current !== null) window.clearTimeout(timer.current);
                timer.current = null;
                if (lastSaved.current) await actions.removeFactor(lastSaved.current);
                onClose();
              }}
            >
              {t('map.factor.remove')}
            </button>
          ) : null}
          {attempted && pending ? (
            <button type="button" className="button ghost" onClick={discard}>
              {isSaved ? t('map.factor.discardChanges') : t('map.factor.discard')}
            </button>
          ) : null}
          <button type="button" className="button primary" onClick={done}>
            {t('map.factor.done')}
          </button>
        </div>
      </div>
    </section>
  );
}
