/** German formats shared by the German locale parts. */

/** Numbers shown inside sentences (step numbers, counts, days), in German style. */
const numbers = new Intl.NumberFormat('de');
export const num = (value: number) => numbers.format(value);

/** Joins words into a German list: "A", "A und B", "A, B und C". */
export const conjunction = new Intl.ListFormat('de', { type: 'conjunction' });
