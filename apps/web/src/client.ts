// The dashboard's one way to the API: the SDK, sending each operation as its persisted documentId
// (the API knows the SDK's and the dashboard's documents), anonymously.
import { createClient } from '@borderdesk/sdk';

export const borderdesk = createClient({ url: new URL('/graphql', location.href).toString(), persisted: true });
