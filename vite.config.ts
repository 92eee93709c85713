import { defineConfig } from 'vite';

// One config, one build per product part, chosen with --mode.
// cli: the Node command-line scanner (bin/secor-ready.js loads dist/cli/main.js).
export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    return {
      build: {
        ssr: 'cli/main.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
      },
    };
  }
  throw new Error(`Unknown build mode "${mode}": use --mode cli`);
});
