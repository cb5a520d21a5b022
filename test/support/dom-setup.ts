/**
 * Setup for the DOM test project (vitest.config.ts): Testing Library's matchers, an empty page and
 * a fresh IndexedDB after every test, so no test sees what another rendered or stored.
 */
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
