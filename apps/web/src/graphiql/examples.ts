import type { GraphiQLProps } from 'graphiql';

type Tab = NonNullable<GraphiQLProps['defaultTabs']>[number];

export const exampleTabs: Tab[] = [
  {
    query: `# The reporter's question: "Crossings fell 18% in November, the lowest since
# July 2020. Is that right, which policies took effect around then, and who said what?"
query TheNovemberDropInContext {
  drop: encounterSeries(filter: { components: [USBP], regions: [SOUTHWEST], from: "2024-10", to: "2024-11" }) {
    dataset { name }
    points {
      period
      value
      previous { percent }
      policiesInEffect { shortName effectiveOn }
      policyEvents(monthsBefore: 6) { kind date policy { shortName } }
      statements(monthsAfter: 1) { text saidOn speaker { name } }
    }
  }
  lowestSince: encounterRecord(dataset: "ohss-usbp-sector", filter: { regions: [SOUTHWEST] }, period: "2024-11", kind: LOWEST) {
    value
    since { period value }
  }
  claims(first: 20) {
    edges { node { text check { verdict computedValue assertedValue reason } } }
  }
}
`,
  },
  {
    query: `# Check a number nobody has stored yet: "down 18% from October"
query CheckAClaim {
  checkClaim(input: {
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
    datasetSelection { slug reason }
    releases { label }
  }
}
`,
  },
  {
    query: `# Search statements, actors, policies and sources (misspelt names too: try "Homman")
query Search {
  search(query: "sanctuary", first: 10) {
    type
    rank
    title { html }
    snippet { html }
    node {
      ... on Statement { text speaker { name } }
      ... on Actor { name summary }
      ... on Policy { title effectiveOn }
      ... on Source { title }
    }
  }
}
`,
  },
  {
    query: `# Who's who
# Partners: add {"Authorization": "Bearer <your key>"}
# in the Headers tab below (headers are per tab).
query ActorsOverview {
  actors(first: 50) {
    totalCount
    edges {
      node {
        id
        name
        kind
        classification
        roles {
          title
          organization {
            name
          }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# One actor
query ActorBySlug($slug: String!) {
  actor(slug: $slug) {
    id
    name
    summary
    statements(first: 10) {
      edges {
        node {
          text
          saidOn
          source {
            title
          }
        }
      }
    }
  }
}
`,
    variables: '{ "slug": "tom-homan" }',
  },
  {
    query: `# Policies and their timelines
query Policies {
  policies(first: 20) {
    totalCount
    edges {
      node {
        title
        shortName
        kind
        status
        citations
        issuer {
          name
        }
        events {
          kind
          date
          datePrecision
          description
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Statements with sources
query Statements {
  statements(first: 20) {
    totalCount
    edges {
      node {
        text
        isParaphrase
        setting
        saidOn
        speaker {
          name
        }
        source {
          title
          publisher {
            name
          }
        }
        mentions {
          actors {
            name
          }
          policies {
            shortName
          }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# The November drop: Border Patrol at the Southwest border
query NovemberDrop {
  encounterSeries(
    filter: { components: [USBP], regions: [SOUTHWEST], from: "2024-09", to: "2024-11" }
  ) {
    datasetSelection {
      slug
      reason
    }
    points {
      period
      value
      previous {
        period
        percent
      }
      yearAgo {
        percent
      }
      releases {
        label
      }
    }
  }
}
`,
  },
  {
    query: `# "The lowest since July 2020"
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
    since {
      period
      value
    }
  }
}
`,
  },
  {
    query: `# Top citizenships, fiscal years
query TopCitizenships {
  encounterSeries(
    dataset: "cbp-nationwide-state"
    interval: FISCAL_YEAR
    groupBy: [CITIZENSHIP]
    top: 5
    filter: { from: "2021-10", to: "2024-09" }
  ) {
    points {
      period
      group {
        label
      }
      value
      share
    }
  }
}
`,
  },
  {
    query: `# Datasets and their releases
query Datasets {
  datasets(first: 10) {
    edges {
      node {
        slug
        name
        publisher
        dimensions
        roundingUnit
        scope {
          dimension
          values
        }
        coverage {
          firstMonth
          lastMonth
        }
        releases {
          id
          label
          fileName
          rowCount
          isCurrent
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Look up any node by ID
query Node($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Actor {
      name
    }
    ... on Policy {
      title
    }
  }
}
`,
    variables: '{ "id": "<paste an id from another tab>" }',
  },
];
