import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sharedAlias } from './alias.config.ts';
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY } from './shared/csp.ts';

// The renderer is plain static files served from app://planner/ in Electron and from the test
// server in the browser suite; both send the same CSP header, so the dev server does too.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  resolve: { alias: sharedAlias },
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, target: 'chrome130', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { headers: { 'Content-Security-Policy': DEV_SERVER_CONTENT_SECURITY_POLICY } },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
