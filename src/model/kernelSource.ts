/**
 * Where the functions the model follows live in the real mm/percpu.c, for links to a public
 * source browser. post links to v2.6.36, pre to v2.6.35, whose lines equal the commit's
 * parent everywhere linked here (the parent is v2.6.35 plus a commit that only touches
 * pcpu_build_alloc_info and later, past line 1100). No kernel text lives here: line numbers
 * only, each with where it was checked (kernelSource.test.ts pins them).
 */
export type Variant = 'post' | 'pre';

export type KernelAnchor =
  | 'pcpu_mem_alloc'
  | 'pcpu_mem_alloc:slab-check'
  | 'pcpu_extend_area_map:copy'
  | 'pcpu_extend_area_map:old'
  | 'pcpu_alloc_chunk:struct'
  | 'pcpu_free_chunk:kfree'
  | 'pcpu_alloc:argument-check'
  | 'percpu_init_late';

export interface KernelLine {
  line: number;
  /** How the number was established. */
  evidence: string;
}

const COMMIT_MAIL = 'hunk headers of the commit mail (Tejun Heo, 18 Jun 2010)';
const LEAK_FIX_MAIL = 'the leak-fix hunk @@ -393,7 +393,9 @@ (2 lines added at 396)';

export const KERNEL_LINES: Record<Variant, Partial<Record<KernelAnchor, KernelLine>>> = {
  post: {
    pcpu_mem_alloc: { line: 283, evidence: `${COMMIT_MAIL}: @@ -282,6 +282,9 @@, definition at 283` },
    'pcpu_mem_alloc:slab-check': {
      line: 285,
      evidence: 'formats.md WARNING: at mm/percpu.c:285; allocator.md §10.3 (read from 2.6.36.4)',
    },
    'pcpu_extend_area_map:old': { line: 396, evidence: `${LEAK_FIX_MAIL}: the restored assignment of the old map` },
    'pcpu_extend_area_map:copy': { line: 398, evidence: `${LEAK_FIX_MAIL}: the copy moves from 396 to 398` },
    'pcpu_alloc_chunk:struct': {
      line: 605,
      evidence: `${COMMIT_MAIL}: @@ -604,7 +600,7 @@ puts it at 603 in the commit, +2 from the leak fix`,
    },
    'pcpu_free_chunk:kfree': {
      line: 630,
      evidence: 'pcpu_alloc_chunk at 601 plus its unchanged 29-line body up to the kfree of pcpu_free_chunk',
    },
    'pcpu_alloc:argument-check': {
      line: 712,
      evidence: 'allocator.md §10.2: WARNING at mm/percpu.c:712 in 2.6.36.x (710 in the commit itself)',
    },
    percpu_init_late: {
      line: 1816,
      evidence: `${COMMIT_MAIL}: @@ -1806,3 +1804,33 @@ puts it at 1814 in the commit, +2 from the leak fix`,
    },
  },
  pre: {
    pcpu_mem_alloc: { line: 283, evidence: `${COMMIT_MAIL}: @@ -282,6 +282,9 @@, definition at 283` },
    'pcpu_extend_area_map:copy': { line: 393, evidence: `${COMMIT_MAIL}: @@ -392,13 +395,6 @@, the copy at 393` },
    'pcpu_extend_area_map:old': {
      line: 399,
      evidence: `${COMMIT_MAIL}: the removed lines 395-401, the map_alloc test at 399`,
    },
    'pcpu_alloc_chunk:struct': { line: 607, evidence: `${COMMIT_MAIL}: @@ -604,7 +600,7 @@, the kzalloc at 607` },
    'pcpu_free_chunk:kfree': {
      line: 632,
      evidence: 'pcpu_alloc_chunk at 603 plus its 29-line body up to the kfree of pcpu_free_chunk',
    },
    'pcpu_alloc:argument-check': { line: 714, evidence: 'allocator.md §10.2: 714 in 2.6.35.x and the parent' },
  },
};

const BASE: Record<Variant, string> = {
  post: 'https://elixir.bootlin.com/linux/v2.6.36/source/mm/percpu.c',
  pre: 'https://elixir.bootlin.com/linux/v2.6.35/source/mm/percpu.c',
};

export const VARIANT_SOURCE: Record<Variant, string> = {
  post: 'Linux v2.6.36 mm/percpu.c',
  pre: 'Linux v2.6.35 mm/percpu.c (the commit’s parent in every linked line)',
};

/** The browser address of an anchor in a variant, ending in #L<line>; null when not pinned. */
export function kernelLink(variant: Variant, anchor: KernelAnchor): { url: string; line: number } | null {
  const entry = KERNEL_LINES[variant][anchor];
  return entry ? { url: `${BASE[variant]}#L${entry.line}`, line: entry.line } : null;
}
