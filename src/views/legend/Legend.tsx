import { useId, type ReactNode } from 'react';
import { OWNER_FREE, OWNER_STATIC, OWNER_STATIC_AND_RESERVED } from '../../model/owners';
import { areaPaint, OWNER_RETURNED_TAIL } from '../colors/areaPaint';
import { AreaPatterns, patternIds, svgIdPrefix } from '../colors/AreaPatterns';
import './legend.css';
import { useLegendOpen } from './useLegendOpen';

const SW = 28;
const SH = 14;
const identity = (n: number) => n;

function Swatch({ owner, prefix }: { owner: number; prefix: string }) {
  const paint = areaPaint(owner, identity, prefix);
  return (
    <rect
      className={`${paint.className} cm-edge`}
      style={paint.fill ? { fill: paint.fill } : undefined}
      width={SW}
      height={SH}
    />
  );
}

/** One legend entry; only swatches drawn with a texture carry the pattern definitions. */
function Item({ prefix, children, swatch }: { prefix?: string; children: ReactNode; swatch: ReactNode }) {
  return (
    <li className="lg-item">
      <svg width={SW} height={SH} aria-hidden="true" className="lg-swatch">
        {prefix ? <AreaPatterns prefix={prefix} /> : null}
        {swatch}
      </svg>
      <span>{children}</span>
    </li>
  );
}

/** What the colours and marks of the chunk maps, the unit layout and the gauge mean. */
export function Legend() {
  const base = svgIdPrefix(useId(), 'lg');
  const p = (name: string) => `${base}-${name}`;
  const [open, setOpen] = useLegendOpen();
  return (
    <details
      className="lg-wrap"
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open !== open) setOpen(e.currentTarget.open);
      }}
    >
      <summary aria-keyshortcuts="k">Legend {open ? '' : '(k)'}</summary>
      <ul className="lg" aria-label="Legend">
        <Item swatch={<Swatch owner={OWNER_STATIC} prefix={p('st')} />}>static area</Item>
        <Item swatch={<rect className="pal-reserved cm-edge" width={SW} height={SH} />}>reserved region</Item>
        <Item prefix={p('sr')} swatch={<Swatch owner={OWNER_STATIC_AND_RESERVED} prefix={p('sr')} />}>
          static + reserved block (first chunk’s view)
        </Item>
        <Item
          prefix={p('al')}
          swatch={
            <>
              <rect className="pal-hue-0" width={10} height={SH} />
              <rect className="pal-hue-1" x={10} width={9} height={SH} />
              <rect style={{ fill: `url(#${patternIds.owner(p('al'), 2, 1)})` }} x={19} width={9} height={SH} />
            </>
          }
        >
          allocated, one colour and texture per allocation
        </Item>
        <Item swatch={<Swatch owner={OWNER_FREE} prefix={p('fr')} />}>free</Item>
        <Item prefix={p('un')} swatch={<Swatch owner={OWNER_RETURNED_TAIL} prefix={p('un')} />}>
          not mapped by this chunk
        </Item>
        <Item swatch={<rect className="cm-summary" width={SW} height={SH} style={{ fillOpacity: 0.7 }} />}>
          many areas under a pixel (darker = more allocated; click to zoom)
        </Item>
        <Item
          swatch={
            <>
              <line className="cm-hint" x1={1} x2={16} y1={SH / 2} y2={SH / 2} />
              <line className="cm-hint" x1={1} x2={1} y1={SH / 2 - 3} y2={SH / 2 + 3} />
              <line className="cm-hint-stale" x1={16} x2={27} y1={SH / 2} y2={SH / 2} />
            </>
          }
        >
          contig hint from the largest hole (dashed: stale part)
        </Item>
        <Item swatch={<rect className="cm-selected" x={2} y={1} width={SW - 4} height={SH - 2} />}>
          selected allocation
        </Item>
        <Item swatch={<rect className="cm-latest" x={2} y={1} width={SW - 4} height={SH - 2} />}>
          made by this step
        </Item>
        <Item
          swatch={
            <>
              <rect className="cm-gauge-bg" width={SW} height={SH} />
              <rect className="cm-gauge-fill" width={12} height={SH} />
              <line className="cm-gauge-limit" x1={22} x2={22} y1={0} y2={SH} />
            </>
          }
        >
          map slots used; line: early-slots limit
        </Item>
        <Item swatch={<rect className="pal-populated" width={SW} height={SH} />}>populated pages (unit layout)</Item>
      </ul>
    </details>
  );
}
