/**
 * The builder's fields: every setting of both embeds (SETTINGS), the element's `sync-url`, and the
 * loader's `data-min-height` and `data-title`, each with its control and the embeds that take it.
 * Data, in one place: the form, the validation and the snippets all read this table.
 */
import { THEMES } from '../components/theme.ts';
import { LANGS } from '../locale/languages.ts';
import { RESERVED_HEIGHT, RESERVED_RANGE, SYNC_URL, type SettingName } from '../embed/protocol.ts';

/** A field of the builder: a setting, `sync-url`, or one of the frame's own (`min-height`, `title`). */
export type FieldName = SettingName | typeof SYNC_URL | 'min-height' | 'title';

/** What a person types or picks, by field; an absent or empty value is "not set". */
export type Values = Partial<Record<FieldName, string>>;

export type Control =
  | { kind: 'text'; maxLength?: number; input?: 'url' | 'host' }
  | { kind: 'colour' }
  | { kind: 'select'; options: ReadonlyArray<string> }
  | { kind: 'radio'; options: ReadonlyArray<string> }
  | { kind: 'checkbox' }
  | { kind: 'number'; min: number; max: number; placeholder: number };

/** Which embeds take a field: `frame` is the loader and the plain iframe (a title, a height). */
export type Reach = 'all' | 'element' | 'frame';

export type Field = { readonly control: Control; readonly reach: Reach };

const text = (maxLength?: number): Field => ({ control: maxLength ? { kind: 'text', maxLength } : { kind: 'text' }, reach: 'all' });
const url: Field = { control: { kind: 'text', input: 'url' }, reach: 'all' };
const host: Field = { control: { kind: 'text', input: 'host' }, reach: 'all' };
const select = (options: ReadonlyArray<string>): Field => ({ control: { kind: 'select', options: ['', ...options] }, reach: 'all' });

/**
 * Every field and its control. The ports are choices of the encrypted ones only (the embeds refuse
 * any other), '' first: not set, the standard port(s).
 */
export const FIELDS: { readonly [N in FieldName]: Field } = {
  theme: select(THEMES),
  accent: { control: { kind: 'colour' }, reach: 'all' },
  lang: select(LANGS),
  'cta-label': text(80),
  'cta-href': url,
  'pop3-cta-label': text(80),
  'pop3-cta-href': url,
  'imap-cta-label': text(80),
  'imap-cta-href': url,
  answers: text(),
  'share-base': url,
  'provider-name': text(60),
  'imap-server': host,
  'imap-port': select(['993']),
  'pop3-server': host,
  'pop3-port': select(['995']),
  'smtp-server': host,
  'smtp-port': select(['465', '587']),
  mode: { control: { kind: 'radio', options: ['', 'popup'] }, reach: 'all' },
  'button-label': text(80),
  'skip-intro': { control: { kind: 'checkbox' }, reach: 'all' },
  [SYNC_URL]: { control: { kind: 'checkbox' }, reach: 'element' },
  'min-height': { control: { kind: 'number', min: RESERVED_RANGE.min, max: RESERVED_RANGE.max, placeholder: RESERVED_HEIGHT }, reach: 'all' },
  title: { control: { kind: 'text', maxLength: 120 }, reach: 'frame' },
};

/** The standard ports of each server field, as its "not set" choice shows them. */
export const STANDARD_PORTS: Readonly<Record<'imap-port' | 'pop3-port' | 'smtp-port', ReadonlyArray<string>>> = {
  'imap-port': ['993'],
  'pop3-port': ['995'],
  'smtp-port': ['465', '587'],
};

export type GroupId = 'look' | 'cta' | 'ctaAny' | 'ctaPop3' | 'ctaImap' | 'start' | 'servers' | 'page';

/** A fieldset of the form: its fields, then fieldsets of its own. */
export type Group = { readonly id: GroupId; readonly fields: ReadonlyArray<FieldName>; readonly groups?: ReadonlyArray<Group> };

/** The form's fieldsets, in order: every field once. */
export const GROUPS: ReadonlyArray<Group> = [
  { id: 'look', fields: ['theme', 'accent', 'lang'] },
  {
    id: 'cta',
    fields: [],
    groups: [
      { id: 'ctaAny', fields: ['cta-label', 'cta-href'] },
      { id: 'ctaPop3', fields: ['pop3-cta-label', 'pop3-cta-href'] },
      { id: 'ctaImap', fields: ['imap-cta-label', 'imap-cta-href'] },
    ],
  },
  { id: 'start', fields: ['mode', 'button-label', 'skip-intro', 'answers'] },
  { id: 'servers', fields: ['provider-name', 'imap-server', 'imap-port', 'pop3-server', 'pop3-port', 'smtp-server', 'smtp-port'] },
  { id: 'page', fields: ['share-base', SYNC_URL, 'min-height', 'title'] },
];

/** A field's value as the embeds would read it: trimmed, and null when not set. */
export function valueOf(values: Values, name: FieldName): string | null {
  const value = values[name];
  if (value === undefined) return null;
  // A checkbox is set by being there, with no value of its own.
  if (FIELDS[name].control.kind === 'checkbox') return value === '' ? null : '';
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
