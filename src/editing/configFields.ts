import { CONFIG_LIMITS as L, type CONFIG_KEYS } from '../scenario/defaults';

export interface FieldInfo {
  key: (typeof CONFIG_KEYS)[number];
  label: string;
  /** The accepted range, shown next to the field. */
  range: string;
  kind: 'text' | 'select';
  options?: { value: string; text: string }[];
}

const between = (r: { min: number; max: number }) => `${r.min}–${r.max}`;

/** Every config field of formats.md §1, in the order a person thinks about a boot. */
export const CONFIG_FIELDS: FieldInfo[] = [
  {
    key: 'earlyAlloc',
    label: 'Allocator',
    range: 'v2.6.36 or its parent',
    kind: 'select',
    options: [
      { value: 'true', text: 'v2.6.36 (early alloc)' },
      { value: 'false', text: 'pre-change parent' },
    ],
  },
  {
    key: 'pageSize',
    label: 'Page size',
    range: L.pageSize.join(', '),
    kind: 'select',
    options: L.pageSize.map((v) => ({ value: String(v), text: String(v) })),
  },
  { key: 'cpus', label: 'CPUs', range: between(L.cpus), kind: 'text' },
  {
    key: 'cpuToNode',
    label: 'CPU → node',
    range: `nodes ${between(L.node)}, like 0,0,1,1 or 0x2,1x2; empty = all node 0`,
    kind: 'text',
  },
  { key: 'staticSize', label: 'Static size', range: `${between(L.staticSize)} bytes`, kind: 'text' },
  { key: 'reservedSize', label: 'Reserved size', range: `${between(L.reservedSize)} bytes`, kind: 'text' },
  { key: 'dynSize', label: 'Dynamic size (min)', range: `${between(L.dynSize)} bytes`, kind: 'text' },
  { key: 'atomSize', label: 'Atom size', range: `power of two ≤ ${2 ** L.atomSize.maxLog2}`, kind: 'text' },
  { key: 'earlySize', label: 'Early size', range: `${between(L.earlySize)} bytes (early alloc only)`, kind: 'text' },
  { key: 'earlySlots', label: 'Early slots', range: `${between(L.earlySlots)} (early alloc only)`, kind: 'text' },
];
