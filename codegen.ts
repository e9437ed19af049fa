// graphql-codegen: the SDK's operations, typed against the API's printed schema.
// Run through `npm run generate` (which first prints apps/api/schema.graphql).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['packages/sdk/src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'packages/sdk/src/generated/': {
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
    },
  },
};

export default config;
