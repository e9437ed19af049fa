// The shell: header navigation and one route per view. Every route's filters live in its query string.
// The encounters chart is the landing page and comes with the shell; the other views load when first
// opened, so a reader of the chart does not download them (nor a reader of statements the chart).
import { lazy, Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { EncountersPage } from './encounters/encounters-page.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { usePageTitle } from './page-title.ts';
import { Loading } from './states.tsx';

const StatementsPage = lazy(async () => ({
  default: (await import('./statements/statements-page.tsx')).StatementsPage,
}));
const ActorPage = lazy(async () => ({ default: (await import('./actors/actor-page.tsx')).ActorPage }));
const PoliciesPage = lazy(async () => ({ default: (await import('./policies/policies-page.tsx')).PoliciesPage }));
const PolicyPage = lazy(async () => ({ default: (await import('./policies/policy-page.tsx')).PolicyPage }));
const ClaimsPage = lazy(async () => ({ default: (await import('./claims/claims-page.tsx')).ClaimsPage }));

const sections = [
  { href: '/', label: 'Encounters' },
  { href: '/statements', label: 'Statements' },
  { href: '/policies', label: 'Policies' },
  { href: '/claims', label: 'Claims' },
];

export function App() {
  const [path] = useLocation();
  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">
          Borderdesk
        </Link>
        <nav aria-label="Sections">
          {sections.map(({ href, label }) => {
            // A section stays current on its detail pages: /policies on /policies/sb-54.
            const current = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
            return (
              <Link
                key={href}
                href={href}
                className={current ? 'active' : undefined}
                aria-current={current ? 'page' : undefined}
              >
                {label}
              </Link>
            );
          })}
          {/* A full page load: GraphiQL is its own page, not a dashboard route. */}
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main className="site-main">
        {/* Keyed by the path: a view that failed does not take the next one down with it. */}
        <ErrorBoundary key={path}>
          <Suspense fallback={<Loading what="the page" />}>
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
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        Figures from U.S. Customs and Border Protection and DHS OHSS releases; each figure names its release.
      </footer>
    </>
  );
}

function NotFound() {
  usePageTitle('Page not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no such page. Start from the <Link href="/">encounters chart</Link>.
      </p>
    </section>
  );
}
