import type { Provider } from '../../logic/providers.ts';
import type { Protocol } from '../../logic/types.ts';
import { useWords } from '../result-words.ts';

/** How to sign in to the chosen provider, what to switch on first, and its own help page. */
export function SignInNotes({ provider, protocol }: { provider: Provider; protocol: Protocol }) {
  const { locale } = useWords();
  const t = locale.setup;
  const notes = locale.providers[provider.id];
  const items = [notes.signIn, notes.enable, notes.note, protocol === 'pop3' ? notes.pop3Note : '', t.userName(notes.user)].filter(Boolean);
  return (
    <div className="piw-provider-notes">
      <p className="piw-provider-heading">{t.signInHeading(provider.name)}</p>
      <ul className="piw-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <a className="piw-link" href={provider.helpUrl} target="_blank" rel="noopener noreferrer">
          {t.help(provider.name)} <span className="piw-sr-only">{t.newTab}</span>
        </a>
      </p>
    </div>
  );
}
