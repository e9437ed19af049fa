// One actor: who they are, the positions they hold or held (or, for an organization, its people),
// what they said, where they stand on policies and which policies they issued.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { PartialDate } from '../dates.tsx';
import { formatEnum } from '../format.ts';
import {
  ActorPageDocument,
  type ActorPageQuery,
  type ActorRoleDatesFragment,
  type StancePosition,
} from '../generated/graphql.ts';
import { actorPath, httpUrl, policyPath } from '../links.ts';
import { usePageTitle } from '../page-title.ts';
import { StatementQuote } from '../statement-quote.tsx';
import { StatementFeed, useStatementFeed } from '../statements/statement-feed.tsx';
import { Empty, ErrorState, Loading } from '../states.tsx';
import './actor-page.css';

type Actor = NonNullable<ActorPageQuery['actor']>;

const positionTone: Record<StancePosition, string> = {
  SUPPORTS: 'tone-good',
  OPPOSES: 'tone-bad',
  MIXED: 'tone-neutral',
};

export function ActorPage({ slug }: { slug: string }) {
  const profile = useQuery({
    queryKey: ['actor-page', slug],
    queryFn: ({ signal }) => borderdesk.request(ActorPageDocument, { slug }, { signal }),
  });
  // Asked for alongside the profile rather than after it: an unknown slug just has none.
  const statements = useStatementFeed({ speakers: [slug] });
  usePageTitle(profile.data ? (profile.data.actor?.name ?? 'Actor not found') : undefined);

  if (profile.isPending) return <Loading what="the actor" />;
  if (profile.isError) {
    return <ErrorState error={profile.error} what="the actor" onRetry={() => void profile.refetch()} />;
  }
  const { actor } = profile.data;
  if (!actor) {
    return (
      <section className="actors-page">
        <h1>Actor not found</h1>
        <Empty>
          No actor named “{slug}” is on record. Find people and organizations through the{' '}
          <Link href="/statements">statements</Link> they made.
        </Empty>
      </section>
    );
  }

  const person = actor.kind === 'PERSON';
  return (
    <article className="actors-page">
      <header className="actors-header">
        <h1>{actor.name}</h1>
        <p className="actors-kind">
          <span className="badge">{formatEnum(actor.kind)}</span>
          {actor.classification ? <span className="badge">{formatEnum(actor.classification)}</span> : null}
        </p>
        {actor.otherNames.length > 0 ? (
          <p className="actors-other-names">Also known as {actor.otherNames.join(', ')}</p>
        ) : null}
        {actor.summary ? <p className="lede">{actor.summary}</p> : null}
        <Relations actor={actor} />
        <Links links={actor.links} />
      </header>

      {person || actor.roles.length > 0 ? (
        <section aria-labelledby="actors-roles">
          <h2 id="actors-roles">Roles</h2>
          {actor.roles.length > 0 ? (
            <ul className="actors-roles">
              {actor.roles.map((role) => (
                <RoleItem key={role.id} role={role}>
                  <strong>{role.title}</strong>
                  {role.organization ? (
                    <>
                      {' at '}
                      <ActorLink actor={role.organization} />
                    </>
                  ) : null}
                </RoleItem>
              ))}
            </ul>
          ) : (
            <Empty>No roles on record.</Empty>
          )}
        </section>
      ) : null}

      {!person || actor.members.length > 0 ? (
        <section aria-labelledby="actors-members">
          <h2 id="actors-members">Members</h2>
          {actor.members.length > 0 ? (
            <ul className="actors-roles">
              {actor.members.map((role) => (
                <RoleItem key={role.id} role={role}>
                  <ActorLink actor={role.person} />, <strong>{role.title}</strong>
                </RoleItem>
              ))}
            </ul>
          ) : (
            <Empty>No members on record.</Empty>
          )}
        </section>
      ) : null}

      <section aria-labelledby="actors-statements">
        <h2 id="actors-statements">Statements</h2>
        <StatementFeed feed={statements} empty={`No statements by ${actor.name} on record.`} showSpeaker={false} />
      </section>

      <section aria-labelledby="actors-stances">
        <h2 id="actors-stances">Stances on policies</h2>
        {actor.stances.length > 0 ? (
          <ul className="actors-stances">
            {actor.stances.map((stance) => (
              <li key={stance.id} className="card">
                <p>
                  <span className={`badge ${positionTone[stance.position]}`}>{formatEnum(stance.position)}</span>{' '}
                  <Link href={policyPath(stance.policy.slug)}>{stance.policy.title}</Link>
                </p>
                {stance.evidence ? (
                  <div className="actors-evidence">
                    <p className="provenance">Evidence:</p>
                    <StatementQuote
                      text={stance.evidence.text}
                      isParaphrase={stance.evidence.isParaphrase}
                      saidOn={stance.evidence.saidOn}
                      saidOnPrecision={stance.evidence.saidOnPrecision}
                      setting={stance.evidence.setting}
                    />
                  </div>
                ) : (
                  <p className="provenance">No statement on record shows it.</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No stances on record.</Empty>
        )}
      </section>

      {!person || actor.issuedPolicies.length > 0 ? (
        <section aria-labelledby="actors-policies">
          <h2 id="actors-policies">Policies issued</h2>
          {actor.issuedPolicies.length > 0 ? (
            <ul className="actors-policies">
              {actor.issuedPolicies.map((policy) => (
                <li key={policy.slug}>
                  <Link href={policyPath(policy.slug)}>{policy.title}</Link>{' '}
                  <span className="provenance">
                    {formatEnum(policy.kind)} · {formatEnum(policy.status)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>No policies issued on record.</Empty>
          )}
        </section>
      ) : null}
    </article>
  );
}

function Relations({ actor }: { actor: Actor }) {
  if (!actor.parent && actor.children.length === 0) return null;
  return (
    <p className="actors-relations">
      {actor.parent ? (
        <>
          Part of <ActorLink actor={actor.parent} />.{' '}
        </>
      ) : null}
      {actor.children.length > 0 ? (
        <>
          Includes{' '}
          {actor.children.map((child, index) => (
            <span key={child.slug}>
              {index > 0 ? ', ' : null}
              <ActorLink actor={child} />
            </span>
          ))}
          .
        </>
      ) : null}
    </p>
  );
}

function Links({ links }: { links: Actor['links'] }) {
  const web = links.flatMap((link) => {
    const url = httpUrl(link.url);
    return url ? [{ url, note: link.note }] : [];
  });
  if (web.length === 0) return null;
  return (
    <ul className="actors-links" aria-label="Links">
      {web.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.note || new URL(link.url).hostname}
          </a>
        </li>
      ))}
    </ul>
  );
}

function ActorLink({ actor }: { actor: { slug: string; name: string } }) {
  return <Link href={actorPath(actor.slug)}>{actor.name}</Link>;
}

/** A position (`children` say which, and where or who), its dates and whether it lasts. */
function RoleItem({ role, children }: { role: ActorRoleDatesFragment; children: ReactNode }) {
  const current = role.endDate === null;
  return (
    <li className="card actors-role">
      <p>{children}</p>
      <p className="actors-role-dates">
        <RoleDates role={role} />{' '}
        <span className={`badge ${current ? 'tone-good' : 'actors-past'}`}>{current ? 'Current' : 'Past'}</span>
      </p>
    </li>
  );
}

function RoleDates({ role }: { role: ActorRoleDatesFragment }) {
  const start = role.startDate ? <PartialDate date={role.startDate} precision={role.startPrecision} /> : null;
  const end = role.endDate ? <PartialDate date={role.endDate} precision={role.endPrecision} /> : null;
  if (start && end) {
    return (
      <>
        {start} – {end}
      </>
    );
  }
  if (start) return <>Since {start}</>;
  if (end) return <>Until {end}</>;
  return <>Dates not on record</>;
}
