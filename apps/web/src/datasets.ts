// The encounter datasets, asked for once per session whichever view asks first.
import { useQuery } from '@tanstack/react-query';
import { borderdesk } from './client.ts';
import { DashboardDatasetsDocument, type DashboardDatasetsQuery } from './generated/graphql.ts';

export type DatasetInfo = DashboardDatasetsQuery['datasets']['edges'][number]['node'];

/** The datasets as a list (`data`), under the one query key every view shares. */
export function useDatasets() {
  return useQuery({
    queryKey: ['datasets'],
    queryFn: ({ signal }) => borderdesk.request(DashboardDatasetsDocument, {}, { signal }),
    select: listOf,
  });
}

function listOf(data: DashboardDatasetsQuery): DatasetInfo[] {
  return data.datasets.edges.map((edge) => edge.node);
}
