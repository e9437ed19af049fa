// The shell: header navigation and one route per view. Every route's filters live in its query string.
import { Link, Route, Switch } from 'wouter';
import { ActorPage } from './actors/actor-page.tsx';
import { ClaimsPage } from './claims/claims-page.tsx';
import { EncountersPage } from './encounters/encounters-page.tsx';
import { PoliciesPage } from './policies/policies-page.tsx';
import { PolicyPage } from './policies/policy-page.tsx';
import { StatementsPage } from './statements/statements-page.tsx';

const sections = [
  { href: '/', label: 'Encounters' },
  { href: '/statements', label: 'Statements' },
  { href: '/policies', label: 'Policies' },
  { href: '/claims', label: 'Claims' },
];

export function App() {
  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">
          Borderdesk
        </Link>
        <nav aria-label="Sections">
          {sections.map(({ href, label }) => (
            <Link key={href} href={href} className={(active) => (active ? 'active' : '')}>
              {label}
            </Link>
          ))}
          {/* A full page load: GraphiQL is its own page, not a dashboard route. */}
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main className="site-main">
        <Switch>
          <Route path="/" component={EncountersPage} />
          <Route path="/statements" component={StatementsPage} />
          <Route path="/actors/:slug">{({ slug }) => <ActorPage slug={slug} />}</Route>
          <Route path="/policies" component={PoliciesPage} />
          <Route path="/policies/:slug">{({ slug }) => <PolicyPage slug={slug} />}</Route>
          <Route path="/claims" component={ClaimsPage} />
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </main>
      <footer className="site-footer">
        Figures from U.S. Customs and Border Protection and DHS OHSS releases; each figure names its release.
      </footer>
    </>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no such page. Start from the <Link href="/">encounters chart</Link>.
      </p>
    </section>
  );
}
