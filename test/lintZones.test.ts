import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints `code` as if it were the file at `filePath` (relative to the project root), with the project's config; the messages of `rules`. */
async function lintMessages(filePath: string, code: string, rules: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && rules.includes(m.ruleId)).map((m) => m.message);
}

const zoneMessages = (filePath: string, code: string) => lintMessages(filePath, code, ['zones/arrows']);

describe('the lint zones bite: imports follow the arrows of docs/architecture.md', () => {
  it('the store may not import a view', async () => {
    const messages = await zoneMessages(
      'src/store/zoneFixture.ts',
      "import { App } from '../views/App';\nexport const app = App;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/store may not import from src/views')]);
  });

  it('the engine imports nothing of the app, not even the scenario format', async () => {
    const messages = await zoneMessages(
      'src/engine/zoneFixture.ts',
      "import { PRESETS } from '../scenario/presets';\nexport const presets = PRESETS;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/engine may not import from src/scenario')]);
  });

  it('the scenario code imports only the engine', async () => {
    const messages = await zoneMessages(
      'src/scenario/zoneFixture.ts',
      "import { decodeLink } from '../share';\nexport const decode = decodeLink;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/scenario may not import from src/share')]);
  });

  it('a pure feature module may not import the store', async () => {
    const messages = await zoneMessages(
      'src/compare/zoneFixture.ts',
      "import { createExplorerStore } from '../store/explorerStore';\nexport const make = createExplorerStore;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/compare may not import from src/store')]);
  });

  it('a view may import engine types, but not engine functions', async () => {
    const typeOnly = await zoneMessages(
      'src/views/chunkMap/zoneFixture.ts',
      "import type { Chunk } from '../../engine/types';\nexport type C = Chunk;\n",
    );
    const value = await zoneMessages(
      'src/views/chunkMap/zoneFixture.ts',
      "import { setup } from '../../engine/setup';\nexport const s = setup;\n",
    );
    expect(typeOnly).toEqual([]);
    expect(value).toEqual([expect.stringContaining('may import only types from src/engine')]);
  });

  it('allowed arrows pass: a view reads the store and a model query, the store reads the scenario', async () => {
    const view = await zoneMessages(
      'src/views/chunkMap/zoneFixture.ts',
      "import { useExplorer } from '../storeContext';\nimport { mapArrayCells } from '../../model/mapArray';\nexport const x = [useExplorer, mapArrayCells];\n",
    );
    const store = await zoneMessages(
      'src/store/zoneFixture.ts',
      "import { PRESETS } from '../scenario/presets';\nexport const p = PRESETS;\n",
    );
    expect(view).toEqual([]);
    expect(store).toEqual([]);
  });

  it('a new folder under src/ must be given its arrows before it can import anything', async () => {
    const messages = await zoneMessages(
      'src/gadgets/zoneFixture.ts',
      "import { setup } from '../engine/setup';\nexport const s = setup;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/gadgets is not a known part')]);
  });
});

describe('the page fence bites: address, storage, frames and timers stay in persistence and the player', () => {
  const pageMessages = (filePath: string, code: string) =>
    lintMessages(filePath, code, ['no-restricted-globals', 'no-restricted-properties']);

  it('a view may not start a timer or read the address itself', async () => {
    const messages = await pageMessages(
      'src/views/chunkMap/zoneFixture.ts',
      'export const a = setTimeout(() => 0, 5);\nexport const b = window.location.hash;\nexport const c = localStorage.length;\n',
    );
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('setTimeout belongs to the persistence layer and the player');
  });

  it('the persistence layer may', async () => {
    const messages = await pageMessages(
      'src/store/persistence/zoneFixture.ts',
      'export const a = setTimeout(() => 0, 5);\nexport const b = window.location.hash;\n',
    );
    expect(messages).toEqual([]);
  });

  it('the pure folders keep their stricter ban (no window at all)', async () => {
    const messages = await pageMessages('src/model/zoneFixture.ts', 'export const w = window.innerWidth;\n');
    expect(messages).toEqual([expect.stringContaining('no window')]);
  });
});
