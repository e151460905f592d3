import '@testing-library/jest-dom/vitest';
import { afterEach, expect } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(async () => {
  // Node-environment tests (the lint test) have no page to clean.
  if (typeof window === 'undefined') return;
  cleanup();
  // Component tests share one store per file: start each test from the store's initial state. Only they load
  // it here, so unit tests of the domain do not pay for the store.
  if (expect.getState().testPath?.includes('/tests/component/')) {
    const { useAppStore } = await import('../src/state/store');
    useAppStore.setState(useAppStore.getInitialState(), true);
  }
  localStorage.clear();
  window.location.hash = '';
});
