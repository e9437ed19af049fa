/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type DashboardDatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardDatasetsQuery = { datasets: { edges: Array<{ node: { slug: string, name: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashboardDatasetsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query DashboardDatasets {
  datasets(first: 20) {
    edges {
      node {
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:e5d07471052d7ff292b93c9bdcf8dceb9488fa12b78d99ca6768c0b5a84d4c1b"}) as unknown as TypedDocumentString<DashboardDatasetsQuery, DashboardDatasetsQueryVariables>;