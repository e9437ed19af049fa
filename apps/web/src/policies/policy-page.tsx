// One policy: what it is, its timeline, who stands where, what was said about it, and what the
// encounter figures did around its effective date.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { PartialDate } from '../dates.tsx';
import { formatEnum } from '../format.ts';
import { PolicyPageDetailDocument, type PolicyPageDetailQuery } from '../generated/graphql.ts';
import { actorPath, httpUrl } from '../links.ts';
import { usePageTitle } from '../page-title.ts';
import { StatementQuote } from '../statement-quote.tsx';
import { Empty, ErrorState, Loading } from '../states.tsx';
import { PolicyImpactSection } from './policy-impact.tsx';
import { PolicyMentions } from './policy-mentions.tsx';
import { eventTones, positionTones, statusTones } from './policy-options.ts';
import './policies.css';

type Policy = NonNullable<PolicyPageDetailQuery['policy']>;

export function PolicyPage({ slug }: { slug: string }) {
  const detail = useQuery({
    queryKey: ['policy', slug],
    queryFn: ({ signal }) => borderdesk.request(PolicyPageDetailDocument, { slug }, { signal }),
  });
  const found = detail.data?.policy;
  usePageTitle(detail.data ? (found ? found.shortName : 'Policy not found') : undefined);

  if (detail.isPending) return <Loading what="the policy" />;
  if (detail.isError) {
    return <ErrorState error={detail.error} what="the policy" onRetry={() => void detail.refetch()} />;
  }
  const policy = detail.data.policy;
  if (!policy) {
    return (
      <section className="policy">
        <BackLink />
        <h1>Policy not found</h1>
        <Empty>
          There is no policy “{slug}” on record. It may have been renamed or archived; see{' '}
          <Link href="/policies">all policies</Link>.
        </Empty>
      </section>
    );
  }

  return (
    <article className="policy">
      <BackLink />
      <h1>{policy.title}</h1>
      {policy.shortName !== policy.title ? <p className="lede">Known as “{policy.shortName}”</p> : null}
      <Facts policy={policy} />
      <p className="policy-summary">{policy.summary}</p>

      <section aria-labelledby="policy-impact-heading">
        <h2 id="policy-impact-heading">Encounters around the effective date</h2>
        {policy.effectiveOn ? (
          <PolicyImpactSection
            slug={policy.slug}
            effectiveOn={policy.effectiveOn}
            precision={policy.effectivePrecision}
          />
        ) : (
          <Empty>
            This policy has no effective date on record, so there is no before and after to compare encounter figures
            around.
          </Empty>
        )}
      </section>

      <section aria-labelledby="policy-timeline-heading">
        <h2 id="policy-timeline-heading">Timeline</h2>
        <Timeline events={policy.events} />
      </section>

      <section aria-labelledby="policy-stances-heading">
        <h2 id="policy-stances-heading">Who stands where</h2>
        <Stances stances={policy.stances} />
      </section>

      <section aria-labelledby="policy-mentions-heading">
        <h2 id="policy-mentions-heading">Statements that mention it</h2>
        <PolicyMentions slug={policy.slug} />
      </section>

      <section aria-labelledby="policy-sources-heading">
        <h2 id="policy-sources-heading">Sources</h2>
        <Sources sources={policy.sources} />
      </section>
    </article>
  );
}

function BackLink() {
  return (
    <p className="policy-back">
      <Link href="/policies">← All policies</Link>
    </p>
  );
}

function Facts({ policy }: { policy: Policy }) {
  return (
    <dl className="policy-facts">
      <div>
        <dt>Kind</dt>
        <dd>{formatEnum(policy.kind)}</dd>
      </div>
      <div>
        <dt>Jurisdiction</dt>
        <dd>
          {policy.jurisdictionName} ({formatEnum(policy.jurisdictionLevel)})
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <span className={`badge ${statusTones[policy.status]}`}>{formatEnum(policy.status)}</span>
        </dd>
      </div>
      <div>
        <dt>Effective</dt>
        <dd>
          {policy.effectiveOn ? (
            <PartialDate date={policy.effectiveOn} precision={policy.effectivePrecision} />
          ) : (
            'No effective date on record'
          )}
        </dd>
      </div>
      <div>
        <dt>Issuer</dt>
        <dd>{policy.issuer ? <Link href={actorPath(policy.issuer.slug)}>{policy.issuer.name}</Link> : 'Unknown'}</dd>
      </div>
      {policy.citations.length > 0 ? (
        <div>
          <dt>{policy.citations.length === 1 ? 'Citation' : 'Citations'}</dt>
          <dd>
            <ul className="policy-citations">
              {policy.citations.map((citation) => (
                <li key={citation}>{citation}</li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function Timeline({ events }: { events: Policy['events'] }) {
  if (events.length === 0) return <Empty>No dated events on record.</Empty>;
  return (
    <ol className="policy-timeline">
      {events.map((event) => (
        <li key={event.id}>
          <span className="policy-timeline-date">
            <PartialDate date={event.date} precision={event.datePrecision} />
          </span>
          <span className={`badge ${eventTones[event.kind]}`}>{formatEnum(event.kind)}</span>
          <p>
            {event.description}
            {event.voteTally ? <span className="policy-vote"> Vote: {event.voteTally}.</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Stances({ stances }: { stances: Policy['stances'] }) {
  if (stances.length === 0) return <Empty>No stances on record.</Empty>;
  return (
    <ul className="policy-stances">
      {stances.map((stance) => (
        <li key={stance.id} className="card">
          <p>
            <Link href={actorPath(stance.actor.slug)}>{stance.actor.name}</Link>{' '}
            <span className={`badge ${positionTones[stance.position]}`}>{formatEnum(stance.position)}</span>
          </p>
          {stance.evidence ? (
            <StatementQuote
              text={stance.evidence.text}
              isParaphrase={stance.evidence.isParaphrase}
              saidOn={stance.evidence.saidOn}
              saidOnPrecision={stance.evidence.saidOnPrecision}
            />
          ) : (
            <p className="provenance">No statement on record shows the position.</p>
          )}
          {stance.note ? <p className="policy-note">{stance.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Sources({ sources }: { sources: Policy['sources'] }) {
  if (sources.length === 0) return <Empty>No sources on record.</Empty>;
  return (
    <ul className="policy-sources">
      {sources.map((source) => {
        const href = httpUrl(source.url);
        return (
          <li key={source.slug}>
            {href ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            <span className="provenance">
              {source.publisher ? ` — ${source.publisher.name}` : ''}
              {source.publishedOn ? (
                <>
                  , <PartialDate date={source.publishedOn} precision={source.publishedOnPrecision} />
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
