import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { colourScale, inkFor, labelEvery } from './heatmapScales';

describe('heatmap scales', () => {
  it('maps the lowest value to the dark end of cividis and the highest to the light end', () => {
    const scale = colourScale([13, 125, 61]);
    expect(scale(13)).toBe(interpolateCividis(0));
    expect(scale(125)).toBe(interpolateCividis(1));
    expect(scale(69)).toBe(interpolateCividis(0.5));
  });

  it('a grid of one value gets one mid colour', () => {
    const scale = colourScale([15, 15]);
    expect(scale(15)).toBe(interpolateCividis(0.6));
  });

  it('white text on the dark end, black on the light end and on white', () => {
    expect(inkFor(interpolateCividis(0))).toBe('#ffffff');
    expect(inkFor(interpolateCividis(1))).toBe('#000000');
    expect(inkFor('#ffffff')).toBe('#000000');
    expect(inkFor('#000000')).toBe('#ffffff');
  });

  it('thins labels so they never overlap', () => {
    expect(labelEvery(40, 30)).toBe(1);
    expect(labelEvery(10, 30)).toBe(3);
    expect(labelEvery(0, 30)).toBe(30);
  });
});
