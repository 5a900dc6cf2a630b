import { focusHeadingSoon } from '../../app/router';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import type { ParticipantView } from '#contract';
import { useAuth } from '../../auth/AuthProvider';
import { TextField, FormErrors } from '../../components/fields';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  heading: string;
  intro: string;
  /** A reason to refuse the account (the room screen takes observers only), or null. */
  refuse?: (participant: ParticipantView) => string | null;
}

export function SignInForm({ heading, intro, refuse }: Props) {
  const { t } = useI18n();
  const { signIn, endedNotice } = useAuth();
  usePageTitle(heading);
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // A refused account is never signed in, not even for one render (which would replace
      // this form, and its error, by the page).
      const participant = await signIn(email.trim(), code, (p) => !refuse?.(p));
      const refusal = refuse?.(participant) ?? null;
      if (refusal) {
        setError(refusal);
      } else {
        // The form is replaced by the page: tell keyboard and screen-reader users where they are.
        focusHeadingSoon();
      }
    } catch (e) {
      // 400 (malformed email) and 401 both mean "not these credentials" to the person typing.
      setError(
        e instanceof ApiError && (e.status === 401 || e.status === 400)
          ? t.signInFailed
          : errorText(t, e),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card narrow" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{heading}</h1>
      <p>{intro}</p>
      {endedNotice && !error && (
        <p className="notice" role="status">
          {t.sessionEnded}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormErrors messages={error ? [error] : []} />
        <TextField
          label={t.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label={t.accessCode}
          type="password"
          name="access-code"
          autoComplete="current-password"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
      </form>
    </section>
  );
}
