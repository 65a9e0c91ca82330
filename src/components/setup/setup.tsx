import { useState } from 'react';
import { advise } from '../../logic/advice.ts';
import { isProviderId } from '../../logic/provider-ids.ts';
import { providerById, type Provider } from '../../logic/providers.ts';
import type { Protocol, Recommendation } from '../../logic/types.ts';
import { selectAnswers } from '../../state/store.ts';
import { useWizard } from '../../state/wizard-context.tsx';
import { useWords } from '../result-words.ts';
import { Section } from '../section.tsx';
import { useWizardConfig } from '../wizard-config.tsx';
import { serverName, type Owner } from './owner.ts';
import { ProviderChoice } from './provider-choice.tsx';
import { SetupActions } from './setup-actions.tsx';
import { SignInNotes } from './sign-in-notes.tsx';

/**
 * Setting up the recommended protocol: the provider choice (hidden when the embedding host names
 * its own servers), the servers as cards, sign-in notes, copying them as text, a setup profile for
 * Apple devices, then the steps.
 */
export function Setup({ result }: { result: Recommendation }) {
  const words = useWords();
  const { locale, name } = words;
  const t = locale.setup;
  const answers = useWizard(selectAnswers);
  const host = useWizardConfig().hostServers;
  const provider = host ? undefined : providerById(isProviderId(answers.service) ? answers.service : undefined);
  const owner: Owner = { name: host ? host.name : provider?.name, provider };
  const advice = host ? advise(result.protocol, answers, host, locale) : result.advice;
  // What the last choice did, announced once the result has followed it.
  const [chosen, setChosen] = useState<{ provider: Provider | undefined; before: Protocol } | undefined>();
  // A choice that turned the verdict is said beside the selector, with the provider's reason, since
  // the verdict itself is far above; any other choice is only announced.
  const turned = chosen !== undefined && result.protocol !== chosen.before;
  const providerReason = result.requirements.find((r) => r.questionId === 'service')?.reason;
  const turnedText = turned ? [chosen.provider && providerReason, t.nowRecommended(name(result.protocol))].filter(Boolean).join(' ') : '';
  const announcement = turned ? '' : chosen?.provider ? t.showing(chosen.provider.name) : '';

  return (
    <Section title={words.t.result.adviceHeading(name(advice.protocol))} className="piw-setup">
      {!host && <ProviderChoice onChosen={(p) => setChosen({ provider: p, before: result.protocol })} />}
      <div role="status" className={turned ? 'piw-choice-changed' : 'piw-sr-only'}>
        {turned ? (
          <>
            <p>{turnedText}</p>
            <button
              type="button"
              className="piw-link-button"
              onClick={(event) => {
                // Focusing the verdict scrolls it into view.
                event.currentTarget.closest('.piw-result')?.querySelector<HTMLElement>('.piw-verdict')?.focus();
              }}
            >
              {t.toVerdict}
            </button>
          </>
        ) : (
          announcement
        )}
      </div>
      <ul className="piw-servers" aria-label={t.serversCaption}>
        {advice.servers.map((server) => (
          <li key={server.role} className="piw-server">
            <p className="piw-server-role">
              {t.serverRoles[server.role]} · {server.protocol}
            </p>
            {/* Where no name is known and no owner to name, the ports say it all. */}
            {(server.host || owner.name) && (
              <p className={server.host ? 'piw-server-value piw-server-host' : 'piw-server-value'}>{serverName(server, owner, words)}</p>
            )}
            {server.endpoints.map((e) => (
              <p key={e.port} className="piw-server-port">
                {t.port(e.port, e.security)}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <ul className="piw-terms">
        {(['tls', 'starttls'] as const)
          .filter((security) => advice.servers.some((server) => server.endpoints.some((e) => e.security === security)))
          .map((security) => (
            <li key={security}>{t.securityTerms[security]}</li>
          ))}
      </ul>
      {provider && <SignInNotes provider={provider} protocol={advice.protocol} />}
      <SetupActions advice={advice} owner={owner} />
      <details className="piw-disclosure piw-steps-disclosure">
        <summary>
          <span className="piw-subheading">{words.t.result.stepsHeading(advice.steps.length)}</span>
        </summary>
        <ol className="piw-steps">
          {advice.steps.map((step) => (
            <li key={step.id} className="piw-step-item">
              <p className="piw-step-title">{step.title}</p>
              <p>{step.detail}</p>
            </li>
          ))}
        </ol>
      </details>
    </Section>
  );
}
