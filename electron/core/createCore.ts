import type { Core } from './core';
import type { Platform } from './platform';

// Placeholder signature while the core is being written; replaced by the real composition root.
export function createCore(_platform: Platform): Core {
  throw new Error('core not yet built');
}
