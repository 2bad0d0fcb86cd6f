import type { KeyboardEvent } from 'react';
import type { Side, StepFlag } from '../../compare';
import type { Op } from '../../engine/types';
import type { PixelView } from '../chunkMap/aggregate';
import type { HoverTarget } from '../chunkMap/ChunkAreaMap';
import { ChunkRow, chunkRowFacts } from '../chunkMap/ChunkRow';
import type { ChunkGeometry } from '../chunkMap/geometry';
import { OffsetAxis } from '../chunkMap/OffsetAxis';
import { latestAlloc } from '../chunkMap/selectors';
import { mergesOf } from '../chunkMap/stepMotion';
import { selectEvents } from '../../store/selectors';
import { useExplorer } from '../storeContext';
import { LOG_ICON, LOG_WORD, logKind } from '../../model/logLine';
import { nextAllocTry } from '../../model/nextTry';
import { flagNote, type SideStep } from '../../compare/sideStep';

/** Rows of a column before the chunk rows: heading, outcome, offset axis. The log row follows them. */
export const ROWS_BEFORE_CHUNKS = 3;

export interface AreaHandlers {
  onHover: (
    chunk: number,
    target: HoverTarget | null,
    geometry: ChunkGeometry,
    clientX: number,
    clientY: number,
  ) => void;
  onActivate: (chunk: number, target: HoverTarget, geometry: ChunkGeometry) => void;
  onKeyDown: (chunk: number, event: KeyboardEvent<SVGSVGElement>, geometry: ChunkGeometry) => void;
}

interface ColumnProps {
  side: Side;
  title: string;
  variant: string;
  changes: string;
  at: SideStep;
  flag: StepFlag;
  step: number;
  ops: readonly Op[];
  /** Chunk ids live on either side, in order: each gets a row on both sides so they line up. */
  ids: number[];
  width: number;
  view: PixelView;
  ordinalOf: (op: number) => number;
  selected: number | null;
  active: { chunk: number; index: number } | null;
  infoId: string;
  handlers: AreaHandlers;
  listRef?: (node: HTMLOListElement | null) => void;
}

/** One side of the comparison, laid on the shared grid rows (CSS subgrid) so both sides line up. */
export function SideColumn(props: ColumnProps) {
  const { side, title, at, ids, step, width, view, ops, ordinalOf, selected, active, infoId, handlers, listRef } =
    props;
  const state = at.view?.state ?? null;
  const note = flagNote(props.flag, side);
  const latest = at.stale ? null : latestAlloc(at.view?.outcome ?? null);
  const next = state && !at.stale ? nextAllocTry(state, ops[step], step) : null;
  const triedNext = next && (next.kind === 'reserved' || next.kind === 'scan') ? next.chunk : null;
  const selectedAt = state && selected !== null ? (state.live.get(selected) ?? null) : null;
  const rows = Math.max(1, ids.length);
  // The explorer's step events, as each row read them before rows took their merge as a prop.
  const merges = mergesOf(useExplorer(selectEvents));

  return (
    <section
      className={`compare-col${at.stale ? ' compare-stale' : ''}`}
      aria-label={title}
      data-side={side}
      style={{ gridRow: `1 / span ${ROWS_BEFORE_CHUNKS + rows + 1}` }}
    >
      <header className="compare-col-head">
        <h2>{title}</h2>
        <p className="compare-variant">{props.variant}</p>
        <p className="compare-changes">{props.changes}</p>
      </header>
      <div
        className={`compare-outcome compare-outcome-${at.status}${note ? ' compare-outcome-flagged' : ''}`}
        data-testid="compare-outcome"
        data-status={at.status}
      >
        <strong>
          Step {step}: {at.headline}
        </strong>
        {at.label && <span className="compare-op-label">“{at.label}”</span>}
        <span className="compare-result">
          <span aria-hidden="true">{at.status === 'failed' || at.status === 'no-boot' ? '✖ ' : ''}</span>
          {at.result}
        </span>
        {note && (
          <span className="compare-flag-note" data-testid="compare-flag-note">
            <span aria-hidden="true">◆ </span>
            {note}
          </span>
        )}
      </div>
      <div className="compare-axis">
        {state && <OffsetAxis width={width} view={view} unitSize={state.layout.unitSize} />}
      </div>
      <ol
        className="compare-rows"
        aria-label={`Live chunks: ${title}`}
        style={{ gridRow: `span ${rows}` }}
        ref={listRef}
      >
        {ids.length === 0 && <li className="compare-missing">No chunks.</li>}
        {ids.map((id) => {
          const chunk = state?.chunks.find((c) => c.id === id);
          if (!state || !chunk || width <= 0) {
            return (
              <li key={id} className="compare-missing" data-testid="compare-no-chunk" data-chunk-id={id}>
                {width <= 0 ? '' : `chunk ${id} does not exist on this side`}
              </li>
            );
          }
          const merge = merges.find((m) => m.chunk === id) ?? null;
          return (
            <ChunkRow
              key={id}
              {...chunkRowFacts(state, chunk)}
              chunk={chunk}
              width={width}
              view={view}
              ordinalOf={ordinalOf}
              selectedOffset={selectedAt && selectedAt.chunk === id ? selectedAt.offset : null}
              latestOffset={latest && latest.chunk === id ? latest.offset : null}
              activeIndex={active && active.chunk === id ? active.index : null}
              triedNext={triedNext === id}
              tooltipId={infoId}
              onHover={handlers.onHover}
              onActivate={handlers.onActivate}
              onKeyDown={handlers.onKeyDown}
              zoomKeys={false}
              merge={merge}
              mergeStep={merge ? step : undefined}
            />
          );
        })}
      </ol>
      <div className="compare-log" data-testid="compare-log">
        <h3>Kernel log of this step</h3>
        {at.dmesg.length === 0 ? (
          <p className="compare-hint">No lines.</p>
        ) : (
          <ul>
            {at.dmesg.map((line, n) => {
              const kind = logKind(line.kind);
              return (
                <li key={n} className={`log-${kind}`}>
                  <span className="log-icon" aria-hidden="true">
                    {LOG_ICON[kind]}
                  </span>
                  {LOG_WORD[kind] && kind !== 'setup' ? (
                    <span className="visually-hidden">{LOG_WORD[kind]}: </span>
                  ) : null}
                  <span className="log-text">{line.text}</span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
