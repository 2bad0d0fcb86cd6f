import { describe, expect, it } from 'vitest';
import { pathRects, svgElements } from './svgElements';

describe('svgElements', () => {
  it('reads attributes by name whatever their order, and filters by tag', () => {
    const a = svgElements('<svg><rect x="1" data-id="a" width="3"></rect><line x1="0"/></svg>', 'rect');
    const b = svgElements('<svg><rect width="3" data-id="a" x="1"></rect></svg>', 'rect');
    expect(a).toEqual([{ tag: 'rect', attrs: { x: '1', 'data-id': 'a', width: '3' } }]);
    expect(b[0]!.attrs).toEqual(a[0]!.attrs);
    expect(svgElements('<svg><g><line x1="0"/></g></svg>').map((e) => e.tag)).toEqual(['svg', 'g', 'line']);
  });

  it('keeps escaped text in attribute values as written', () => {
    expect(svgElements('<path d="M0 0" aria-label="a &amp; b &lt;c&gt;"></path>')[0]!.attrs['aria-label']).toBe(
      'a &amp; b &lt;c&gt;',
    );
  });
});

describe('pathRects', () => {
  it('reads each M x y h w v h run as one rect', () => {
    expect(pathRects('M-2 0h104v20h-104zM50.2 0h1v20h-1z')).toEqual([
      { x: -2, y: 0, width: 104, height: 20 },
      { x: 50.2, y: 0, width: 1, height: 20 },
    ]);
    expect(pathRects('')).toEqual([]);
  });
});
