// What a caller is told when scope-auth refuses a field: FORBIDDEN, which role it needs and what
// the caller has. Nothing else (no scope internals, no key).
import { type AuthFailure, AuthScopeFailureType, type ForbiddenResult } from '@pothos/plugin-scope-auth';
import { PublicError } from '../errors.js';
import type { Caller, Scopes } from './caller.js';

// `public` is everyone's: only the scopes of keys can be missing.
const needs: Record<Exclude<keyof Scopes, 'public'>, string> = {
  partner: 'a PARTNER, EDITOR or ADMIN key',
  editor: 'an EDITOR or ADMIN key',
  admin: 'an ADMIN key',
};
const order = Object.keys(needs) as (keyof typeof needs)[];

/** For scope-auth's `unauthorizedError`: the error a refused field answers with. */
export function forbidden(caller: Caller, result: ForbiddenResult): PublicError {
  const has =
    caller.kind === 'key' ? `your key ${caller.prefix}… is ${withArticle(caller.role)} key` : 'you sent no key';
  const failed = scopesIn(result.failure);
  const required = order.find((scope) => failed.has(scope));
  const message = required ? `Forbidden: this needs ${needs[required]}; ${has}.` : `Forbidden: ${has}.`;
  return new PublicError(message, 'FORBIDDEN');
}

function scopesIn(failure: AuthFailure): Set<string> {
  if (failure.kind === AuthScopeFailureType.AuthScope) return new Set([failure.scope]);
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return new Set(failure.failures.flatMap((inner) => [...scopesIn(inner)]));
  }
  return new Set();
}

/** `an ADMIN`, `a PARTNER`, `an Actor`: the word with its indefinite article. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
