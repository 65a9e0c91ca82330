import { useId, useState } from 'react';
import { advise, describeEndpoints, describeStep, type Advice, type AdviceServer } from '../logic/advice.ts';
import { mobileconfig, noProfile, profileFileName, profileServers } from '../logic/mobileconfig.ts';
import { isProviderId } from '../logic/provider-ids.ts';
import { PROVIDERS, providerById, type Provider } from '../logic/providers.ts';
import type { Protocol, Recommendation } from '../logic/types.ts';
import { selectActions, selectAnswers } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { useWords, type Words } from './result-words.ts';
import { Section } from './section.tsx';
import { CopyOutcome, useCopy } from './copy.tsx';
import { useWizardConfig } from './wizard-config.tsx';

/** Whose servers these are: the chosen provider's, the embedding host's, or nobody's in particular. */
type Owner = { name: string | undefined; provider: Provider | undefined };

/** A fresh random UUID (v4), from getRandomValues: also there where randomUUID is not (plain http). */
function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}

/** Saves text as a file, made in the browser: no request. */
function saveFile(text: string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A server's name, or what to call it when the page does not know it. */
function serverName(server: AdviceServer, owner: Owner, { model }: Words): string {
  return server.host ?? model.setup.unnamedServer(owner.name, server.protocol);
}

/** The settings as plain text, for any mail program. */
function settingsText(advice: Advice, owner: Owner, words: Words): string {
  const { model, name } = words;
  const t = model.setup;
  const lines = [t.copyTitle(owner.name, name(advice.protocol))];
  for (const server of advice.servers) {
    const where = model.advice.at(serverName(server, owner, words), describeEndpoints(server.endpoints, model.advice));
    lines.push(t.copyServer(t.serverRoles[server.role], server.protocol, where));
  }
  const notes = owner.provider ? model.providers[owner.provider.id] : undefined;
  if (owner.provider && notes) {
    lines.push(t.copyUser(notes.user), t.copySignIn(notes.signIn));
    // What must be done before the first connection, or it fails.
    for (const first of [notes.enable, advice.protocol === 'pop3' ? notes.pop3Note : '']) if (first) lines.push(first);
    lines.push(t.copyHelp(owner.provider.helpUrl));
  }
  return `${lines.join('\n')}\n`;
}

/** "Set it up with …": the person's provider, or other. A native select: type-ahead, the phone's own picker. */
function ProviderChoice({ onChosen }: { onChosen: (provider: Provider | undefined) => void }) {
  const { model } = useWords();
  const t = model.setup;
  const answers = useWizard(selectAnswers);
  const { chooseService } = useWizard(selectActions);
  const id = useId();
  const chosen = isProviderId(answers.service) ? answers.service : '';
  return (
    <div className="piw-provider-choice">
      <label htmlFor={id} className="piw-label">
        {t.choose}
      </label>
      <select
        id={id}
        className="piw-select"
        value={chosen}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const service = isProviderId(value) ? value : undefined;
          chooseService(service);
          onChosen(providerById(service));
        }}
      >
        <option value="">{t.other}</option>
        {PROVIDERS.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How to sign in to the chosen provider, what to switch on first, and its own help page. */
function SignInNotes({ provider, protocol }: { provider: Provider; protocol: Protocol }) {
  const { model } = useWords();
  const t = model.setup;
  const notes = model.providers[provider.id];
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

/**
 * "Copy the settings" (with the text shown, selected, when the clipboard is refused) and "Download a
 * setup profile" for Apple devices, side by side; below them what installing the profile looks
 * like, or why there is none for this choice.
 */
function SetupActions({ advice, owner }: { advice: Advice; owner: Owner }) {
  const words = useWords();
  const t = words.model.setup;
  const text = settingsText(advice, owner, words);
  const copying = useCopy(text);
  const profileForId = useId();
  const blocker = noProfile(owner.provider, advice.servers);
  // No reason against a profile means both servers are named.
  const servers = blocker ? undefined : profileServers(advice.servers);
  const name = owner.name ?? t.copyTitle(undefined, words.name(advice.protocol));

  // Without a single server name there is nothing to paste: the card's standard ports are all there is.
  const named = advice.servers.some((server) => server.host);
  if (!named) return null;

  const profileNote = servers ? t.profileExplained : blocker && blocker !== 'unnamed' ? t.noProfile[blocker](owner.name ?? '') : null;

  return (
    <div className="piw-setup-actions">
      <div className="piw-actions">
        <button type="button" className="piw-button piw-secondary" onClick={copying.copy}>
          {t.copy}
        </button>
        {servers && (
          <button
            type="button"
            className="piw-button piw-secondary"
            aria-describedby={profileForId}
            onClick={() => saveFile(mobileconfig({ name, ...servers, uuids: [uuid(), uuid()] }), 'application/x-apple-aspen-config', profileFileName(name, servers.protocol))}
          >
            {t.profile}
          </button>
        )}
        {servers && (
          <span className="piw-profile-for" id={profileForId}>
            {t.profileFor}
          </span>
        )}
      </div>
      <CopyOutcome copying={copying} words={{ copied: t.copied, failed: t.copyFailed, label: t.copyLabel }} multiline />
      {profileNote && <p className="piw-profile-note">{profileNote}</p>}
    </div>
  );
}

/**
 * Setting up the recommended protocol: the provider choice (hidden when the embedding host names
 * its own servers), the servers as cards, sign-in notes, copying them as text, a setup profile for
 * Apple devices, then the steps.
 */
export function Setup({ result }: { result: Recommendation }) {
  const words = useWords();
  const { model, name } = words;
  const t = model.setup;
  const answers = useWizard(selectAnswers);
  const host = useWizardConfig().hostServers;
  const provider = host ? undefined : providerById(isProviderId(answers.service) ? answers.service : undefined);
  const owner: Owner = { name: host ? host.name : provider?.name, provider };
  const advice = host ? advise(result.protocol, answers, host) : result.advice;
  // What the last choice did, announced once the result has followed it.
  const [chosen, setChosen] = useState<{ provider: Provider | undefined; before: Protocol } | undefined>();
  let announcement = '';
  if (chosen && result.protocol !== chosen.before) {
    // Only a provider without POP3 can turn the result to IMAP; any other choice can only lift that.
    announcement = chosen.provider?.pop3 === null ? t.changed(chosen.provider.name, name(result.protocol)) : t.nowRecommended(name(result.protocol));
  } else if (chosen?.provider) announcement = t.showing(chosen.provider.name);

  return (
    <Section title={words.t.result.adviceHeading(name(advice.protocol))} className="piw-setup">
      {!host && <ProviderChoice onChosen={(p) => setChosen({ provider: p, before: result.protocol })} />}
      <p className="piw-sr-only" role="status">
        {announcement}
      </p>
      <ul className="piw-servers" aria-label={t.serversCaption}>
        {advice.servers.map((server) => (
          <li key={server.role} className="piw-server">
            <p className="piw-server-role">
              {t.serverRoles[server.role]} · {server.protocol}
            </p>
            {/* Where no name is known and no owner to name, the ports say it all. */}
            {(server.host || owner.name) && <p className={server.host ? 'piw-server-value piw-server-host' : 'piw-server-value'}>{serverName(server, owner, words)}</p>}
            {server.endpoints.map((e) => (
              <p key={e.port} className="piw-server-port">
                {t.port(e.port, e.security)}
              </p>
            ))}
          </li>
        ))}
      </ul>
      {provider && <SignInNotes provider={provider} protocol={advice.protocol} />}
      <SetupActions advice={advice} owner={owner} />
      <details className="piw-disclosure piw-steps-disclosure">
        <summary>
          <span className="piw-subheading">{words.t.result.stepsHeading(advice.steps.length)}</span>
        </summary>
        <ol className="piw-steps">
          {advice.steps.map((step) => {
            const { title, detail } = describeStep(step, model.advice, advice.servers);
            return (
              <li key={step.id} className="piw-step-item">
                <p className="piw-step-title">{title}</p>
                <p>{detail}</p>
              </li>
            );
          })}
        </ol>
      </details>
    </Section>
  );
}
