// Runs in the browser before the story tests (vitest.config.ts): nothing a story does may leave the machine.
import { afterEach, beforeEach, expect } from 'vitest';
import { refused } from './mock-fetch.js';

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]', location.hostname]);

beforeEach(() => {
  performance.setResourceTimingBufferSize(10_000);
  performance.clearResourceTimings();
});

afterEach(() => {
  const outside = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => /^(https?|wss?):$/.test(url.protocol) && !LOCAL.has(url.hostname))
    .map((url) => url.href);
  expect([...refused, ...outside], 'requests that did not go to the mock').toEqual([]);
});
