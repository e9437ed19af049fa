// The schema is the sum of its domain files; importing them registers their types.
import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './enums.js';
import './actor.js';
import './source.js';
import './statement.js';
import './claim.js';
import './policy.js';
import './dataset.js';

export const schema = lexicographicSortSchema(builder.toSchema());
