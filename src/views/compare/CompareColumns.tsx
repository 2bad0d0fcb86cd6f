import { useCallback, useId, useMemo, useState } from 'react';
import { isolateText } from '../../share/isolateText';
import type { Side, StepFlag } from '../../compare';
import type { EngineState, Op } from '../../engine/types';
import { selectSelectedAlloc } from '../../store/selectors';
import type { PixelView } from '../chunkMap/aggregate';
import type { HoverTarget } from '../chunkMap/ChunkAreaMap';
import { describeArea } from '../chunkMap/describe';
import { firstChunkSpan, type ChunkGeometry } from '../chunkMap/geometry';
import { selectSelect } from '../chunkMap/selectors';
import { chunkMapKeyHandler } from '../shared/chunkMapKeys';
import { useElementWidth } from '../shared/useElementWidth';
import { allocOrdinals } from '../colors/palette';
import { useExplorer } from '../storeContext';
import { ROWS_BEFORE_CHUNKS, SideColumn, type AreaHandlers } from './SideColumn';
import type { SideStep } from '../../compare/sideStep';

export interface ColumnSpec {
  title: string;
  variant: string;
  changes: string;
  at: SideStep;
}

interface ColumnsProps {
  left: ColumnSpec;
  right: ColumnSpec;
  flag: StepFlag;
  step: number;
  ops: readonly Op[];
}

type Active = { side: Side; chunk: number; index: number };

/** Chunk ids live on either side, ascending. */
function unionIds(a: EngineState | null, b: EngineState | null): number[] {
  const ids = new Set<number>();
  for (const c of a?.chunks ?? []) ids.add(c.id);
  for (const c of b?.chunks ?? []) ids.add(c.id);
  return [...ids].sort((x, y) => x - y);
}

/** Both sides on one grid: the same rows, the same chunk ids side by side, one offset scale. */
export function CompareColumns({ left, right, flag, step, ops }: ColumnsProps) {
  const selected = useExplorer(selectSelectedAlloc);
  const select = useExplorer(selectSelect);
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const width = useElementWidth(list);
  const [whole, setWhole] = useState(false);
  const [active, setActive] = useState<Active | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const infoId = useId();

  const leftState = left.at.view?.state ?? null;
  const rightState = right.at.view?.state ?? null;
  const ids = unionIds(leftState, rightState);
  // One scale for both: the larger side's first-chunk span (or unit), so equal offsets sit at equal x.
  const end = Math.max(
    1,
    ...[leftState, rightState].map((s) => (s ? (whole ? s.layout.unitSize : firstChunkSpan(s.layout)) : 0)),
  );
  const view = useMemo<PixelView>(() => ({ pxPerByte: width / end, originPx: 0, left: 0, right: width }), [width, end]);
  const ordinals = useMemo(() => allocOrdinals(ops), [ops]);
  const ordinalOf = useCallback((op: number) => ordinals[op] ?? op, [ordinals]);

  const handlersFor = (side: Side, spec: ColumnSpec, state: EngineState | null): AreaHandlers => {
    const describe = (chunk: number, index: number, geometry: ChunkGeometry) => {
      if (!state) return null;
      const text = describeArea(geometry, index, ops, state);
      const label = text.label !== null ? ` “${isolateText(text.label)}”` : '';
      return `${spec.title}, chunk ${chunk}: ${text.title}${label}, ${text.extent}`;
    };
    return {
      onHover: (chunk: number, target: HoverTarget | null, geometry: ChunkGeometry) => {
        if (target?.kind === 'area') setInfo(describe(chunk, target.index, geometry));
      },
      onActivate: (_chunk: number, target: HoverTarget, geometry: ChunkGeometry) => {
        if (target.kind !== 'area') return;
        const owner = geometry.owners[target.index]!;
        select(owner >= 0 ? owner : null);
      },
      onKeyDown: chunkMapKeyHandler({
        current: (chunk) => (active && active.side === side && active.chunk === chunk ? active.index : -1),
        select,
        leave: () => setActive(null),
        moveTo: (chunk, next, geometry) => {
          setActive({ side, chunk, index: next });
          setInfo(describe(chunk, next, geometry));
        },
      }),
    };
  };

  const rows = Math.max(1, ids.length);
  const activeOn = (side: Side) => (active && active.side === side ? active : null);
  return (
    <div className="compare-maps">
      <div className="compare-toolbar" role="group" aria-label="Offset range of both maps">
        <button type="button" aria-pressed={!whole} onClick={() => setWhole(false)}>
          First chunk span
        </button>
        <button type="button" aria-pressed={whole} onClick={() => setWhole(true)}>
          Whole unit
        </button>
        <span className="compare-hint">Both sides share one offset scale: 0 to {end} bytes.</span>
      </div>
      <div className="compare-grid" style={{ gridTemplateRows: `repeat(${ROWS_BEFORE_CHUNKS + rows + 1}, auto)` }}>
        {(['left', 'right'] as const).map((side) => {
          const spec = side === 'left' ? left : right;
          return (
            <SideColumn
              key={side}
              side={side}
              title={spec.title}
              variant={spec.variant}
              changes={spec.changes}
              at={spec.at}
              flag={flag}
              step={step}
              ops={ops}
              ids={ids}
              width={width}
              view={view}
              ordinalOf={ordinalOf}
              selected={selected}
              active={activeOn(side)}
              infoId={infoId}
              handlers={handlersFor(side, spec, spec.at.view?.state ?? null)}
              listRef={side === 'left' ? setList : undefined}
            />
          );
        })}
      </div>
      <p id={infoId} className="compare-area-info" aria-live="polite">
        {info ??
          'Hover an area (or focus a map and use the arrow keys) to read it here; click one to select that allocation on both sides.'}
      </p>
    </div>
  );
}
