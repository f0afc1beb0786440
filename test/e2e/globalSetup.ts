import { buildSiteCopies } from './harness/buildSites';

export default async function setup(): Promise<void> {
  await buildSiteCopies();
}
