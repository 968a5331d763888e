import type { Recognizer } from '../recognizer.js';

/** Recognizer for `person` entities (see ENTITIES.md). */
export const personRecognizer: Recognizer<'person'> = {
  type: 'person',
  recognize() {
    return [];
  },
};
