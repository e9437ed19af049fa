import 'graphiql/setup-workers/vite';
// Embeds GraphiQL's fonts as data: URLs, so the page never asks a font host.
import 'graphiql/style.css';
import './page.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples.ts';

const container = document.getElementById('graphiql');
if (!container) throw new Error('index.html has no #graphiql element');

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs}>
      <GraphiQL.Logo>Borderdesk</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
