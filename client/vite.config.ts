/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { deferStylesheet } from './defer-stylesheet';
import { precompileIcu } from './precompile-icu';
import { precompress } from './precompress';
import { preloadCore } from './preload-core';
import { pureContract } from './pure-contract';
import { serviceWorker } from './service-worker';
import { websocketOnly } from './websocket-only';

// The contract (packages/contract) is TypeScript source that each side compiles: the same files.
const contract = fileURLToPath(new URL('../packages/contract/src/index.ts', import.meta.url));
const server = process.env.AGORA_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    websocketOnly(),
    pureContract(),
    precompileIcu(),
    preloadCore(),
    deferStylesheet(),
    serviceWorker(),
    precompress(),
  ],
  resolve: {
    alias: {
      '#contract': contract,
      // Preact's React-compatible layer in place of React and ReactDOM (with their subpaths:
      // react/jsx-runtime, react-dom/client): the same components in about a tenth of the bytes,
      // which a delegate's phone downloads at 20 KB/s (README, "The web client on the venue's Wi-Fi").
      react: 'preact/compat',
      'react-dom': 'preact/compat',
    },
  },
  server: {
    fs: { allow: ['..'] },
    proxy: {
      '/api': server,
      '/live': { target: server, ws: true },
      '/socket.io': { target: server, ws: true },
    },
  },
  // No source maps in the build: they would be public, and a phone has no use for them.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
