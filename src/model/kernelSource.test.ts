/**
 * The pinned line table of the code-path links. Each number was checked against primary
 * sources (no full 2.6.36 percpu.c was readable through the search index): the commit mail
 * "[PATCH 2/2] percpu: allow limited allocation before slab is online" (18 Jun 2010) gives the
 * parent's and the commit's lines in its hunk headers (@@ -282,6 +282,9 @@, @@ -392,13 +395,6 @@,
 * @@ -604,7 +600,7 @@, @@ -1806,3 +1804,33 @@); the leak-fix mail (Huang Shijie, applied by
 * Tejun Heo, Aug 2010, @@ -393,7 +393,9 @@) adds 2 lines at 396 before v2.6.36 was released;
 * allocator.md §10.2/§10.3 read 285 and 712 from 2.6.36.4 and 714 from 2.6.35.x.
 */
import { describe, expect, it } from 'vitest';
import { KERNEL_LINES, kernelLink, type KernelAnchor } from './kernelSource';

const PINNED: [variant: 'post' | 'pre', anchor: KernelAnchor, line: number][] = [
  ['post', 'pcpu_mem_alloc', 283],
  ['post', 'pcpu_mem_alloc:slab-check', 285],
  ['post', 'pcpu_extend_area_map:old', 396],
  ['post', 'pcpu_extend_area_map:copy', 398],
  ['post', 'pcpu_alloc_chunk:struct', 605],
  ['post', 'pcpu_free_chunk:kfree', 630],
  ['post', 'pcpu_alloc:argument-check', 712],
  ['post', 'percpu_init_late', 1816],
  ['pre', 'pcpu_mem_alloc', 283],
  ['pre', 'pcpu_extend_area_map:copy', 393],
  ['pre', 'pcpu_extend_area_map:old', 399],
  ['pre', 'pcpu_alloc_chunk:struct', 607],
  ['pre', 'pcpu_free_chunk:kfree', 632],
  ['pre', 'pcpu_alloc:argument-check', 714],
];

describe('kernel line table', () => {
  it.each(PINNED)('%s %s is line %i, and its link ends in #L<line>', (variant, anchor, line) => {
    expect(KERNEL_LINES[variant][anchor]?.line).toBe(line);
    const link = kernelLink(variant, anchor)!;
    expect(link.url.endsWith(`#L${line}`)).toBe(true);
    expect(link.url).toMatch(
      variant === 'post'
        ? /^https:\/\/elixir\.bootlin\.com\/linux\/v2\.6\.36\/source\/mm\/percpu\.c#L\d+$/
        : /^https:\/\/elixir\.bootlin\.com\/linux\/v2\.6\.35\/source\/mm\/percpu\.c#L\d+$/,
    );
  });

  it('pins nothing that is not in the table above', () => {
    const count = Object.values(KERNEL_LINES).reduce((n, v) => n + Object.keys(v).length, 0);
    expect(count).toBe(PINNED.length);
  });

  it('the shifts agree with the hunks: +3 after pcpu_mem_alloc, −7 after the copy, +2 from the leak fix', () => {
    const post = (a: KernelAnchor) => KERNEL_LINES.post[a]!.line;
    const pre = (a: KernelAnchor) => KERNEL_LINES.pre[a]!.line;
    expect(post('pcpu_alloc_chunk:struct') - pre('pcpu_alloc_chunk:struct')).toBe(3 - 7 + 2);
    expect(post('pcpu_alloc:argument-check') - pre('pcpu_alloc:argument-check')).toBe(3 - 7 + 2);
    expect(post('pcpu_free_chunk:kfree') - pre('pcpu_free_chunk:kfree')).toBe(3 - 7 + 2);
    expect(post('pcpu_extend_area_map:copy') - pre('pcpu_extend_area_map:copy')).toBe(3 + 2);
  });

  it('has no link for a line it does not know', () => {
    expect(kernelLink('pre', 'percpu_init_late')).toBeNull();
  });
});
