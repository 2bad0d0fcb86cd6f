import { describe, expect, it } from 'vitest';
import { LECTURE_VIEWS } from '../../scenario/lectureSchema';
import { PRESENTATION_VIEWS } from '../presentation/presentationViews';
import { PANELS } from './registry';

describe('panel registry', () => {
  it('has stable, unique ids', () => {
    const ids = PANELS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'timeline',
      'editor',
      'lecture',
      'chunks',
      'maparray',
      'units',
      'narration',
      'memory',
      'codepath',
      'slots',
      'log',
      'config',
      'glossary',
    ]);
  });

  it('the presentable panels are exactly what presentation mode and lecture stops may show', () => {
    const presentable = PANELS.filter((p) => p.presentable)
      .map((p) => p.id)
      .sort();
    expect(PRESENTATION_VIEWS.map((v) => v.id).sort()).toEqual(presentable);
    expect([...LECTURE_VIEWS].sort()).toEqual(presentable);
  });
});
