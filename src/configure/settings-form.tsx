import type { ReactNode } from 'react';
import type { ConfigureText } from '../locale/shape.ts';
import type { Checked } from './check.ts';
import { FIELDS, GROUPS, STANDARD_PORTS, type FieldName, type Group, type Values } from './fields.ts';

type Props = {
  words: ConfigureText;
  values: Values;
  checked: Checked;
  onChange: (name: FieldName, value: string) => void;
};

/** The colour picker's value when no accent is accepted: the wizard's own blue. */
const DEFAULT_PICKER = '#1f5fbf';

/** Every field of the builder, in its groups; a refused value says so beside its field, with the reason. */
export function SettingsForm({ words, values, checked, onChange }: Props) {
  return (
    <form className="cfg-form" onSubmit={(event) => event.preventDefault()} noValidate>
      {checked.unplaced.length > 0 && (
        <div className="cfg-refused" role="status">
          <p>{words.refused.other}</p>
          <ul>
            {checked.unplaced.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {GROUPS.map((group) => (
        <GroupFields key={group.id} group={group} words={words} values={values} checked={checked} onChange={onChange} />
      ))}
    </form>
  );
}

/** A fieldset: its legend, its fields, and the fieldsets inside it. */
function GroupFields({ group, ...props }: Props & { group: Group }) {
  const { words } = props;
  return (
    <fieldset className={group.id.startsWith('cta') && group.id !== 'cta' ? 'cfg-group cfg-subgroup' : 'cfg-group'}>
      <legend>{words.groups[group.id]}</legend>
      {group.id === 'servers' && <p className="cfg-hint">{words.groups.serversIntro}</p>}
      {(group.id === 'ctaPop3' || group.id === 'ctaImap') && <p className="cfg-hint">{words.groups.ctaVerdict}</p>}
      {group.fields.map((name) => (
        <FieldRow key={name} name={name} {...props} />
      ))}
      {group.groups?.map((inner) => (
        <GroupFields key={inner.id} group={inner} {...props} />
      ))}
    </fieldset>
  );
}

type RowProps = Props & { name: FieldName };

/** One field: its label, hint, control, and what became of its value (refused with the reason, or how it is used). */
function FieldRow({ name, words, values, checked, onChange }: RowProps) {
  const { control, reach } = FIELDS[name];
  const id = `cfg-${name}`;
  const { label, hint } = words.fields[name];
  const value = values[name] ?? '';
  const refused = checked.refused[name];
  const accent = name === 'accent' && !refused ? checked.settings.accent : undefined;
  const tag = reach === 'element' ? words.settings.elementOnly : reach === 'frame' ? words.settings.frameOnly : '';
  const ids = { hint: `${id}-hint`, note: `${id}-note`, refused: `${id}-refused` };
  const describedBy = [hint || tag ? ids.hint : '', accent ? ids.note : '', refused ? ids.refused : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': refused ? true : undefined,
  } as const;

  const hintLine = (hint || tag) && (
    <p id={ids.hint} className="cfg-hint">
      {tag && <span className="cfg-tag">{tag}</span>}
      {tag && hint ? ' ' : ''}
      {hint}
    </p>
  );
  const outcome = (
    <>
      {accent && (
        <p id={ids.note} className="cfg-note">
          <span className="cfg-swatch" style={{ background: accent.color }} />
          {words.accepted.accent(accent.color, accent.text === '#ffffff')}
        </p>
      )}
      {refused && (
        <p id={ids.refused} className="cfg-refused">
          <strong>{words.settings.refused}:</strong> {refused}
        </p>
      )}
    </>
  );

  if (control.kind === 'checkbox') {
    return (
      <div className="cfg-field cfg-check">
        <input {...common} type="checkbox" checked={value !== ''} onChange={(event) => onChange(name, event.currentTarget.checked ? 'on' : '')} />
        <label htmlFor={id}>{label}</label>
        {hintLine}
        {outcome}
      </div>
    );
  }

  if (control.kind === 'radio') {
    const options = words.options.mode;
    return (
      <fieldset className="cfg-field cfg-radios" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {control.options.map((option) => (
          <div key={option} className="cfg-radio">
            <input
              type="radio"
              id={`${id}-${option || 'default'}`}
              name={id}
              value={option}
              checked={value === option}
              onChange={() => onChange(name, option)}
            />
            <label htmlFor={`${id}-${option || 'default'}`}>{options[option as keyof typeof options]}</label>
          </div>
        ))}
        {hintLine}
        {outcome}
      </fieldset>
    );
  }

  let input: ReactNode;
  if (control.kind === 'select') {
    input = (
      <select {...common} value={value} onChange={(event) => onChange(name, event.currentTarget.value)}>
        {control.options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(words, name, option)}
          </option>
        ))}
      </select>
    );
  } else if (control.kind === 'number') {
    input = (
      <input
        {...common}
        type="number"
        inputMode="numeric"
        min={control.min}
        max={control.max}
        placeholder={String(control.placeholder)}
        value={value}
        onChange={(event) => onChange(name, event.currentTarget.value)}
      />
    );
  } else {
    const kind = control.kind === 'text' ? control.input : undefined;
    input = (
      <input
        {...common}
        type="text"
        value={value}
        maxLength={control.kind === 'text' ? control.maxLength : undefined}
        inputMode={kind === 'url' ? 'url' : undefined}
        autoComplete="off"
        spellCheck={control.kind === 'text' && !kind && name !== 'answers'}
        onChange={(event) => onChange(name, event.currentTarget.value)}
      />
    );
  }

  return (
    <div className="cfg-field">
      <label htmlFor={id}>{label}</label>
      {hintLine}
      {control.kind === 'colour' ? (
        <div className="cfg-colour">
          {input}
          <input
            type="color"
            aria-label={words.options.pickColour}
            value={checked.settings.accent?.color ?? DEFAULT_PICKER}
            onChange={(event) => onChange(name, event.currentTarget.value)}
          />
        </div>
      ) : (
        input
      )}
      {outcome}
    </div>
  );
}

/** A select's option in the page's words: the "not set" choice says what applies then. */
function optionLabel(words: ConfigureText, name: FieldName, option: string): string {
  if (name === 'theme') return words.options.theme[option as keyof ConfigureText['options']['theme']];
  if (name === 'lang') return words.options.lang[option as keyof ConfigureText['options']['lang']];
  if (name === 'imap-port' || name === 'pop3-port' || name === 'smtp-port') return option || words.options.port.standard(STANDARD_PORTS[name].join(', '));
  return option;
}
