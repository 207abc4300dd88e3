/** The one shape of a record id across the contract and the domain: a UUID the core generates. */
import { z } from 'zod';

export const Id = z.string().uuid();
export type Id = z.infer<typeof Id>;
