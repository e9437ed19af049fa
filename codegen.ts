// graphql-codegen: the SDK's operations and the dashboard's own, typed against the API's printed schema.
// Run through `npm run generate` (which first prints apps/api/schema.graphql).
import type { CodegenConfig } from '@graphql-codegen/cli';

const client: CodegenConfig['generates'][string] & object = {
  preset: 'client',
  presetConfig: {
    fragmentMasking: false,
    // Each document carries `__meta__.hash` ("sha256:<hex>", of the normalized text), and
    // persisted-documents.json maps every hash to that text: the API's list of known documents.
    persistedDocuments: { hashAlgorithm: 'sha256' },
  },
  config: {
    // Documents as strings: no graphql-js needed at run time, in Node or in a browser bundle.
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    strictScalars: true,
    scalars: { Date: 'string', DateTime: 'string', Month: 'string', JSON: 'unknown' },
  },
};

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'packages/sdk/src/generated/': { documents: ['packages/sdk/src/operations/**/*.graphql'], ...client },
    // The dashboard's operations, run through the SDK's `client.request` like any app's own documents.
    'apps/web/src/generated/': { documents: ['apps/web/src/**/*.graphql'], ...client },
  },
};

export default config;
