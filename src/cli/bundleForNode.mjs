/**
 * The one way this project bundles a TypeScript entry for Node (the CLI launcher's cached
 * bundles, the bundled engine benchmark): one ESM file for Node 20 with its dependencies
 * inside, and a `require` so any CommonJS among them can load Node's built-ins.
 * Plain JavaScript on purpose: it runs before anything can compile TypeScript.
 */
export async function bundleForNode({ entry, root, external = [] }) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
    banner: {
      js: "import { createRequire as __percpuRequire } from 'node:module'; const require = __percpuRequire(import.meta.url);",
    },
  });
  // Inputs are relative to `root`.
  return { code: result.outputFiles[0].contents, inputs: Object.keys(result.metafile.inputs) };
}
