import type { Plugin, Rolldown } from 'vite';

const CORE = '/src/app/start.tsx';

/**
 * Adds `<link rel="modulepreload">` to index.html for the app's core (src/app/start.tsx, imported
 * dynamically by the tiny entry) and the chunks it imports. Vite preloads only an entry's static
 * imports; without these links the core would be requested only once the entry has arrived and
 * run, a round trip later (800 ms on the venue's network). The app-shell worker precaches what
 * index.html preloads (service-worker.ts), so the core is in the shell as before.
 */
export function preloadCore(): Plugin {
  return {
    name: 'agora-preload-core',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const core = Object.values(bundle).find(
          (output): output is Rolldown.OutputChunk =>
            output.type === 'chunk' && !!output.facadeModuleId?.endsWith(CORE),
        );
        if (!core) throw new Error(`preload-core: no chunk for ${CORE} in the build`);
        const files: string[] = [];
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || chunk.isEntry || files.includes(fileName)) return;
          files.push(fileName);
          chunk.imports.forEach(visit);
        };
        visit(core.fileName);
        const links = files
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}
