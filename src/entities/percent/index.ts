import type { Recognizer } from '../recognizer.js';

/** Recognizer for `percent` entities (see ENTITIES.md). */
export const percentRecognizer: Recognizer<'percent'> = {
  type: 'percent',
  recognize() {
    return [];
  },
};
