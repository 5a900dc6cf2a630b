import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Plugin, Rolldown } from 'vite';

const SOURCE = fileURLToPath(new URL('./sw/worker.ts', import.meta.url));

/**
 * Writes dist/sw.js, the app-shell worker (sw/worker.ts, registered by src/offline/shell-worker.ts),
 * with this build's list in front of it: index.html and what the browser needs to start the app
 * (the entry chunk, its static imports, the core index.html preloads, and their stylesheets), and
 * every hashed file, which it caches as the app uses them. The worker is plain TypeScript with no
 * imports, so transpiling it is enough; `tsc -p sw` type-checks it against the WebWorker library.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'agora-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const build = buildList(bundle);
        const worker = ts
          .transpileModule(readFileSync(SOURCE, 'utf8'), {
            compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
          })
          // A classic worker script: the `export {}` only made the source a module for tsc.
          .outputText.replace(/^export \{\};\s*$/m, '');
        this.emitFile({
          type: 'asset',
          fileName: 'sw.js',
          source: `const BUILD = ${JSON.stringify(build)};\n${worker}`,
        });
      },
    },
  };
}

function buildList(bundle: Rolldown.OutputBundle) {
  const index = bundle['index.html'];
  if (index?.type !== 'asset') throw new Error('service worker: no index.html in the build');
  const shell = new Set<string>(['/index.html']);
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (shell.has(`/${fileName}`) || chunk?.type !== 'chunk') return;
    shell.add(`/${fileName}`);
    for (const css of chunk.viteMetadata?.importedCss ?? []) shell.add(`/${css}`);
    chunk.imports.forEach(visit);
  };
  for (const output of Object.values(bundle))
    if (output.type === 'chunk' && output.isEntry) visit(output.fileName);
  // What index.html preloads beyond the entry's imports: the app's core (preload-core.ts).
  for (const [, href] of String(index.source).matchAll(
    /<link rel="modulepreload"[^>]*href="\/([^"]+)"/g,
  ))
    visit(href!);

  const assets = Object.keys(bundle)
    .filter((f) => f.startsWith('assets/'))
    .sort()
    .map((f) => `/${f}`);
  const version = createHash('sha256')
    .update(String(index.source))
    .update(assets.join('\n'))
    .digest('hex')
    .slice(0, 16);
  return { version, shell: [...shell], assets };
}
