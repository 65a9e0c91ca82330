/** English formats shared by the English locale parts. */

/** Joins words into a list: "A", "A and B", "A, B and C" (no serial comma). */
export const conjunction = new Intl.ListFormat('en-GB', { type: 'conjunction' });
