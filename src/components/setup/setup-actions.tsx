import { useId } from 'react';
import { mobileconfig, noProfile, profileFileName, profileServers, randomUuid } from '../../logic/mobileconfig.ts';
import type { Advice } from '../../logic/types.ts';
import { CopyOutcome, useCopy } from '../copy.tsx';
import { useWords } from '../result-words.ts';
import type { Owner } from './owner.ts';
import { saveFile } from './save-file.ts';
import { settingsText } from './settings-text.ts';

/**
 * "Copy the settings" (with the text shown, selected, when the clipboard is refused) and "Download a
 * setup profile" for Apple devices, side by side; below them what installing the profile looks
 * like, or why there is none for this choice.
 */
export function SetupActions({ advice, owner }: { advice: Advice; owner: Owner }) {
  const words = useWords();
  const t = words.locale.setup;
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

  const signIn = owner.provider?.signIn;
  const secret = signIn === 'app-password' || signIn === 'app-password-or-oauth' ? 'app-password' : signIn === 'email-password' ? 'email-password' : 'password';
  const profileNote = servers ? t.profileExplained(secret) : blocker && blocker !== 'unnamed' ? t.noProfile[blocker](owner.name ?? '') : null;

  return (
    <div className="piw-setup-actions">
      <div className="piw-actions">
        <button type="button" className="piw-button piw-secondary" part="secondary-button" onClick={copying.copy}>
          {t.copy}
        </button>
        {servers && (
          <button
            type="button"
            className="piw-button piw-secondary"
            part="secondary-button"
            aria-describedby={profileForId}
            onClick={() =>
              saveFile(
                mobileconfig({ name, ...servers, uuids: [randomUuid(), randomUuid()] }),
                'application/x-apple-aspen-config',
                profileFileName(name, servers.protocol),
              )
            }
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
