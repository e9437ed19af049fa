// Who is calling: anonymous (known by address only) or the holder of an API key, with its role.
import type { ApiKeyRole } from '@borderdesk/db';

export type Caller =
  | { kind: 'anonymous'; address: string }
  | { kind: 'key'; address: string; keyId: number; name: string; prefix: string; role: ApiKeyRole };

/** What a caller may do; each role includes the ones before it. */
export interface Scopes {
  /** Everyone, anonymous callers included: reading the record and the figures. */
  public: boolean;
  partner: boolean;
  /** Writing the editorial record. */
  editor: boolean;
  /** Managing keys and reading the audit trail. */
  admin: boolean;
}

const rank: Record<ApiKeyRole, number> = { PARTNER: 1, EDITOR: 2, ADMIN: 3 };

export function scopesOf(caller: Caller): Scopes {
  const level = caller.kind === 'key' ? rank[caller.role] : 0;
  return { public: true, partner: level >= 1, editor: level >= 2, admin: level >= 3 };
}

export const anonymous = (address: string): Caller => ({ kind: 'anonymous', address });
