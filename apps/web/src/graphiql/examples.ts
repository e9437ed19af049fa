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
    query: `# Datasets
query Datasets {
  datasets(first: 10) {
    edges {
      node {
        slug
        name
        publisher
        dimensions
        roundingUnit
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
