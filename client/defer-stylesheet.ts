import type { Plugin } from 'vite';

/**
 * Moves the app's stylesheet link from <head> to the end of <body>: in <head> it blocks the
 * first paint for a whole round trip (800 ms on a congested venue network) although the
 * loading indicator in index.html needs none of it. The CSS still loads in parallel with the
 * script and is there before React renders.
 */
export function deferStylesheet(): Plugin {
  return {
    name: 'agora-defer-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links: string[] = [];
        const head = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (link) => {
          links.push(link.trim());
          return '';
        });
        return links.length
          ? head.replace('</body>', `  ${links.join('\n    ')}\n  </body>`)
          : html;
      },
    },
  };
}
