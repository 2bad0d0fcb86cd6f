/** A built copy of the app served by `vite preview` in its own folder and port, for the browser benches. */
import { execSync, spawn } from 'node:child_process';

export interface PreviewServer {
  base: string;
  stop: () => void;
}

async function waitFor(base: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

/** Builds into `outDir` (its own folder, so a bench never races a test run serving dist/) and serves it. */
export async function startPreview(outDir: string, port: number, buildCommand = 'npx vite build'): Promise<PreviewServer> {
  execSync(`${buildCommand} --outDir ${outDir} --emptyOutDir`, { stdio: 'inherit' });
  // Its own process group, so stopping it also stops the vite process npx starts.
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // The preview server's group is already gone.
    }
  };
  const base = `http://localhost:${port}`;
  try {
    await waitFor(base);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}
