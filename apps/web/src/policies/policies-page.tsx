// Every policy on record, newest effective date first (never in effect last), filtered from the URL.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { Link } from 'wouter';
import { borderdesk } from '../client.ts';
import { PartialDate } from '../dates.tsx';
import { formatEnum } from '../format.ts';
import { PoliciesListDocument, type PolicyFilter } from '../generated/graphql.ts';
import { actorPath, policyPath } from '../links.ts';
import { pick } from '../options.ts';
import { usePageTitle } from '../page-title.ts';
import { MorePages, nextCursor } from '../paging.tsx';
import { Empty, ErrorState, Loading, Notice } from '../states.tsx';
import { useDraft, useQueryParams } from '../url-state.ts';
import { jurisdictionLevels, policyKinds, policyStatuses, statusTones } from './policy-options.ts';
import './policies.css';

const pageSize = 20;
/** The API refuses a longer `filter.name`. */
const maxNameLength = 200;

export function PoliciesPage() {
  usePageTitle('Policies');
  const params = useQueryParams();
  const kind = pick(policyKinds, params.get('kind'));
  const status = pick(policyStatuses, params.get('status'));
  const level = pick(jurisdictionLevels, params.get('level'));
  const nameParam = params.get('name');
  const nameText = clamp(nameParam, maxNameLength);
  const name = nameText.trim();
  const { update } = params;
  // Typing refines one search: each pause replaces the history entry instead of adding one.
  const setName = useCallback((value: string) => update({ name: value }, { replace: true }), [update]);
  const known = { kind, status, level };
  const ignored = (['kind', 'status', 'level'] as const)
    .filter((param) => params.get(param) !== '' && known[param] === undefined)
    .map((param) => `${param}=${params.get(param)}`);

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
    getNextPageParam: ({ policies: page }) => nextCursor(page.pageInfo),
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
        <NameFilter value={nameText} onChange={setName} />
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
      {ignored.length > 0 ? <Notice>Ignored an unknown filter value: {ignored.join(', ')}.</Notice> : null}
      {nameText !== nameParam ? (
        <Notice>
          The name in the address is longer than {maxNameLength} characters; searching for its first {maxNameLength}.
        </Notice>
      ) : null}

      {policies.isPending ? (
        <Loading what="policies" />
      ) : policies.isError && rows.length === 0 ? (
        <ErrorState error={policies.error} what="the policies" onRetry={() => void policies.refetch()} />
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
                      <Link href={policyPath(policy.slug)}>{policy.title}</Link>
                      {policy.shortName !== policy.title ? (
                        <span className="policies-short-name">{policy.shortName}</span>
                      ) : null}
                    </th>
                    <td data-label="Kind">{formatEnum(policy.kind)}</td>
                    <td data-label="Jurisdiction">
                      {policy.jurisdictionName}{' '}
                      <span className="policies-muted">({formatEnum(policy.jurisdictionLevel)})</span>
                    </td>
                    <td data-label="Status">
                      <span className={`badge ${statusTones[policy.status]}`}>{formatEnum(policy.status)}</span>
                    </td>
                    <td data-label="Effective">
                      {policy.effectiveOn ? (
                        <PartialDate date={policy.effectiveOn} precision={policy.effectivePrecision} />
                      ) : (
                        <span className="policies-muted">No effective date</span>
                      )}
                    </td>
                    <td data-label="Issuer">
                      {policy.issuer ? (
                        <Link href={actorPath(policy.issuer.slug)}>{policy.issuer.name}</Link>
                      ) : (
                        <span className="policies-muted">Unknown</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <MorePages list={policies} what="policies" label="Show more policies" />
        </>
      )}
    </section>
  );
}

/** At most `length` UTF-16 units (what the API counts), without splitting a character in two. */
function clamp(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** The name filter waits for a pause in typing before it changes the URL (and asks the API). */
function NameFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [draft, setDraft] = useDraft(value);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), 300);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <label>
      Name
      <input
        type="search"
        value={draft}
        maxLength={maxNameLength}
        placeholder="Title or short name"
        onChange={(event) => setDraft(event.target.value)}
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
