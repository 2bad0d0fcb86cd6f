/**
 * Every kernel term the app shows, in plain words with the kernel's own name. Lecture text links
 * to a term by its name or an alias ([[area map]], [[maps]]); chunk rows, gauges and narration
 * mark the same words.
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** The kernel's name for it, when it has one. */
  kernel?: string;
  /** Other ways the app writes it (lower case). */
  aliases?: string[];
  definition: string;
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'area-map',
    term: 'area map',
    kernel: 'chunk->map',
    aliases: ['map', 'maps', 'area maps'],
    definition:
      'The list that describes a chunk: one entry per area, in address order, each the area’s length. It is how the allocator knows what is free.',
  },
  {
    id: 'map-entry',
    term: 'map entry',
    kernel: 'chunk->map[i]',
    aliases: ['map entries', 'entries', 'entry'],
    definition:
      'One area of a chunk: its length in bytes. Splitting a free area into an allocation and a rest needs up to two more entries; the map has room for map_alloc of them.',
  },
  {
    id: 'map-used',
    term: 'map_used / map_alloc',
    kernel: 'chunk->map_used, chunk->map_alloc',
    aliases: ['map_used', 'map_alloc', 'map slots'],
    definition:
      'How many entries of a chunk’s area map are in use, and how many its array has room for. An allocation may add two entries, so a map within two of full must grow first.',
  },
  {
    id: 'signed-map',
    term: 'signed map',
    aliases: ['signed'],
    definition:
      'In 2.6.36 a map entry’s sign says whether the area is in use: positive is free, negative is allocated (the kernel stores the size with the sign flipped).',
  },
  {
    id: 'contig-hint',
    term: 'contig hint',
    kernel: 'chunk->contig_hint',
    aliases: ['contig', 'contig_hint'],
    definition:
      'The size of the largest free area the allocator believes the chunk has. It lets a scan skip chunks that cannot fit a request.',
  },
  {
    id: 'stale-hint',
    term: 'stale hint',
    aliases: ['stale part', 'stale'],
    definition:
      'The contig hint is only recomputed when a whole map is scanned, so after some allocations it can be larger than the largest free area really is: that excess is its stale part.',
  },
  {
    id: 'slot',
    term: 'slot',
    kernel: 'pcpu_slot[]',
    aliases: ['slots', 'slot list', 'slot lists'],
    definition:
      'Chunks are kept on lists by how much they have free, one list per power-of-two band of free size (the last slot holds fully free chunks). A request scans from the slot of its size upwards.',
  },
  {
    id: 'chunk',
    term: 'chunk',
    kernel: 'struct pcpu_chunk',
    aliases: ['chunks'],
    definition:
      'A range of per-CPU address space, the same offsets in every CPU’s unit. Allocations are made in chunks; a new chunk needs memory from kmalloc.',
  },
  {
    id: 'first-chunk',
    term: 'first chunk',
    kernel: 'pcpu_first_chunk',
    definition:
      'The chunk set up at boot, holding the kernel’s static per-CPU variables and, after them, the dynamic area early allocations come from.',
  },
  {
    id: 'reserved-chunk',
    term: 'reserved chunk',
    kernel: 'pcpu_reserved_chunk',
    definition: 'A part of the first chunk kept for the static per-CPU data of modules; it is never on a slot list.',
  },
  {
    id: 'dynamic-chunk',
    term: 'dynamic chunk',
    aliases: ['new chunk'],
    definition: 'A chunk created after boot when no existing chunk can fit a request; it starts empty.',
  },
  {
    id: 'unit',
    term: 'unit',
    aliases: ['units'],
    definition: 'One CPU’s copy of a chunk. An allocation at offset x exists at offset x in every unit.',
  },
  {
    id: 'group',
    term: 'group',
    aliases: ['groups'],
    definition: 'CPUs of one NUMA node whose units are allocated together, close to that node’s memory.',
  },
  {
    id: 'atom',
    term: 'atom',
    kernel: 'atom_size',
    definition: 'The size in which memory for units is allocated at boot (2 MiB on x86_64 with large pages).',
  },
  {
    id: 'upa',
    term: 'upa',
    kernel: 'units per allocation',
    definition: 'How many units share one atom-sized allocation.',
  },
  {
    id: 'populated-page',
    term: 'populated page',
    aliases: ['populated', 'populated pages'],
    definition: 'A page of a dynamic chunk that has real memory behind it; pages are populated on first use.',
  },
  {
    id: 'initdata',
    term: '__initdata',
    aliases: ['initdata'],
    definition:
      'Memory the kernel frees once boot is done. 2.6.36 puts the first chunk’s early 128-entry maps there, so they must be moved before it goes.',
  },
  {
    id: 'percpu-init-late',
    term: 'percpu_init_late',
    definition:
      'The 2.6.36 function that runs once slab is up and copies the first chunk’s maps out of __initdata into kmalloc memory.',
  },
  {
    id: 'pcpu-mem-alloc',
    term: 'pcpu_mem_alloc',
    definition:
      'The percpu allocator’s helper for its own memory (maps, chunk structs). Before slab is up it warns once and returns NULL in 2.6.36.',
  },
  {
    id: 'warn-on-once',
    term: 'WARN_ON_ONCE',
    definition: 'A kernel warning printed with a stack trace the first time its condition is true, and never again.',
  },
  {
    id: 'slab',
    term: 'slab',
    kernel: 'slab_is_available()',
    aliases: ['kmalloc', 'slab online'],
    definition:
      'The kernel’s general allocator behind kmalloc. It comes up partway through boot; before that, nothing can be kmalloc’ed.',
  },
];

/** The term a link or a word names: by term, id or alias, ignoring case. */
export function findTerm(name: string): GlossaryTerm | undefined {
  const key = name.trim().toLowerCase();
  return GLOSSARY.find((t) => t.term.toLowerCase() === key || t.id === key || t.aliases?.includes(key));
}
