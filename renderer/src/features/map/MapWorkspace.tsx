import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CATALOG, SECTORS, type CaseDetail, type Factor, type Placement, type Sector } from '../../../../shared/domain/case';
import { stressKindOf } from '../../../../shared/domain/map';
import { ChainPanel } from './ChainPanel';
import { CumulativePanel } from './CumulativePanel';
import { FactorEditor } from './FactorEditor';
import { FactorTable } from './FactorTable';
import { announce } from '../../ui/announce';
import { DeferredRender } from '../../ui/DeferredRender';
import { restoreFocus } from '../../ui/focus';
import { saveInput } from '../../lib/saveInput';
import type { FactorInput, MapActions } from './mapActions';
import { MAP_INK, SECTOR_COLOURS } from './mapColours';
import { RelationalMap } from './RelationalMap';
import { RelationshipPanel } from './RelationshipPanel';
import './MapWorkspace.css';

type Editing = { saved: Factor | null; draft: FactorInput; key: string } | null;

function newDraft(caseId: string, sector: Sector, placement: Placement | null, sessionId: string | null): FactorInput {
  return {
    caseId,
    id: crypto.randomUUID(),
    sector,
    category: (CATEGORY_CATALOG[sector] as readonly string[])[0] ?? 'other',
    otherLabel: null,
    text: '',
    kind: 'observation',
    voice: 'professional',
    chainPartnerId: null,
    // Nothing pre-filled: the team chooses pressure, duration and buffering (or leaves them open).
    pressure: null,
    duration: null,
    buffered: null,
    tags: [],
    status: 'current',
    placement,
    sessionId,
  };
}

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="map-legend" aria-label={t('map.legend.title')}>
      <ul>
        {(['observation', 'parent-words', 'interpretation', 'hypothesis'] as const).map((kind) => (
          <li key={kind}>
            <svg width="26" height="26" viewBox="-13 -13 26 26" aria-hidden="true">
              <circle
                r="9"
                fill={kind === 'observation' || kind === 'parent-words' ? MAP_INK.legend : MAP_INK.white}
                stroke={MAP_INK.legend}
                strokeWidth={kind === 'observation' || kind === 'parent-words' ? 1.5 : 2.5}
                strokeDasharray={kind === 'interpretation' ? '4 3' : kind === 'hypothesis' ? '1.5 3' : undefined}
              />
              {kind === 'parent-words' ? (
                <text textAnchor="middle" dominantBaseline="central" fontSize="12" fill={MAP_INK.white}>
                  “
                </text>
              ) : null}
              {kind === 'hypothesis' ? (
                <text textAnchor="middle" dominantBaseline="central" fontSize="11" fill={MAP_INK.legend}>
                  ?
                </text>
              ) : null}
            </svg>
            {t(`map.kinds.${kind}`)}
          </li>
        ))}
        <li>{t('map.legend.size')}</li>
        <li>{t('map.legend.ring')}</li>
        <li>{t('map.legend.resolved')}</li>
      </ul>
    </div>
  );
}

interface MapWorkspaceProps {
  detail: CaseDetail;
  actions: MapActions;
  sessionId?: string | null;
  /** A factor to open (selected, its editor open), as when a search result links to it. */
  openFactorId?: string | null;
  /** Called once the linked factor is open (or turned out not to exist any more). */
  onFactorOpened?(): void;
}

/** The map with everything around it: add and edit factors, the relationship, the chain, the counts. */
export function MapWorkspace({ detail, actions, sessionId = null, openFactorId = null, onFactorOpened }: MapWorkspaceProps) {
  const { t } = useTranslation();
  const caseId = detail.case.id;
  const [editing, setEditing] = useState<Editing>(null);
  const [focused, setFocused] = useState<Factor | null>(null);
  const [showTable, setShowTable] = useState(false);
  const readOnly = detail.case.status === 'closed';
  // The open editor's say in whether it may close: false while something typed cannot be saved yet.
  const mayLeave = useRef<(() => boolean) | null>(null);
  const leaveEditor = () => mayLeave.current?.() ?? true;

  const open = (factor: Factor) => {
    if (editing?.saved?.id === factor.id || !leaveEditor()) return;
    setEditing({ saved: factor, draft: saveInput(factor), key: factor.id });
  };
  const add = (sector: Sector, placement: Placement | null) => {
    if (!leaveEditor()) return;
    const draft = newDraft(caseId, sector, placement, sessionId);
    setEditing({ saved: null, draft, key: draft.id ?? sector });
  };

  // A link to a factor (search, Ctrl+K) opens it here; a factor no longer in the case just shows the map.
  const factorLinked = useRef<string | null>(null);
  useEffect(() => {
    if (!openFactorId || factorLinked.current === openFactorId) return;
    factorLinked.current = openFactorId;
    const factor = detail.factors.find((f) => f.id === openFactorId);
    // In the next frame, where the editor open now (if any) may first say what it still needs.
    if (factor)
      requestAnimationFrame(() => {
        open(factor);
        requestAnimationFrame(() => document.querySelector(`[data-factor="${factor.id}"]`)?.scrollIntoView?.({ block: 'nearest' }));
      });
    onFactorOpened?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new link arrives
  }, [openFactorId]);
  useEffect(() => {
    if (!openFactorId) factorLinked.current = null;
  }, [openFactorId]);
  const focusedStress = focused ? stressKindOf(focused) : null;
  const nameOf = (f: Factor) => (f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`));

  // "Klaar": focus goes to the factor on the map (or in the table), or to its sector's add button when it was never saved.
  const closeEditor = () => {
    mayLeave.current = null;
    const id = editing?.saved?.id ?? editing?.draft.id;
    const sector = editing?.draft.sector;
    setEditing(null);
    requestAnimationFrame(() =>
      restoreFocus(`[data-factor="${id}"] [role="button"]`, `[data-factor-row="${id}"] button`, `.sector-button[data-sector="${sector}"]`),
    );
  };

  // Every move is said in the live region, e.g. "Financiën verplaatst naar binnen, dichter bij ouder en kind".
  const move = (factor: Factor, placement: Placement, from: Placement) => {
    void actions.placeFactor(factor, placement);
    const name = nameOf(factor);
    const sector = t(`map.sectors.${factor.sector}`);
    if (Math.abs(placement.radial - from.radial) > 0.001) announce(t(placement.radial < from.radial ? 'map.moved.inward' : 'map.moved.outward', { name }));
    else if (Math.abs(placement.along - from.along) > 0.001) announce(t('map.moved.along', { name, sector }));
    else announce(t('map.moved.edge', { name }));
  };

  return (
    <div className="map-workspace">
      <div className="map-column">
        <div className="map-frame">
          <RelationalMap
            caseName={detail.case.pseudonym}
            relationship={detail.case.relationship}
            factors={detail.factors}
            chain={detail.chain}
            selectedId={editing?.saved?.id ?? editing?.draft.id ?? null}
            readOnly={readOnly}
            onAdd={add}
            onSelect={open}
            onMove={move}
            onFocusFactor={setFocused}
            onSelectCentre={() => {
              if (!leaveEditor()) return;
              mayLeave.current = null;
              setEditing(null);
              // The relationship panel comes back in place of the editor with this render: focus it after.
              requestAnimationFrame(() => restoreFocus('#relationship-now'));
            }}
          />
        </div>
        <p className="map-focus" aria-live="polite" data-testid="map-focus">
          {focused ? (
            <>
              <strong>
                {t('map.focused', {
                  kind: t(`map.kinds.${focused.kind}`),
                  category: focused.category === 'other' && focused.otherLabel ? focused.otherLabel : t(`map.categories.${focused.category}`),
                })}
              </strong>
              {focused.text ? ` — ${focused.text.slice(0, 140)}` : ''}
              {focusedStress ? (
                <span className="focus-stress">
                  {' '}
                  · {t(`map.stressKinds.${focusedStress}`)}: {t(`map.stressDefinitions.${focusedStress}`)}
                </span>
              ) : null}
            </>
          ) : detail.factors.length === 0 ? (
            t('map.noFactors')
          ) : (
            t('map.moveHint')
          )}
        </p>
        <MapLegend />
        {readOnly ? null : (
          <div className="sector-buttons" role="group" aria-label={t('map.addFactor')}>
            {SECTORS.map((sector) => (
              <button key={sector} type="button" className="button secondary small sector-button" data-sector={sector} onClick={() => add(sector, null)}>
                <span className="swatch" style={{ background: SECTOR_COLOURS[sector].glyph }} aria-hidden="true" />
                {t('map.addTo', { sector: t(`map.sectors.${sector}`) })}
              </button>
            ))}
          </div>
        )}
        <button type="button" className="button ghost small" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('map.hideTable') : t('map.showTable')}
        </button>
      </div>
      <div className="side-column">
        {/* Beside the map, in a grid track of its own: rendered just after the map, so the map is drawn first. */}
        <DeferredRender>
          {editing && !readOnly ? (
            <FactorEditor
              key={editing.key}
              saved={editing.saved}
              draft={editing.draft}
              chain={detail.chain}
              actions={actions}
              onClose={closeEditor}
              guard={(check) => {
                mayLeave.current = check;
              }}
            />
          ) : (
            <>
              <RelationshipPanel key={caseId} relationship={detail.case.relationship} actions={actions} readOnly={readOnly} />
              <CumulativePanel factors={detail.factors} />
            </>
          )}
          <ChainPanel caseId={caseId} chain={detail.chain} actions={actions} readOnly={readOnly} />
        </DeferredRender>
      </div>
      {showTable ? (
        // Below the map and its panels, the page's whole width: eleven columns need it. Where even that is
        // too narrow, the table scrolls sideways in its own box (a Tab stop, so the keyboard can scroll it).
        <div className="factor-table-scroll" role="region" aria-label={t('map.tableCaption')} tabIndex={0}>
          <FactorTable factors={detail.factors} chain={detail.chain} onSelect={open} />
        </div>
      ) : null}
    </div>
  );
}
