import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainPartner, Factor, Placement, Relationship, Sector } from '../../../../shared/domain/case';
import { stressKindOf } from '../../../../shared/domain/map';
import {
  CENTRE,
  CHAIN_RADIUS,
  RADIUS,
  SIZE,
  GLYPH_RADIUS,
  layoutFactors,
  placementToPoint,
  pointToPlacement,
  polar,
  sectorAt,
  sectorLabelPoint,
  sectorPath,
  type Point,
} from './geometry';
import { MAP_INK, SECTOR_COLOURS } from './mapColours';
import './RelationalMap.css';

export { SECTOR_COLOURS } from './mapColours';

const SECTOR_ORDER: Sector[] = ['external', 'child', 'professional', 'parent', 'buffer'];

export interface MapMarks {
  added: string[];
  removed: string[];
  changed: string[];
}

interface RelationalMapProps {
  caseName: string;
  relationship: Relationship;
  factors: Factor[];
  chain: ChainPartner[];
  selectedId?: string | null;
  marks?: MapMarks | null;
  readOnly?: boolean;
  onAdd?(sector: Sector, placement: Placement): void;
  onSelect?(factor: Factor): void;
  /** `from` is where it stood before (its own placement, or where the automatic layout drew it). */
  onMove?(factor: Factor, placement: Placement, from: Placement): void;
  onFocusFactor?(factor: Factor | null): void;
  onSelectCentre?(): void;
}

function shortLabel(text: string, max = 22): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): Point {
  const rect = svg.getBoundingClientRect();
  return { x: ((clientX - rect.left) / rect.width) * SIZE, y: ((clientY - rect.top) / rect.height) * SIZE };
}

interface GlyphProps {
  factor: Factor;
  point: Point;
  number: number;
  colour: string;
  selected: boolean;
  mark: 'added' | 'removed' | 'changed' | null;
  showLabel: boolean;
  label: string;
}

function glyphStyle(factor: Factor, colour: string) {
  const solid = factor.kind === 'observation' || factor.kind === 'parent-words';
  return {
    r: GLYPH_RADIUS,
    fill: solid ? colour : MAP_INK.white,
    dash: factor.kind === 'interpretation' ? '7 5' : factor.kind === 'hypothesis' ? '2 5' : undefined,
    strokeWidth: solid ? 2 : 3.5,
    textColour: solid ? MAP_INK.white : colour,
  };
}

/** One factor: all the same size (counting, not weighting), outline is kind (seen vs thought), a double ring marks toxic or traumatic stress. */
function FactorGlyph({ factor, point, colour, selected, mark }: GlyphProps) {
  const { r, fill, dash, strokeWidth } = glyphStyle(factor, colour);
  const kind = stressKindOf(factor);
  const toxic = kind === 'toxic' || kind === 'traumatic';
  return (
    <g transform={`translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`} opacity={factor.status === 'resolved' ? 0.42 : 1}>
      {mark ? (
        <circle
          r={r + 13}
          fill="none"
          stroke={mark === 'added' ? MAP_INK.added : mark === 'removed' ? MAP_INK.removed : MAP_INK.changed}
          strokeWidth={4}
          strokeDasharray={mark === 'removed' ? '4 4' : undefined}
        />
      ) : null}
      {selected ? <circle r={r + 9} fill="none" stroke={MAP_INK.selected} strokeWidth={4} /> : null}
      {toxic ? <circle r={r + 5} fill="none" stroke={colour} strokeWidth={2.5} /> : null}
      {factor.kind === 'parent-words' ? <path d={`M ${-r * 0.2} ${r * 0.85} L ${-r * 0.65} ${r * 1.35} L ${r * 0.35} ${r * 0.8} Z`} fill={colour} /> : null}
      <circle r={r} fill={fill} stroke={colour} strokeWidth={strokeWidth} strokeDasharray={dash} />
    </g>
  );
}

/** The number (or ? / “) inside a glyph and its short label: drawn outside the button, so the button is named by its full description alone. */
function FactorText({ factor, point, number, colour, showLabel, label }: GlyphProps) {
  const { r, textColour } = glyphStyle(factor, colour);
  return (
    <g
      transform={`translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`}
      opacity={factor.status === 'resolved' ? 0.42 : 1}
      aria-hidden="true"
      pointerEvents="none"
    >
      <text textAnchor="middle" dominantBaseline="central" fontSize={17} fontWeight={700} fill={textColour}>
        {factor.kind === 'hypothesis' ? '?' : factor.kind === 'parent-words' ? '“' : number}
      </text>
      {showLabel ? (
        <text y={r + 18} textAnchor="middle" fontSize={16} fontWeight={600} fill={MAP_INK.label} className="map-label">
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** `translate`, remembering each phrase it gave (per key and options). */
function cachedTranslator(translate: (key: string, options?: Record<string, string>) => string): (key: string, options?: Record<string, string>) => string {
  const cache = new Map<string, string>();
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = options ? translate(key, options) : translate(key);
      cache.set(id, text);
    }
    return text;
  };
}

interface FactorEvents {
  pointerDown(event: PointerEvent<SVGGElement>, factor: Factor): void;
  pointerMove(event: PointerEvent<SVGGElement>, factor: Factor): void;
  pointerUp(factor: Factor): void;
  key(event: KeyboardEvent<SVGGElement>, factor: Factor, point: Point): void;
  focus(factor: Factor | null): void;
}

interface FactorItemProps {
  factor: Factor;
  x: number;
  y: number;
  /** Where the layout puts it (a drag shows it elsewhere meanwhile). */
  base: Point;
  number: number;
  selected: boolean;
  mark: GlyphProps['mark'];
  showLabel: boolean;
  label: string;
  description: string;
  interactive: boolean;
  events: RefObject<FactorEvents | null>;
}

/** One factor on the map, redrawn only when something it shows changes. */
const FactorItem = memo(function FactorItem({
  factor,
  x,
  y,
  base,
  number,
  selected,
  mark,
  showLabel,
  label,
  description,
  interactive,
  events,
}: FactorItemProps) {
  const glyph: GlyphProps = { factor, point: { x, y }, number, colour: SECTOR_COLOURS[factor.sector].glyph, selected, mark, showLabel, label };
  return (
    <g role="listitem" data-factor={factor.id} data-kind={factor.kind} className="map-factor">
      {!interactive ? (
        // A map that only shows (the side map in a session): read, not a Tab stop.
        <g role="img" aria-label={description}>
          <FactorGlyph {...glyph} />
        </g>
      ) : (
        <g
          role="button"
          tabIndex={0}
          aria-label={description}
          aria-pressed={selected}
          onPointerDown={(e) => events.current?.pointerDown(e, factor)}
          onPointerMove={(e) => events.current?.pointerMove(e, factor)}
          onPointerUp={() => events.current?.pointerUp(factor)}
          onKeyDown={(e) => events.current?.key(e, factor, base)}
          onFocus={() => events.current?.focus(factor)}
          onBlur={() => events.current?.focus(null)}
          onMouseEnter={() => events.current?.focus(factor)}
          onMouseLeave={() => events.current?.focus(null)}
        >
          <FactorGlyph {...glyph} />
        </g>
      )}
      <FactorText {...glyph} />
    </g>
  );
});

/** The relational map as SVG: centre, buffer ring, four sectors, factors and the chain. */
/** A factor's category as the map names it: its own description for "other". */
function categoryLabelOf(f: Factor, t: (key: string) => string): string {
  return f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`);
}

export function RelationalMap(props: RelationalMapProps) {
  const { t: translate, i18n } = useTranslation();
  // Every glyph's description is built from the same few dozen phrases: each is translated once per
  // language, not once per factor (200 factors would otherwise mean some 2,000 lookups per render).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new language (i18n.language) is a new cache
  const t = useMemo(() => cachedTranslator(translate), [translate, i18n.language]);
  const { factors, chain, relationship, selectedId, marks, readOnly } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    // Read by the render benchmark: the animation frame after this map's commit. It runs before that
    // frame's own style, layout and paint, so it marks the map built, not yet painted.
    const frame = requestAnimationFrame(() => performance.mark('dyade:map-drawn'));
    return () => cancelAnimationFrame(frame);
  }, []);
  const [drag, setDrag] = useState<{ id: string; point: Point; moved: boolean } | null>(null);
  // Layout, numbering and descriptions change with the factors (and the language), not with a selection or a hover.
  const { points, numbers, perSector } = useMemo(() => {
    const perSector = new Map<Sector, number>();
    for (const f of factors) perSector.set(f.sector, (perSector.get(f.sector) ?? 0) + 1);
    return {
      points: layoutFactors(factors),
      numbers: new Map([...factors].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((f, i) => [f.id, i + 1])),
      perSector,
    };
  }, [factors]);
  const categoryLabel = (f: Factor) => categoryLabelOf(f, t);
  const descriptions = useMemo(() => {
    const voiceLabel = (f: Factor) =>
      f.voice === 'chain' ? chain.find((c) => c.id === f.chainPartnerId)?.label || t('map.voices.chain') : t(`map.voices.${f.voice}`);
    // Kind, voice, duration, buffering and where it stands: all a sighted user reads off the glyph.
    const describe = (f: Factor) => {
      const stress = stressKindOf(f);
      const placement = f.placement ?? pointToPlacement(f.sector, points.get(f.id) ?? CENTRE);
      const distance = placement.radial < 0.34 ? 'near' : placement.radial < 0.67 ? 'middle' : 'far';
      return [
        `${numbers.get(f.id)}. ${t(`map.sectors.${f.sector}`)}: ${categoryLabelOf(f, t)}`,
        t(`map.kinds.${f.kind}`),
        t('map.a11y.voice', { voice: voiceLabel(f) }),
        // The parts are joined with ". ": a text's own closing full stop would make it two.
        f.text ? shortLabel(f.text, 80).replace(/\.+$/u, '') : null,
        f.pressure ? `${t('map.factor.pressure')}: ${t(`map.pressures.${f.pressure}`)}` : null,
        f.duration ? t('map.a11y.duration', { duration: t(`map.durations.${f.duration}`) }) : null,
        f.buffered ? t('map.a11y.buffered', { buffered: t(`map.bufferings.${f.buffered}`) }) : null,
        stress ? t(`map.stressKinds.${stress}`) : null,
        f.sector === 'professional' && f.workingRelation ? t('map.a11y.workingRelation', { state: t(`map.workingRelations.${f.workingRelation}`) }) : null,
        t(`map.a11y.distance.${distance}`),
        f.status === 'resolved' ? t('map.factor.statuses.resolved') : null,
      ]
        .filter(Boolean)
        .join('. ');
    };
    return new Map(factors.map((f) => [f.id, describe(f)]));
  }, [factors, chain, points, numbers, t]);

  const onBackgroundClick = (event: PointerEvent<SVGSVGElement>) => {
    if (readOnly || !props.onAdd || !svgRef.current || drag) return;
    if ((event.target as Element).closest('[data-factor]')) return;
    const point = svgPoint(svgRef.current, event.clientX, event.clientY);
    const sector = sectorAt(point);
    if (sector) props.onAdd(sector, pointToPlacement(sector, point));
    else if (Math.hypot(point.x - CENTRE.x, point.y - CENTRE.y) < RADIUS.relationship) props.onSelectCentre?.();
  };

  const onFactorPointerDown = (event: PointerEvent<SVGGElement>, factor: Factor) => {
    if (readOnly || !svgRef.current) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ id: factor.id, point: svgPoint(svgRef.current, event.clientX, event.clientY), moved: false });
  };
  const onFactorPointerMove = (event: PointerEvent<SVGGElement>, factor: Factor) => {
    if (!drag || drag.id !== factor.id || !svgRef.current) return;
    const next = svgPoint(svgRef.current, event.clientX, event.clientY);
    const moved = drag.moved || Math.hypot(next.x - drag.point.x, next.y - drag.point.y) > 6;
    const inside = placementToPoint(factor.sector, pointToPlacement(factor.sector, next));
    setDrag({ id: factor.id, point: moved ? inside : drag.point, moved });
  };
  const onFactorPointerUp = (factor: Factor) => {
    if (!drag || drag.id !== factor.id) return;
    if (drag.moved)
      props.onMove?.(factor, pointToPlacement(factor.sector, drag.point), factor.placement ?? pointToPlacement(factor.sector, points.get(factor.id) ?? CENTRE));
    else props.onSelect?.(factor);
    setDrag(null);
  };
  const onFactorKey = (event: KeyboardEvent<SVGGElement>, factor: Factor, point: Point) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelect?.(factor);
      return;
    }
    if (readOnly || !props.onMove) return;
    const step = 0.06;
    const current = factor.placement ?? pointToPlacement(factor.sector, point);
    const delta: Record<string, Partial<Placement>> = {
      ArrowUp: { radial: Math.min(1, current.radial + step) },
      ArrowDown: { radial: Math.max(0, current.radial - step) },
      ArrowRight: { along: Math.min(1, current.along + step) },
      ArrowLeft: { along: Math.max(0, current.along - step) },
    };
    const change = delta[event.key];
    if (change) {
      event.preventDefault();
      props.onMove(factor, { ...current, ...change }, current);
    }
  };

  // The glyphs are memoised: they call the current handlers through this ref, so a new closure in the parent does not redraw 200 of them.
  const events = useRef<FactorEvents | null>(null);
  useLayoutEffect(() => {
    events.current = {
      pointerDown: onFactorPointerDown,
      pointerMove: onFactorPointerMove,
      pointerUp: onFactorPointerUp,
      key: onFactorKey,
      focus: (factor) => props.onFocusFactor?.(factor),
    };
  });

  const label = t('map.label', { name: props.caseName });
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className={`relational-map ${readOnly ? 'read-only' : ''}`}
      role="group"
      aria-label={label}
      onClick={onBackgroundClick}
      data-testid="relational-map"
    >
      <title>{label}</title>
      {SECTOR_ORDER.map((sector) => (
        <path
          key={sector}
          d={sectorPath(sector)}
          fill={SECTOR_COLOURS[sector].fill}
          stroke={sector === 'buffer' ? 'none' : MAP_INK.white}
          strokeWidth={3}
          className="map-sector"
          data-sector={sector}
          aria-hidden="true"
        />
      ))}
      {(['external', 'child', 'professional', 'parent', 'buffer'] as Sector[]).map((sector) => {
        const p = sectorLabelPoint(sector);
        const rotate = sector === 'child' ? 90 : sector === 'parent' ? -90 : 0;
        return (
          <text
            key={sector}
            x={p.x}
            y={p.y}
            transform={rotate ? `rotate(${rotate} ${p.x} ${p.y})` : undefined}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={sector === 'buffer' ? 17 : 21}
            fontWeight={700}
            fill={SECTOR_COLOURS[sector].ink}
            aria-hidden="true"
            className="map-sector-label"
          >
            {t(`map.sectors.${sector}`)}
          </text>
        );
      })}

      <g aria-hidden="true">
        <circle cx={CENTRE.x} cy={CENTRE.y} r={RADIUS.relationship} fill={MAP_INK.white} stroke={MAP_INK.centreRing} strokeWidth={3} />
        <circle cx={CENTRE.x - 34} cy={CENTRE.y - 8} r={38} fill={MAP_INK.parentDot} />
        <circle cx={CENTRE.x + 30} cy={CENTRE.y - 2} r={28} fill={MAP_INK.childDot} />
        {relationship.form === 'triad' ? <circle cx={CENTRE.x - 2} cy={CENTRE.y - 48} r={22} fill={MAP_INK.partnerDot} /> : null}
        <text x={CENTRE.x} y={CENTRE.y + 66} textAnchor="middle" fontSize={19} fontWeight={700} fill={MAP_INK.centreText}>
          {t(`map.centre.${relationship.form}`)}
        </text>
      </g>

      {chain.map((partner, index) => {
        // Partners sit in a row along the outer edge of the professionals' sector, beside its title.
        const angle = 126 - ((index + 0.5) * 72) / Math.max(chain.length, 1);
        const p = polar(CHAIN_RADIUS, angle);
        return (
          <g key={partner.id} transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`} aria-hidden="true" className="map-chain">
            <rect x={-8} y={-8} width={16} height={16} rx={2} fill={MAP_INK.white} stroke={MAP_INK.chain} strokeWidth={2.5} transform="rotate(45)" />
            <text y={-16} textAnchor="middle" fontSize={13} fontWeight={600} fill={MAP_INK.chain} className="map-label">
              {shortLabel(partner.label || t(`map.chain.types.${partner.type}`), 16)}
            </text>
          </g>
        );
      })}

      <g role="list" aria-label={t('map.tableCaption')}>
        {factors.map((factor) => {
          const base = points.get(factor.id) ?? CENTRE;
          const point = drag?.id === factor.id && drag.moved ? drag.point : base;
          const mark = marks
            ? marks.added.includes(factor.id)
              ? 'added'
              : marks.removed.includes(factor.id)
                ? 'removed'
                : marks.changed.includes(factor.id)
                  ? 'changed'
                  : null
            : null;
          return (
            <FactorItem
              key={factor.id}
              factor={factor}
              x={point.x}
              y={point.y}
              base={base}
              number={numbers.get(factor.id) ?? 0}
              selected={selectedId === factor.id}
              mark={mark}
              showLabel={(perSector.get(factor.sector) ?? 0) <= (factor.sector === 'buffer' ? 6 : 9)}
              label={shortLabel(categoryLabel(factor), factor.sector === 'buffer' ? 14 : 20)}
              description={descriptions.get(factor.id) ?? ''}
              interactive={!(readOnly && !props.onSelect)}
              events={events}
            />
          );
        })}
      </g>
    </svg>
  );
}
