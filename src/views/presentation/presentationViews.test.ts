import { describe, expect, it } from 'vitest';
import {
  canonicalViews,
  DEFAULT_PRESENTATION_VIEWS,
  hiddenViews,
  parseStoredViews,
  serializeViews,
  withView,
} from './presentationViews';

describe('presentation views', () => {
  it('defaults to chunk maps, narration and kernel log', () => {
    expect(DEFAULT_PRESENTATION_VIEWS).toEqual(['chunks', 'narration', 'log']);
    expect(parseStoredViews(null)).toEqual(['chunks', 'narration', 'log']);
  });

  it('reads back what it saved, in panel order', () => {
    expect(parseStoredViews(serializeViews(['log', 'units']))).toEqual(['units', 'log']);
    expect(parseStoredViews('[]')).toEqual([]);
  });

  it('falls back to the default for unreadable or wrong-shaped values', () => {
    expect(parseStoredViews('not json')).toEqual([...DEFAULT_PRESENTATION_VIEWS]);
    expect(parseStoredViews('{"chunks":true}')).toEqual([...DEFAULT_PRESENTATION_VIEWS]);
    expect(parseStoredViews('["editor","config"]')).toEqual([...DEFAULT_PRESENTATION_VIEWS]);
    expect(parseStoredViews('"chunks"')).toEqual([...DEFAULT_PRESENTATION_VIEWS]);
  });

  it('drops unknown ids and duplicates but keeps the known ones', () => {
    expect(parseStoredViews('["slots","editor","slots",3,"timeline"]')).toEqual(['slots', 'timeline']);
    expect(canonicalViews(['log', 'chunks', 'log'])).toEqual(['chunks', 'log']);
  });

  it('switches one view on or off', () => {
    expect(withView(['chunks'], 'units', true)).toEqual(['chunks', 'units']);
    expect(withView(['chunks', 'units'], 'chunks', false)).toEqual(['units']);
    expect(withView(['chunks'], 'chunks', true)).toEqual(['chunks']);
  });

  it('hides exactly the views not chosen', () => {
    expect(hiddenViews(['chunks', 'narration', 'log'])).toEqual([
      'maparray',
      'units',
      'memory',
      'codepath',
      'slots',
      'timeline',
    ]);
    expect(hiddenViews([])).toEqual([
      'chunks',
      'maparray',
      'units',
      'narration',
      'memory',
      'codepath',
      'slots',
      'log',
      'timeline',
    ]);
  });
});
