import { useTranslation } from 'react-i18next';

/** A team member's role as written, except the code a referral gives whoever joined by accepting it, which is worded here. */
export function useRoleText() {
  const { t } = useTranslation();
  return (role?: string | null) => role === 'referral' ? t('team.roleReferral') : role ?? '';
}
