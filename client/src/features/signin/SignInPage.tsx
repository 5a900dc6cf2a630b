import { useI18n } from '../../i18n/I18nProvider';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useI18n();
  return <SignInForm heading={t.signInTitle} intro={t.signInIntro} />;
}
