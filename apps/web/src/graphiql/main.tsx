import 'graphiql/setup-workers/vite';
// Embeds GraphiQL's fonts as data: URLs, so the page never asks a font host.
import 'graphiql/style.css';
import './page.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultHeaders, exampleTabs } from './examples.ts';

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html has no #graphiql element');

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultHeaders={defaultHeaders}>
      <GraphiQL.Logo>Borderdesk</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
