import type { SetupResult } from '../engine/setup';
import type { Trace } from '../engine/traceTypes';
import type { Config } from '../engine/types';
import { setupFacts } from './dmesgFacts';
import {
  explainAllocs,
  explainAtom,
  explainDump,
  explainDyn,
  explainPages,
  explainReserved,
  explainStatic,
  explainUnit,
  type HintContext,
} from './dmesgHints';
import { scanDmesg } from './dmesgScan';
import type {
  AllocInfoRecord,
  DmesgRecord,
  DumpAllocation,
  EmbeddedRecord,
  GroupsRecord,
  PageChunkRecord,
  ParsedDmesg,
} from './dmesgTypes';

/** Either setup(config) or a trace's setup section. */
export type ModelSetup = SetupResult | Trace['setup'];

export interface LineComparison {
  /** 1-based line of the log where the compared record starts. */
  line: number;
  kind: DmesgRecord['kind'];
  /** The log's line as parsed (prefixes and quoting removed, wrapped pieces joined). */
  text: string;
  /** The model's corresponding line, or null when it prints none. */
  model: string | null;
  status: 'match' | 'differs';
  details: string[];
}

export interface DmesgComparison {
  lines: LineComparison[];
  /** True when there was something to compare and every line matched. */
  matches: boolean;
  notes: string[];
}

type Field = [name: string, log: number, model: number, explain: () => string | string[]];

function compareFields(fields: Field[]): string[] {
  const details: string[] = [];
  for (const [name, log, model, explain] of fields) {
    if (log === model) continue;
    const why = explain();
    details.push(`${name}: log ${log}, model ${model}: ${Array.isArray(why) ? why.join('; ') : why}`);
  }
  return details;
}

function row(record: DmesgRecord, model: string | null, details: string[]): LineComparison {
  return {
    line: record.line,
    kind: record.kind,
    text: record.text,
    model,
    status: details.length ? 'differs' : 'match',
    details,
  };
}

function sizeFields(
  record: EmbeddedRecord | PageChunkRecord | AllocInfoRecord,
  model: EmbeddedRecord | PageChunkRecord | AllocInfoRecord,
  ctx: HintContext,
): Field[] {
  return [
    ['s', record.staticSize, model.staticSize, () => explainStatic(record.staticSize)],
    ['r', record.reservedSize, model.reservedSize, () => explainReserved(record.reservedSize)],
    ['d', record.dynSize, model.dynSize, () => explainDyn(record.dynSize, ctx)],
  ];
}

function compareEmbedded(record: EmbeddedRecord, model: EmbeddedRecord | undefined, ctx: HintContext): LineComparison {
  if (!model) return row(record, null, ['the model prints no Embedded line']);
  return row(
    record,
    model.text,
    compareFields([
      ['pages', record.pages, model.pages, () => explainPages(record.pages, ctx)],
      ...sizeFields(record, model, ctx),
      ['u', record.unitSize, model.unitSize, () => explainUnit(record.unitSize, ctx)],
    ]),
  );
}

function comparePageChunk(
  record: PageChunkRecord,
  model: EmbeddedRecord | undefined,
  ctx: HintContext,
  modelPage: PageChunkRecord | undefined,
): LineComparison {
  if (modelPage) {
    return row(
      record,
      modelPage.text,
      compareFields([
        [
          'pages',
          record.pages,
          modelPage.pages,
          () => "the page first chunk prints the unit's pages: max(s+r+d, PCPU_MIN_UNIT_SIZE) / page size",
        ],
        ['page size', record.pageSize, modelPage.pageSize, () => `set pageSize to ${record.pageSize}`],
        ...sizeFields(record, modelPage, ctx),
      ]),
    );
  }
  const details = [
    "the log's kernel used the page first-chunk allocator; the model builds the embed first chunk (set firstChunk to page)",
  ];
  if (model) details.push(...compareFields(sizeFields(record, model, ctx)));
  return row(record, model?.text ?? null, details);
}

function compareHeader(record: AllocInfoRecord, model: AllocInfoRecord | undefined, ctx: HintContext): LineComparison {
  if (!model) return row(record, null, ['the model prints no pcpu-alloc header']);
  return row(
    record,
    model.text,
    compareFields([
      ...sizeFields(record, model, ctx),
      ['u', record.unitSize, model.unitSize, () => explainUnit(record.unitSize, ctx)],
      ['atom', record.atomSize, model.atomSize, () => explainAtom(record.atomSize)],
      ['alloc', record.allocs, model.allocs, () => explainAllocs(ctx)],
    ]),
  );
}

function sameAllocations(a: DumpAllocation[], b: DumpAllocation[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.group === b[i]!.group && x.cpus.length === b[i]!.cpus.length && x.cpus.every((c, j) => c === b[i]!.cpus[j]),
    )
  );
}

const normalize = (text: string) => text.trim().split(/\s+/).join(' ');

function compareGroups(
  record: GroupsRecord,
  model: GroupsRecord | undefined,
  ctx: HintContext,
  modelLines: number,
): LineComparison {
  if (!model)
    return row(record, null, [
      `the model's dump has no line here (it prints ${modelLines} dump line${modelLines === 1 ? '' : 's'})`,
      ...explainDump(ctx),
    ]);
  if (normalize(record.text) === normalize(model.text)) return row(record, model.text, []);
  const details: string[] = [];
  if (sameAllocations(record.allocations, model.allocations)) {
    details.push('same CPUs, different padding: numbers are padded to the digits of the CPU count');
  } else {
    details.push(...explainDump(ctx));
    if (record.allocations.length !== model.allocations.length && ctx.log.upa === ctx.model.upa) {
      details.push(
        `the log has ${record.allocations.length} allocations on this line, the model ${model.allocations.length}: ` +
          'the kernel fits as many as a 60-column line allows, counted across groups',
      );
    }
    if (details.length === 0) details.push('the allocations on this line differ');
  }
  return row(record, model.text, details);
}

function modelLines(model: ModelSetup): { lines: string[] } | { error: string } {
  if (!model.ok) return { error: ('error' in model && model.error) || 'setup failed' };
  return { lines: model.dmesg };
}

/**
 * Line by line: does the model's setup print what the log printed? Each difference names
 * the number and a plausible reason. `config` adds hints that need the model's inputs
 * (earlyAlloc, earlySize, pageSize); setup(config) results carry it already.
 */
export function compareDmesg(parsed: ParsedDmesg, model: ModelSetup, config?: Config): DmesgComparison {
  const cfg = config ?? ('state' in model ? model.state.config : undefined);
  const notes: string[] = [];
  if (parsed.lines.length === 0)
    return { lines: [], matches: false, notes: ['the log has no percpu setup lines to compare'] };

  const printed = modelLines(model);
  if ('error' in printed) {
    const why = `the model does not boot: ${printed.error}`;
    return { lines: parsed.lines.map((r) => row(r, null, [why])), matches: false, notes: [why] };
  }
  // The model's lines go through the same reader, so both sides are compared as numbers;
  // `model` in each row is the model's line verbatim (kernel trailing space included).
  const modelRecords = scanDmesg(printed.lines.join('\n')).records.map((r) => ({
    ...r,
    text: r.lines.map((n) => printed.lines[n - 1]!).join(' '),
  }));
  const ctx: HintContext = {
    log: setupFacts(parsed.lines),
    model: setupFacts(modelRecords),
    config: cfg,
    pageSize: cfg?.pageSize ?? 4096,
  };
  const modelEmbedded = modelRecords.find((r): r is EmbeddedRecord => r.kind === 'embedded');
  const modelPage = modelRecords.find((r): r is PageChunkRecord => r.kind === 'page-chunk');
  const modelHeader = modelRecords.find((r): r is AllocInfoRecord => r.kind === 'alloc-info');
  const modelGroups = modelRecords.filter((r): r is GroupsRecord => r.kind === 'groups');

  const lines: LineComparison[] = [];
  let groupIndex = 0;
  for (const record of parsed.lines) {
    if (record.kind === 'embedded') lines.push(compareEmbedded(record, modelEmbedded, ctx));
    else if (record.kind === 'page-chunk') lines.push(comparePageChunk(record, modelEmbedded, ctx, modelPage));
    else if (record.kind === 'alloc-info') lines.push(compareHeader(record, modelHeader, ctx));
    else lines.push(compareGroups(record, modelGroups[groupIndex++], ctx, modelGroups.length));
  }

  const lastGroupRow = [...lines].reverse().find((l) => l.kind === 'groups');
  if (lastGroupRow && modelGroups.length > groupIndex) {
    lastGroupRow.status = 'differs';
    lastGroupRow.details.push(`the model's dump has ${modelGroups.length - groupIndex} more line(s) after this one`);
  }
  if (groupIndex === 0) notes.push('the log has no pcpu-alloc dump lines, so CPUs and groups are not compared');
  if (!parsed.lines.some((r) => r.kind === 'alloc-info'))
    notes.push('the log has no pcpu-alloc header, so atomSize is not compared');
  return { lines, matches: lines.every((l) => l.status === 'match'), notes };
}
