import { defineConfig, type Plugin } from 'vite';
import type { Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { sharedAlias } from './alias.config.ts';
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY } from './shared/csp.ts';

/**
 * The page's entry (renderer/main.tsx) is tiny: it starts opening the database, then imports the
 * app dynamically. Left alone, the browser would only ask for the app's chunks once the entry has
 * run; these links ask for them at once, alongside the entry (issue 16, start-up).
 */
function preloadTheApp(): Plugin {
  return {
    name: 'tpp-preload-the-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return [];
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file] as Rolldown.OutputChunk | undefined;
          if (!chunk || chunk.type !== 'chunk' || js.has(file)) return;
          js.add(file);
          for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet);
          for (const imported of chunk.imports) visit(imported);
        };
        for (const file of entry.dynamicImports) visit(file);
        js.delete(entry.fileName);
        for (const file of entry.imports) js.delete(file);
        return [
          ...[...js].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

// The renderer is plain static files served from app://planner/ in Electron and from the test
// server in the browser suite; both send the same CSP header, so the dev server does too.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), preloadTheApp()],
  resolve: { alias: sharedAlias },
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'chrome130', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { headers: { 'Content-Security-Policy': DEV_SERVER_CONTENT_SECURITY_POLICY } },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
