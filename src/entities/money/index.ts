import type { Recognizer } from '../recognizer.js';

/** Recognizer for `money` entities (see ENTITIES.md). */
export const moneyRecognizer: Recognizer<'money'> = {
  type: 'money',
  recognize() {
    return [];
  },
};
