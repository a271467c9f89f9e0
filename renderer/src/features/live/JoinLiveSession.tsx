/**
 * Joining a live session from the home screen: by the link the live server served this page
 * with (#/join/<project>?code=…: the page then shows only this), or by pasting a link or
 * typing an address and code (another Baton, desktop or web).
 */
import { useEffect, useId, useState } from 'react';
import { DEFAULT_TEAMS } from '../../domain/templates';
import { linkOfThisPage, pickColor, readAddressAndCode, readJoinLink, type LiveTarget, type PeerUser } from '../../domain/live';
import { JoinError, joinLiveSession } from '../../live/join';
import { readTeamProjectLink, type TeamProjectLink } from '../../live/teamServer';
import { savedIdentity } from '../../live/session';
import { useHash } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { LS } from './strings';

/** Phones and other small screens get the participant view after joining. */
const NARROW = '(max-width: 700px)';

export function JoinLiveSession() {
  const hash = useHash();
  const invited = hash.startsWith('#/join/') ? linkOfThisPage(window.location) : null;
  const team = hash.startsWith('#/team/') ? readTeamProjectLink(hash) : null;
  if (team) {
    return (
      <section className="live-join live-join--invited" aria-labelledby="live-join-title">
        <h2 id="live-join-title">{LS.teamJoinTitle}</h2>
        <p>{LS.teamJoinInvited(serverName(team.serverUrl))}</p>
        <JoinForm target={{ serverUrl: team.serverUrl, room: team.room }} team={team} />
      </section>
    );
  }
  if (invited?.ok) {
    return (
      <section className="live-join live-join--invited" aria-labelledby="live-join-title">
        <h2 id="live-join-title">{LS.joinTitle}</h2>
        <p>{LS.joinInvited}</p>
        <JoinForm target={invited.target} />
      </section>
    );
  }
  return (
    <details className="live-join">
      <summary>{LS.joinTitle}</summary>
      <p className="live-note">{LS.joinIntro}</p>
      <JoinForm />
    </details>
  );
}

function serverName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function JoinForm({ target, team }: { target?: LiveTarget; team?: TeamProjectLink }) {
  const [link, setLink] = useState('');
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [user, setUser] = useState<PeerUser>({ name: '', team: '', color: pickColor() });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const ids = useId();
  useEffect(() => {
    let live = true;
    void savedIdentity().then((saved) => live && setUser((u) => ({ ...u, ...saved })));
    return () => {
      live = false;
    };
  }, []);

  const onJoin = async (e: React.FormEvent) => {
    e.preventDefault();
    setProblem('');
    let to = target;
    const teamLink = team ?? (!to && link.trim() ? readTeamProjectLink(link) : null);
    if (teamLink) to = { serverUrl: teamLink.serverUrl, room: teamLink.room };
    if (!to) {
      const read = link.trim() ? readJoinLink(link) : readAddressAndCode(address, code);
      if (!read.ok) return setProblem(read.reason === 'no-code' ? LS.codeInvalid : LS.linkInvalid);
      to = read.target;
    }
    const name = user.name.trim();
    if (!name) return setProblem(LS.nameNeeded);
    setBusy(true);
    try {
      const joined = await joinLiveSession(to, { ...user, name }, teamLink ? { accessToken: teamLink.accessToken, kind: teamLink.kind } : {});
      showToast(LS.joined(joined.title));
      const { projectId } = joined.session;
      const narrow = typeof matchMedia === 'function' && matchMedia(NARROW).matches;
      // replace(): Back should not lead to the join form again.
      location.replace(
        narrow ? `#/p/${projectId}/phone` : joined.firstMapId ? `#/p/${projectId}/m/${joined.firstMapId}` : `#/p/${projectId}`,
      );
    } catch (err) {
      const problem = err instanceof JoinError ? err.problem : 'refused';
      setProblem(teamLink && problem === 'refused' ? LS.teamJoinRefused : (LS.joinFailed[problem] ?? LS.joinFailed.refused!));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="live-form" onSubmit={onJoin} aria-label={LS.joinTitle}>
      {!target && (
        <>
          <label>
            {LS.joinLinkLabel}
            <input value={link} onChange={(e) => setLink(e.target.value)} placeholder={LS.joinLinkExample} inputMode="url" />
          </label>
          <fieldset className="live-address">
            <legend>{LS.orAddress}</legend>
            <label>
              {LS.addressLabel}
              <input value={address} onChange={(e) => setAddress(e.target.value)} placeholder={LS.addressPlaceholder} inputMode="url" />
            </label>
            <label>
              {LS.codeLabel}
              <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
            </label>
          </fieldset>
        </>
      )}
      <label>
        {LS.nameLabel}
        <input
          value={user.name}
          maxLength={40}
          autoComplete="name"
          autoFocus={!!target}
          onChange={(e) => setUser({ ...user, name: e.target.value })}
        />
      </label>
      <div className="live-field">
        <label htmlFor={`${ids}-team`}>{LS.teamLabel}</label>
        <select id={`${ids}-team`} value={user.team} onChange={(e) => setUser({ ...user, team: e.target.value })}>
          <option value="">{LS.teamNone}</option>
          {DEFAULT_TEAMS.map((t) => (
            <option key={t.id} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <p className="live-note">{LS.joinHelp}</p>
      {problem && (
        <p role="alert" className="live-problem">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? LS.joining : LS.join}
      </button>
    </form>
  );
}
