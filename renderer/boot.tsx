// The app itself, loaded by renderer/main.tsx once it has started opening the database.
import './zod-config';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/app.css';

performance.mark('app:script');
const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
// index.html's font warm-up has done its work (the first paint's fonts are looked up): the app has no use for it.
document.getElementById('font-warm-up')?.remove();
const app = createRoot(root);
// A transition renders in slices that yield to the browser, rather than the whole first screen in
// one task (issue 16: no task over 50 ms at start-up).
startTransition(() =>
  app.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
