// Every operation is priced once, after validation: above the max cost it is refused (400,
// QUERY_TOO_COSTLY); otherwise its cost is charged to the caller's budget, and a caller who has
// spent it gets 429 with Retry-After and RATE_LIMITED. Answers that pass say what is left in
// RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset headers.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost } from '../access/query-cost.js';
import type { Charge, RateLimiter } from '../access/rate-limits.js';
import type { Context } from '../context.js';
import { PublicError } from '../errors.js';

export function costAndRateLimits(limiter: RateLimiter, maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let charge: Charge | undefined;
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const cost = priced(() => queryCost(schema, document, request.variables, operationName ?? undefined));
          if (cost > maxCost) {
            throw new PublicError(
              `This operation costs ${cost}, more than the ${maxCost} allowed: ask for fewer items (first/last) or fewer nested lists.`,
              'QUERY_TOO_COSTLY',
              { cost, maxCost, http: { status: 400 } },
            );
          }
          charge = await limiter.charge(contextValue.caller, cost);
          if (!charge.allowed) {
            const retryAfter = String(charge.resetSeconds);
            throw new PublicError(
              `Rate limit reached: ${charge.limit} cost per window for this ${contextValue.caller.kind === 'key' ? 'key' : 'address'}. Retry in ${retryAfter} s.`,
              'RATE_LIMITED',
              {
                retryAfter: charge.resetSeconds,
                http: { status: 429, headers: new Map([['retry-after', retryAfter]]) },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          if (!charge) return;
          response.http.headers.set('ratelimit-limit', String(charge.limit));
          response.http.headers.set('ratelimit-remaining', String(charge.remaining));
          response.http.headers.set('ratelimit-reset', String(charge.resetSeconds));
        },
      };
    },
  };
}

/**
 * Variables that do not fit their types (graphql-js's own message, as execution would give it) or a
 * document whose fragments expand past 10,000 fields: the caller's mistake, refused before it runs.
 */
function priced(cost: () => number): number {
  try {
    return cost();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      nodes: error.nodes ?? null,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}
