import type { Recognizer } from '../recognizer.js';

/** Recognizer for `title` entities (see ENTITIES.md). */
export const titleRecognizer: Recognizer<'title'> = {
  type: 'title',
  recognize() {
    return [];
  },
};
