import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, MAX_LINK_LENGTH, parseViewParams } from '../../share';
import { createExplorerStore } from '../explorerStore';
import type { Op, Scenario } from '../../engine/types';
import { LINK_TOO_LONG_NOTICE, shareUrlOf, startUrlSync, SYNC_PACK_OPS } from './urlSync';
import { customScenario, fakeAddressBar, manualIdle, manualScheduler } from './testSupport';

function setup(url = 'https://example.org/percpu/') {
  const store = createExplorerStore();
  const bar = fakeAddressBar(url);
  const timers = manualScheduler();
  const idle = manualIdle();
  const sync = startUrlSync(store, bar, { scheduler: timers, idle, delay: 200 });
  return { store, bar, timers, idle, sync };
}

/** Many ops, no labels: a scenario packed in idle time. */
function bigScenario(ops: number): Scenario {
  return {
    ...customScenario('Big'),
    ops: Array.from({ length: ops }, (_, i): Op => ({ op: 'alloc', size: 8 + (i % 300) * 8, align: 8 })),
  };
}

describe('address bar sync', () => {
  it('writes the scenario and view into the hash after a pause, once per burst', () => {
    const { store, bar, timers } = setup();
    timers.runAll();
    expect(bar.replaced).toHaveLength(1);
    const scenario = customScenario();
    const s = store.getState();
    s.loadScenario(scenario, { history: 'reset', presetId: null, step: 0 });
    s.setStep(3);
    s.select(1);
    s.togglePanel('slots');
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(bar.replaced).toHaveLength(2);
    const decoded = decodeLink(bar.location.hash);
    expect(decoded).toMatchObject({ ok: true, scenario, view: { step: 3, selection: 1 } });
    if (decoded.ok) expect(decoded.view.panels).not.toContain('slots');
    expect(bar.location.pathname).toBe('/percpu/');
  });

  it('publishes the share link length: page address plus hash', () => {
    const { store, bar, timers } = setup();
    timers.runAll();
    expect(store.getState().linkLength).toBe('https://example.org/percpu/'.length + bar.location.hash.length);
  });

  it('keeps view options that differ from the defaults, never the step', () => {
    const { store, bar, timers } = setup('https://example.org/?step=3&utm_source=chat&theme=light');
    const s = store.getState();
    s.setTheme('dark');
    s.setEmbed(true, false);
    s.setSpeed(4);
    s.setLoop({ from: 1, to: 5 });
    timers.runAll();
    expect(bar.location.search).toBe('?loop=1..5&speed=4&theme=dark&embed=1&controls=0');
    expect(parseViewParams(bar.location.search).problems).toEqual([]);
    s.setTheme('light');
    s.setEmbed(false, true);
    s.setSpeed(1);
    s.setLoop(null);
    timers.runAll();
    expect(bar.location.search).toBe('');
  });

  it('in compare mode the comparison is in the address and the share link, and followed when it changes', () => {
    const { store, bar, timers } = setup('https://example.org/');
    timers.runAll();
    expect(bar.location.search).toBe('');
    store.getState().setMode('compare');
    timers.runAll();
    expect(parseViewParams(bar.location.search).params.compare).toBe('earlyAlloc');
    store.getState().setCompareChoice('custom');
    store.getState().setCompareField('earlySize', '4096');
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(parseViewParams(bar.location.search).params.compare).toBe('earlySize=4096');
    const shared = shareUrlOf(store.getState(), { origin: 'https://example.org', pathname: '/' });
    expect(shared).toEqual({ kind: 'link', url: `https://example.org/?compare=earlySize%3D4096${bar.location.hash}` });
    expect(store.getState().linkLength).toBe(shared.url.length);
  });

  it('a step of a scenario already packed rewrites the hash at once, with no idle work', () => {
    const { store, bar, timers, idle } = setup();
    const scenario = bigScenario(SYNC_PACK_OPS * 2);
    store.getState().loadScenario(scenario, { history: 'reset', presetId: null, step: 0 });
    timers.runAll();
    // Packed in idle slices; meanwhile the address names no scenario (not the one before).
    expect(bar.location.hash).toBe('');
    expect(idle.runAll()).toBeGreaterThan(2);
    expect(bar.location.hash).toBe(encodeLink(scenario, { step: 0, selection: null }));
    store.getState().setStep(7);
    timers.runAll();
    expect(idle.pending()).toBe(0);
    expect(bar.location.hash).toBe(encodeLink(scenario, { step: 7, selection: null }));
  });

  it('flush packs a big scenario at once (the page is going)', () => {
    const { store, bar, timers, idle, sync } = setup();
    const scenario = bigScenario(SYNC_PACK_OPS * 2);
    store.getState().loadScenario(scenario, { history: 'reset', presetId: null, step: 3 });
    timers.runAll();
    expect(idle.pending()).toBe(1);
    sync.flush();
    expect(idle.pending()).toBe(0);
    expect(decodeLink(bar.location.hash)).toMatchObject({ ok: true, view: { step: 3 } });
  });

  it('a scenario too big for a link keeps only the view in the address, says why once, and offers a file', () => {
    const { store, bar, timers, idle } = setup('https://example.org/?theme=dark');
    store.getState().setTheme('dark');
    const scenario = bigScenario(100_000);
    store.getState().loadScenario(scenario, { history: 'reset', presetId: null, step: 12 });
    timers.runAll();
    idle.runAll();
    expect(bar.location.hash).toBe('');
    expect(bar.location.search).toBe('?step=12&theme=dark');
    const url = `${bar.location.origin}${bar.location.pathname}${bar.location.search}`;
    expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(store.getState()).toMatchObject({ linkLength: null, linkTooLong: true });
    const notice = store.getState().notices.find((n) => n.id === LINK_TOO_LONG_NOTICE);
    expect(notice).toMatchObject({ offer: 'export-scenario' });
    expect(notice!.text).toContain('65,536 characters');
    expect(shareUrlOf(store.getState(), bar.location)).toEqual({
      kind: 'too-long',
      url: 'https://example.org/?step=12',
    });
    // Dismissed, it stays away while the scenario is the same; a step rewrites the query at once.
    store.getState().dismissNotice(LINK_TOO_LONG_NOTICE);
    store.getState().setStep(13);
    timers.runAll();
    expect(idle.pending()).toBe(0);
    expect(bar.location.search).toBe('?step=13&theme=dark');
    expect(store.getState().notices.find((n) => n.id === LINK_TOO_LONG_NOTICE)).toBeUndefined();
    // A scenario that fits again gets its link back, and the notice goes.
    store.getState().setTheme('light');
    store.getState().loadScenario(customScenario(), { history: 'reset', presetId: null, step: 1 });
    timers.runAll();
    expect(decodeLink(bar.location.hash)).toMatchObject({ ok: true, view: { step: 1 } });
    expect(bar.location.search).toBe('');
    expect(store.getState().linkTooLong).toBe(false);
  });

  it('does not rewrite an address that is already right', () => {
    const { store, bar, timers } = setup();
    timers.runAll();
    store.getState().setStep(store.getState().step);
    store.getState().setTheme('light');
    timers.runAll();
    expect(bar.replaced).toHaveLength(1);
  });

  it('reloads to open a different link typed into this tab, not for its own writes', () => {
    const { bar, timers } = setup();
    timers.runAll();
    bar.typeHash(bar.location.hash);
    expect(bar.location.reloads).toBe(0);
    bar.typeHash('#v1.abcdef7.N4Ig');
    expect(bar.location.reloads).toBe(1);
  });

  it('a link typed into this tab is not written over while the page reloads on it (pending write, pagehide flush)', () => {
    const { store, bar, timers, sync } = setup();
    timers.runAll();
    store.getState().setStep(2);
    bar.typeHash('#v1.abcdef7.N4Ig');
    expect(bar.location.reloads).toBe(1);
    timers.runAll();
    sync.flush();
    expect(bar.location.hash).toBe('#v1.abcdef7.N4Ig');
  });

  it('stops cleanly', () => {
    const { store, bar, timers, sync } = setup();
    sync.stop();
    store.getState().setStep(2);
    timers.runAll();
    expect(bar.replaced).toEqual([]);
    bar.typeHash('#other');
    expect(bar.location.reloads).toBe(0);
  });
});
