import { defineConfig, type Plugin } from 'vite';
import type { Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { sharedAlias } from './alias.config.ts';
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY } from './shared/csp.ts';

/**
 * The page's entry (renderer/main.tsx) is tiny: it paints the first screen, then imports the app
 * dynamically (renderer/app-loader.ts, then renderer/boot.tsx). The first screen needs the app's
 * stylesheet, which the entry does not import, so it is linked in index.html. The app's scripts are not preloaded there: ~1 MB of modulepreloaded
 * chunks held the entry back (it ran at ~500 ms, ~340 ms without them) and their compiling held back
 * the first frame; each dynamic import still fetches its chunk's dependencies in parallel (Vite's
 * preload helper), after the first frame (issue 16, start-up).
 */
function linkTheAppStylesheet(): Plugin {
  return {
    name: 'tpp-link-the-app-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const seen = new Set<string>();
        const css = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file] as Rolldown.OutputChunk | undefined;
          if (!chunk || chunk.type !== 'chunk' || seen.has(file)) return;
          seen.add(file);
          for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet);
          for (const imported of chunk.imports) visit(imported);
        };
        // The app's own chunk (renderer/boot.tsx, imported by the loader once the first rows are
        // drawn) and what it imports; not the screens loaded on first visit.
        for (const [file, chunk] of Object.entries(bundle))
          if (chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/renderer/boot.tsx')) visit(file);
        // Without it the first paint would be drawn unstyled: better no build at all.
        if (css.size === 0) throw new Error("The app's stylesheet was not found for index.html (renderer/boot.tsx's chunk)");
        return [
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
  plugins: [react(), linkTheAppStylesheet()],
  resolve: { alias: sharedAlias },
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'chrome130', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { headers: { 'Content-Security-Policy': DEV_SERVER_CONTENT_SECURITY_POLICY } },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
