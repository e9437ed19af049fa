import type { GraphiQLProps } from 'graphiql';

type Tab = NonNullable<GraphiQLProps['defaultTabs']>[number];

export const exampleTabs: Tab[] = [
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
