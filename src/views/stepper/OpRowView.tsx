import type { Timeline } from '../../engine/timeline';
import { describeOp } from '../../scenario/describeOp';
import { isolateText } from '../../share/isolateText';
import { describeResult, opLabel, type OpStatus } from '../../model/opDescription';
import type { OpRow } from '../../model/opRows';

/** Icons always come with words: status is never shown by colour alone. */
const ICON: Partial<Record<OpStatus, string>> = { failed: '✖', warned: '⚠', 'not-reached': '⊘' };

interface Props {
  row: OpRow;
  top: number;
  height: number;
  timeline: Timeline;
  current: boolean;
  warned: boolean;
  onGo: (step: number) => void;
}

/** One absolutely placed row of the windowed timeline. */
export function OpRowView({ row, top, height, timeline, current, warned, onGo }: Props) {
  const style = { top, height };
  if (row.kind === 'section') {
    return (
      <div role="listitem" className="op-row op-section" style={style}>
        <strong>{row.title}</strong>
      </div>
    );
  }
  if (row.kind === 'setup') {
    return (
      <div role="listitem" className={`op-row${current ? ' current' : ''}`} style={style}>
        <button type="button" aria-current={current ? 'step' : undefined} onClick={() => onGo(0)}>
          <span className="op-line">
            <span className="op-num">step 0</span> <span className="op-kind">setup</span>
          </span>
          <span className="op-line op-result">first chunk built, nothing allocated</span>
        </button>
      </div>
    );
  }
  const op = timeline.ops[row.index]!;
  const result = describeResult(timeline, row.index, warned);
  const icon = ICON[result.status];
  const label = opLabel(op);
  return (
    <div
      role="listitem"
      className={`op-row status-${result.status}${current ? ' current' : ''}`}
      style={style}
      data-op={row.index}
    >
      <button
        type="button"
        aria-current={current ? 'step' : undefined}
        disabled={result.status === 'not-reached'}
        onClick={() => onGo(row.index + 1)}
        title={[describeOp(op), label && isolateText(label), result.text].filter(Boolean).join(' · ')}
      >
        <span className="op-line">
          <span className="op-num">#{row.index}</span> <span className="op-kind">{describeOp(op)}</span>
          {label && <span className="op-label"> {label}</span>}
        </span>
        <span className="op-line op-result">
          {icon && <span aria-hidden="true">{icon} </span>}
          {result.status === 'warned' && 'warning · '}
          {result.text}
          {result.status === 'failed' && warned && ' · ⚠ warning'}
        </span>
      </button>
    </div>
  );
}
