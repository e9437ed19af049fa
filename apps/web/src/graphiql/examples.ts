import type { GraphiQLProps } from 'graphiql';

type Tab = NonNullable<GraphiQLProps['defaultTabs']>[number];

// Lines stay under ~58 characters: that is what the query editor shows at 1440 px without scrolling.

/**
 * The Headers pane when GraphiQL opens, and in every new tab. GraphiQL reads it as JSON with
 * comments, so this sends no header at all (anonymous) until a partner uncomments the line.
 */
export const defaultHeaders = `{
  // Anonymous. With an API key, uncomment this line
  // and put your key after "Bearer ":
  // "Authorization": "Bearer bdk_…"
}
`;

/** The tabs GraphiQL opens with; each one's first comment line says what it answers. */
export const exampleTabs: Tab[] = [
  {
    query: `# The reporter's question: "Crossings fell 18% in
# November, the lowest since July 2020." Is that right,
# which policies took effect around then, who said what?
# Run it with ▶ or Ctrl+Enter. No key needed; partners
# put theirs in the Headers pane below.
query TheNovemberDropInContext {
  drop: encounterSeries(filter: {
    components: [USBP]
    regions: [SOUTHWEST]
    from: "2024-10"
    to: "2024-11"
  }) {
    dataset { name }
    points {
      period
      value
      previous { percent }
      policiesInEffect { shortName effectiveOn }
      policyEvents(monthsBefore: 6) {
        kind date policy { shortName }
      }
      statements(monthsAfter: 1) {
        text saidOn speaker { name }
      }
    }
  }
  lowestSince: encounterRecord(
    dataset: "ohss-usbp-sector"
    filter: { regions: [SOUTHWEST] }
    period: "2024-11"
    kind: LOWEST
  ) {
    value
    since { period value }
  }
  claims(first: 20) {
    edges {
      node {
        text
        check { verdict computedValue assertedValue reason }
      }
    }
  }
}
`,
  },
  {
    query: `# A series: Border Patrol at the Southwest border by
# month, each month against the one before and a year
# earlier, from the dataset Borderdesk picks (and why).
query SouthwestByMonth($from: Month!, $to: Month!) {
  encounterSeries(filter: {
    components: [USBP]
    regions: [SOUTHWEST]
    from: $from
    to: $to
  }) {
    datasetSelection { slug reason }
    points {
      period
      value
      previous { percent }
      yearAgo { percent }
    }
    firstToLast { period value percent }
    releases { label }
  }
}
`,
    variables: `{ "from": "2024-05", "to": "2024-11" }`,
  },
  {
    query: `# A record: how low was November 2024 at the Southwest
# border, and since when was no month as low?
query LowestSince {
  encounterRecord(
    dataset: "ohss-usbp-sector"
    filter: { regions: [SOUTHWEST] }
    period: "2024-11"
    kind: LOWEST
  ) {
    period
    value
    rank
    periods
    since { period value }
    releases { label }
  }
}
`,
  },
  {
    query: `# An actor on the record: roles, what they said and
# where, and where they stand on policies.
query ActorOnTheRecord($slug: String!) {
  actor(slug: $slug) {
    name
    summary
    roles {
      title startDate endDate
      organization { name }
    }
    statements(first: 10) {
      totalCount
      edges {
        node { text saidOn setting source { title } }
      }
    }
    stances { position note policy { shortName } }
  }
}
`,
    variables: `{ "slug": "tom-homan" }`,
  },
  {
    query: `# Checking claims: one nobody stored ("down 18% from
# October"), and one the article made, as stored.
query CheckClaims {
  downEighteenPercent: checkClaim(input: {
    assertion: PERCENT_CHANGE
    dataset: "cbp-southwest"
    filter: { components: [USBP] }
    comparePeriod: "2024-10"
    period: "2024-11"
    assertedValue: -18
  }) {
    verdict
    computedValue
    reason
    releases { label }
  }
  lowestSinceJuly2020: claim(
    slug: "usbp-southwest-november-2024-lowest-since-july-2020"
  ) {
    text
    statement { speaker { name } source { title } }
    check {
      verdict
      computedValue
      since { month value }
      reason
      dataset { slug }
    }
  }
}
`,
  },
  {
    query: `# Search statements, actors, policies and sources;
# misspelt names are found too (try "Homman").
query Search($query: String!) {
  search(query: $query, first: 10) {
    type
    title { text }
    snippet { text }
    node {
      ... on Statement { saidOn speaker { name } }
      ... on Actor { slug }
      ... on Policy { slug effectiveOn }
      ... on Source { url }
    }
  }
}
`,
    variables: `{ "query": "sanctuary" }`,
  },
  {
    query: `# A policy: its steps, who stands where, and what the
# figures did in the six months either side.
query PolicyAndItsImpact($slug: String!) {
  policy(slug: $slug) {
    title
    citations
    events { kind date description }
    stances { position actor { name } }
    impact(window: 6, filter: { components: [USBP] }) {
      before { from to average }
      after { from to average }
      change { percent }
      note
    }
  }
}
`,
    variables: `{ "slug": "securing-the-border" }`,
  },
  {
    query: `# A breakdown: the five citizenships most encountered
# nationwide, by fiscal year, with their share.
query TopCitizenships {
  encounterSeries(
    dataset: "cbp-nationwide-state"
    interval: FISCAL_YEAR
    groupBy: [CITIZENSHIP]
    top: 5
    filter: { from: "2021-10", to: "2024-09" }
  ) {
    points { period group { label } value share }
  }
}
`,
  },
];
