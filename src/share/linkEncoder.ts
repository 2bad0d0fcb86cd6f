import type { Scenario } from '../engine/types';
import { formatVersionOf } from '../scenario/schema';
import { checkCode } from './checksum';
import { MAX_LINK_LENGTH } from './linkCodec';
import { LzUriPacker } from './lzResumable';
import { CURRENT_LINK_VERSION } from './migrations';
import { LabelTable, packOp, scenarioHead, scenarioTail, viewFields, type LinkView } from './payload';

/** A share link's hash, or why there is none: the scenario's link would be over the link limit. */
export type PackedLink = { kind: 'link'; hash: string } | { kind: 'too-long' };

/** Ops between two looks at the clock: small enough that a slice never overruns its idle time. */
const OPS_PER_CHECK = 256;
/** Long texts (a label table, a lecture) are packed this many characters between looks. */
const CHARS_PER_CHECK = 4096;

/** A pause: where packing may stop until the next idle time. */
const PAUSE = '';

function* inChunks(text: string): Generator<string, void, undefined> {
  for (let at = 0; at < text.length; at += CHARS_PER_CHECK) {
    yield text.slice(at, at + CHARS_PER_CHECK);
    yield PAUSE;
  }
}

/**
 * The payload JSON of a scenario without its view, in pieces: exactly the text JSON.stringify
 * gives for toPayload(scenario, view) up to where the view's fields start, with pauses between.
 */
function* scenarioPieces(scenario: Scenario): Generator<string, void, undefined> {
  const labels = new LabelTable();
  const { ops } = scenario;
  // Labels come before the ops in the payload: one pass to list them.
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.op === 'alloc' && op.label !== undefined) labels.ref(op.label);
    if (i % OPS_PER_CHECK === 0) yield PAUSE;
  }
  const head = JSON.stringify(scenarioHead(scenario, labels.labels));
  yield* inChunks(head === '{}' ? '{"o":[' : `${head.slice(0, -1)},"o":[`);
  for (let i = 0; i < ops.length; i++) {
    yield (i > 0 ? ',' : '') + JSON.stringify(packOp(ops[i]!, i, labels));
    if (i % OPS_PER_CHECK === 0) yield PAUSE;
  }
  const tail = scenarioTail(scenario);
  yield* inChunks(tail.k === undefined ? ']' : `],"k":${JSON.stringify(tail.k)}`);
}

/** The view's part of the payload JSON, closing the object. */
function viewText(view: LinkView): string {
  const text = JSON.stringify(viewFields(view));
  return text === '{}' ? '}' : `,${text.slice(1)}`;
}

/**
 * One scenario's link, packed once: `work` packs a little more each call (the page calls it in
 * idle time), `link` finishes it for any view in about the time the view's few characters take.
 * Packing stops as soon as the link is sure to be over `limit` characters.
 */
export class ScenarioPacking {
  private readonly packer = new LzUriPacker();
  private readonly pieces: Generator<string, void, undefined>;
  private state: 'packing' | 'packed' | 'too-long' = 'packing';
  private readonly version: number;

  constructor(
    readonly scenario: Scenario,
    private readonly limit = MAX_LINK_LENGTH,
  ) {
    this.pieces = scenarioPieces(scenario);
    this.version = Math.min(CURRENT_LINK_VERSION, formatVersionOf(scenario));
  }

  get done(): boolean {
    return this.state !== 'packing';
  }

  /** Packs until `more()` says to stop (asked every few hundred ops) or all is packed; true when done. */
  work(more: () => boolean = () => true): boolean {
    while (this.state === 'packing') {
      const next = this.pieces.next();
      if (next.done) {
        this.state = 'packed';
      } else if (next.value === PAUSE) {
        if (!more()) return false;
      } else {
        this.packer.push(next.value);
        // The output only grows: past the limit it can never come back under.
        if (this.packer.length > this.limit) this.state = 'too-long';
      }
    }
    return true;
  }

  /** The link for `view` (packing what is left first, if anything is). */
  link(view: LinkView): PackedLink {
    this.work();
    if (this.state === 'too-long') return { kind: 'too-long' };
    const payload = this.packer.finish(viewText(view));
    const hash = `#v${this.version}.${checkCode(payload)}.${payload}`;
    return hash.length > this.limit ? { kind: 'too-long' } : { kind: 'link', hash };
  }
}

/**
 * Keeps the packing of the last scenario asked for: the scenario is immutable in the store, so
 * the same object means the same packed text, and a step, selection or panel change costs only
 * its view.
 */
export function createLinkEncoder(limit = MAX_LINK_LENGTH) {
  let current: ScenarioPacking | null = null;
  const packingOf = (scenario: Scenario): ScenarioPacking => {
    if (current?.scenario !== scenario) current = new ScenarioPacking(scenario, limit);
    return current;
  };
  return {
    packingOf,
    /** The link now, packing synchronously if need be. */
    linkNow: (scenario: Scenario, view: LinkView): PackedLink => packingOf(scenario).link(view),
  };
}

export type LinkEncoder = ReturnType<typeof createLinkEncoder>;
