import { Button, Link as DsLink, Select, Label, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Session } from '../api/types';
import { LANGUAGES } from '../i18n';
import { capabilities, useChooseMunicipality } from '../session';
import { municipalityName } from '../format';
import { ProblemAlert } from './States';

/** The frame of every page: who you are, where you work, the language, and the way out. */
export function Layout({ session, children }: { session: Session | null; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="hh-header">
        <div className="hh-header-row">
          <a href="/" className="hh-brand">Helhet</a>
          <LanguagePicker />
          {session && <UserMenu session={session} />}
        </div>
        {session && (session.activeMunicipality || capabilities(session).platformAdmin) && <Navigation session={session} />}
      </header>
      <main id="main" className="hh-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="hh-footer">
        <Paragraph data-size="sm">{t('layout.footer')}</Paragraph>
      </footer>
    </>
  );
}

function Navigation({ session }: { session: Session }) {
  const { t } = useTranslation();
  const can = capabilities(session);
  return (
    <nav aria-label={t('layout.navigation')} className="hh-nav">
      <ul>
        {can.caseworker && <li><NavLink to="/people" end>{t('nav.people')}</NavLink></li>}
        {can.teamLead && <li><NavLink to="/people/unassigned">{t('nav.unassigned')}</NavLink></li>}
        {can.registers && <li><NavLink to="/people/new">{t('nav.register')}</NavLink></li>}
        {can.caseworker && <li><NavLink to="/referrals">{t('nav.referrals')}</NavLink></li>}
        {(can.caseworker || can.admin) && <li><NavLink to="/directory">{t('nav.directory')}</NavLink></li>}
        {can.admin && <li><NavLink to="/admin/organisations">{t('nav.organisations')}</NavLink></li>}
        {can.admin && <li><NavLink to="/admin/professionals">{t('nav.professionals')}</NavLink></li>}
        {can.admin && <li><NavLink to="/admin/agreements">{t('nav.agreements')}</NavLink></li>}
        {can.analyst && session.activeMunicipality && <li><NavLink to="/statistics" end>{t('nav.statistics')}</NavLink></li>}
        {can.platformAdmin && <li><NavLink to="/statistics/region">{t('nav.regionStatistics')}</NavLink></li>}
        {can.participant && <li><NavLink to="/me">{t('nav.me')}</NavLink></li>}
      </ul>
    </nav>
  );
}

function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <div className="hh-inline-field">
      <Label htmlFor="language">{t('layout.language')}</Label>
      <Select id="language" data-size="sm" width="auto" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>{language.name}</option>
        ))}
      </Select>
    </div>
  );
}

function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const choose = useChooseMunicipality();
  return (
    <div className="hh-user">
      <Paragraph data-size="sm" data-testid="signed-in-as">
        {t('layout.signedInAs', { name: session.name ?? session.username })}
      </Paragraph>
      {session.municipalities.length > 1 ? (
        <div className="hh-inline-field">
          <Label htmlFor="municipality">{t('layout.municipality')}</Label>
          <Select id="municipality" data-size="sm" width="auto" value={session.activeMunicipality ?? ''}
                  onChange={(event) => choose.mutate(event.target.value)}>
            {!session.activeMunicipality && <option value="">{t('layout.chooseMunicipality')}</option>}
            {session.municipalities.map((alias) => <option key={alias} value={alias}>{municipalityName(alias)}</option>)}
          </Select>
        </div>
      ) : (
        session.activeMunicipality && (
          <Paragraph data-size="sm">{t('layout.municipalityIs', { name: municipalityName(session.activeMunicipality) })}</Paragraph>
        )
      )}
      {choose.isError && <ProblemAlert problem={choose.error} />}
      <Button asChild variant="secondary" data-size="sm">
        <a href="/logout">{t('layout.signOut')}</a>
      </Button>
    </div>
  );
}

/** A link inside the app (client-side navigation) styled as a Designsystemet link. */
export { DsLink };
