// Every operation is priced once, after validation: above the max cost it is refused (400,
// QUERY_TOO_COSTLY); otherwise its cost is charged to the caller's budget, and a caller who has
// spent it gets 429 with Retry-After and RATE_LIMITED. A request refused before it runs (syntax,
// validation, variables, max cost) costs 1, so that sending bad documents is limited too; and once
// the budget is spent, requests are 429 before their body is even parsed. Answers say what is left
// in RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset headers.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Caller } from '../access/caller.js';
import { queryCost } from '../access/query-cost.js';
import type { Charge, RateLimiter } from '../access/rate-limits.js';
import type { Context } from '../context.js';
import { PublicError } from '../errors.js';
import { errorBody } from './errors.js';

/** What a refused caller reads, in the GraphQL path and before it alike. */
function rateLimited(charge: Charge, caller: Caller): string {
  return `Rate limit reached: ${charge.limit} cost per window for this ${caller.kind === 'key' ? 'key' : 'address'}. Retry in ${charge.resetSeconds} s.`;
}

/** Answers 429 outside GraphQL, in the shape GraphQL's own RATE_LIMITED answer has. */
export function refuseRateLimited(res: Response, requestId: string, charge: Charge, message: string): void {
  res.setHeader('Retry-After', String(charge.resetSeconds));
  res.setHeader('RateLimit-Limit', String(charge.limit));
  res.setHeader('RateLimit-Remaining', '0');
  res.setHeader('RateLimit-Reset', String(charge.resetSeconds));
  res.status(429).json(errorBody(message, 'RATE_LIMITED', requestId, { retryAfter: charge.resetSeconds }));
}

/** A caller whose budget is spent is refused before its request is parsed; runs after `authenticate`. */
export function refuseSpentBudgets(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    try {
      const budget = await limiter.peek(req.caller);
      if (budget.allowed) next();
      else refuseRateLimited(res, req.id, budget, rateLimited(budget, req.caller));
    } catch (error) {
      next(error);
    }
  };
}

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
            throw new PublicError(rateLimited(charge, contextValue.caller), 'RATE_LIMITED', {
              retryAfter: charge.resetSeconds,
              http: { status: 429, headers: new Map([['retry-after', retryAfter]]) },
            });
          }
        },
        async didEncounterErrors({ contextValue }) {
          // Refused before it was priced: the least an operation costs.
          charge ??= await limiter.charge(contextValue.caller, 1);
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
