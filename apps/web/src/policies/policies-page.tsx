// Every policy on record, newest effective date first (never in effect last), filtered from the URL.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { formatEnum, formatPartialDate } from '../format.ts';
import { PoliciesListDocument, type PolicyFilter } from '../generated/graphql.ts';
import { Empty, ErrorState, Loading } from '../states.tsx';
import { useQueryParams } from '../url-state.ts';
import { jurisdictionLevels, pick, policyKinds, policyStatuses } from './policy-options.ts';
import './policies.css';

const pageSize = 25;

export function PoliciesPage() {
  const params = useQueryParams();
  const kind = pick(policyKinds, params.get('kind'));
  const status = pick(policyStatuses, params.get('status'));
  const level = pick(jurisdictionLevels, params.get('level'));
  const name = params.get('name').trim();
  const known = { kind, status, level };
  const ignored = (['kind', 'status', 'level'] as const)
    .filter((param) => params.get(param) !== '' && known[param] === undefined)
    .map((param) => `${param}=${params.get(param)}`);
  const { update } = params;
  const setName = useCallback((value: string) => update({ name: value }), [update]);

  const filter: PolicyFilter = {
    ...(kind ? { kinds: [kind] } : {}),
    ...(status ? { statuses: [status] } : {}),
    ...(level ? { jurisdictionLevels: [level] } : {}),
    ...(name ? { name } : {}),
  };
  const policies = useInfiniteQuery({
    queryKey: ['policies', filter],
    queryFn: ({ pageParam, signal }) =>
      borderdesk.request(PoliciesListDocument, { first: pageSize, after: pageParam, filter }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: ({ policies: page }) =>
      page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = policies.data?.pages.flatMap((page) => page.policies.edges.map((edge) => edge.node)) ?? [];
  const total = policies.data?.pages[0]?.policies.totalCount;

  return (
    <section className="policies">
      <h1>Policies</h1>
      <p className="lede">
        Laws, rules, orders and programs on record, the most recently effective first. Open one for its timeline, who
        stands where, and what the encounter figures did around its effective date.
      </p>
      <form className="filters" aria-label="Filter policies" onSubmit={(event) => event.preventDefault()}>
        <NameFilter value={params.get('name')} onChange={setName} />
        <EnumSelect
          label="Kind"
          value={kind}
          values={policyKinds}
          onChange={(value) => params.update({ kind: value })}
        />
        <EnumSelect
          label="Status"
          value={status}
          values={policyStatuses}
          onChange={(value) => params.update({ status: value })}
        />
        <EnumSelect
          label="Jurisdiction level"
          value={level}
          values={jurisdictionLevels}
          onChange={(value) => params.update({ level: value })}
        />
      </form>
      {ignored.length > 0 ? (
        <p className="policies-notice">Ignored an unknown filter value: {ignored.join(', ')}.</p>
      ) : null}

      {policies.isPending ? (
        <Loading what="policies" />
      ) : policies.isError && rows.length === 0 ? (
        <ErrorState error={policies.error} what="the policies" />
      ) : rows.length === 0 ? (
        <Empty>No policy matches these filters.</Empty>
      ) : (
        <>
          <p className="provenance" aria-live="polite">
            {total === 1 ? '1 policy' : `${total ?? rows.length} policies`}
            {policies.isFetching && !policies.isFetchingNextPage ? ' (updating…)' : ''}
          </p>
          <div className="table-scroll">
            <table className="policies-table">
              <thead>
                <tr>
                  <th scope="col">Policy</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Jurisdiction</th>
                  <th scope="col">Status</th>
                  <th scope="col">Effective</th>
                  <th scope="col">Issuer</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((policy) => (
                  <tr key={policy.slug}>
                    <th scope="row">
                      <Link href={`/policies/${encodeURIComponent(policy.slug)}`}>{policy.title}</Link>
                      {policy.shortName && policy.shortName !== policy.title ? (
                        <span className="policies-short-name">{policy.shortName}</span>
                      ) : null}
                    </th>
                    <td data-label="Kind">{formatEnum(policy.kind)}</td>
                    <td data-label="Jurisdiction">
                      {policy.jurisdictionName}{' '}
                      <span className="policies-muted">({formatEnum(policy.jurisdictionLevel)})</span>
                    </td>
                    <td data-label="Status">
                      <span className={`badge policies-status-${policy.status}`}>{formatEnum(policy.status)}</span>
                    </td>
                    <td data-label="Effective">
                      {policy.effectiveOn ? (
                        <time dateTime={policy.effectiveOn}>
                          {formatPartialDate(policy.effectiveOn, policy.effectivePrecision)}
                        </time>
                      ) : (
                        <span className="policies-muted">No effective date</span>
                      )}
                    </td>
                    <td data-label="Issuer">
                      {policy.issuer ? (
                        <Link href={`/actors/${encodeURIComponent(policy.issuer.slug)}`}>{policy.issuer.name}</Link>
                      ) : (
                        <span className="policies-muted">Unknown</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {policies.isError ? <ErrorState error={policies.error} what="more policies" /> : null}
          {policies.hasNextPage ? (
            <button
              type="button"
              className="secondary policies-more"
              disabled={policies.isFetchingNextPage}
              onClick={() => policies.fetchNextPage()}
            >
              {policies.isFetchingNextPage ? 'Loading…' : 'Show more policies'}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The name filter waits for a pause in typing before it changes the URL (and asks the API). */
function NameFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <label>
      Name
      <input
        type="search"
        value={text}
        placeholder="Title or short name"
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}

function EnumSelect<T extends string>({
  label,
  value,
  values,
  onChange,
}: {
  label: string;
  value: T | undefined;
  values: readonly T[];
  onChange: (value: T | undefined) => void;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(pick(values, event.target.value))}>
        <option value="">Any</option>
        {values.map((item) => (
          <option key={item} value={item}>
            {formatEnum(item)}
          </option>
        ))}
      </select>
    </label>
  );
}
