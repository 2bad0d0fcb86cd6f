import { describe, expect, it } from 'vitest';
import { decodeLink, parseViewParams } from '../../share';
import { createExplorerStore } from '../explorerStore';
import { shareUrlOf, startUrlSync, type ExtraParams } from './urlSync';
import { customScenario, fakeAddressBar, manualScheduler } from './testSupport';

/** Stands in for the compare view's store: a value outside the explorer store, with listeners. */
function compareOption() {
  const listeners = new Set<() => void>();
  let value = 'earlySlots=16';
  const extra: ExtraParams = {
    read: (s) => (s.mode === 'compare' ? { compare: value } : {}),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (next: string) => {
    value = next;
    listeners.forEach((listener) => listener());
  };
  return { extra, set };
}

function setup(url = 'https://example.org/percpu/', extra?: ExtraParams) {
  const store = createExplorerStore();
  const bar = fakeAddressBar(url);
  const timers = manualScheduler();
  const sync = startUrlSync(store, bar, extra, timers, 200);
  return { store, bar, timers, sync };
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
    const compare = compareOption();
    const { store, bar, timers } = setup('https://example.org/', compare.extra);
    timers.runAll();
    expect(bar.location.search).toBe('');
    store.getState().setMode('compare');
    timers.runAll();
    expect(parseViewParams(bar.location.search).params.compare).toBe('earlySlots=16');
    compare.set('earlySize=4096');
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(parseViewParams(bar.location.search).params.compare).toBe('earlySize=4096');
    const shared = shareUrlOf(store.getState(), bar.location, compare.extra);
    expect(shared).toBe(`https://example.org/?compare=earlySize%3D4096${bar.location.hash}`);
    expect(store.getState().linkLength).toBe(shared.length);
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
