import type { Recognizer } from '../recognizer.js';

/** Recognizer for `date` entities (see ENTITIES.md). */
export const dateRecognizer: Recognizer<'date'> = {
  type: 'date',
  recognize() {
    return [];
  },
};
