import type { Op } from '../engine/types';
import { CONFIG_LIMITS as L, MAX_LABEL, MAX_OPS } from './defaults';
import { isRecord } from './isRecord';

/**
 * The op schema's verdict on a well-formed op, without zod: a 100,000-op file is almost all
 * good ops, and zod's per-element parse is most of its validation time. Returns the op as zod
 * returns it (a new object, fields in the schema's order), or undefined for anything it is not
 * sure of, which then goes through the schema and gets its `path: reason` messages there.
 * `test/fastOp.test.ts` holds it to the schema's answers.
 */
export function fastOp(value: unknown): Op | undefined {
  if (!isRecord(value) || !Object.hasOwn(value, 'op')) return undefined;
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return undefined;
    keys++;
  }
  switch (value.op) {
    case 'alloc': {
      const { size, align, reserved, label } = value;
      const extra = (reserved !== undefined ? 1 : 0) + (label !== undefined ? 1 : 0);
      if (keys !== 3 + extra || !Object.hasOwn(value, 'size') || !Object.hasOwn(value, 'align')) return undefined;
      if (!isInt(size, L.allocSize.min, L.allocSize.max) || !isPowerOfTwo(align, L.align.max)) return undefined;
      if (reserved !== undefined && typeof reserved !== 'boolean') return undefined;
      if (label !== undefined && !isLabel(label)) return undefined;
      return {
        op: 'alloc',
        size,
        align,
        ...(reserved !== undefined && { reserved }),
        ...(label !== undefined && { label }),
      };
    }
    case 'free':
      return keys === 2 && isInt(value.alloc, 0, MAX_OPS - 1) ? { op: 'free', alloc: value.alloc } : undefined;
    case 'slab-online':
      return keys === 1 ? { op: 'slab-online' } : undefined;
    case 'mark':
      return keys === 2 && isLabel(value.label) ? { op: 'mark', label: value.label } : undefined;
    default:
      return undefined;
  }
}

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const isPowerOfTwo = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max && Number.isInteger(Math.log2(v));

const isLabel = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_LABEL;
