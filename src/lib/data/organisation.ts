import { getCollection } from 'astro:content';
import type { Organisation } from '@/schemas/organisation';

/** The organisation publishing the site (content/organisation.yaml). */
export async function getOrganisation(): Promise<Organisation> {
  const [entry] = await getCollection('organisation');
  if (!entry) throw new Error('content/organisation.yaml is missing');
  return entry.data;
}
