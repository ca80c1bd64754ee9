import type { Catalog, Feed } from '../domain/catalog.ts';
import { createCellSettings } from '../server/runtime-api.ts';
import { feedsOfCell } from './cell-directory.ts';
import type { ScaleDeps } from './scale-deps.ts';

/**
 * The feeds a cell's bulletins read: the catalog as its editors left it on the web page (Nguồn tin)
 * once they saved one, else the cell's selection in D1 `cell_feeds`. Only enabled feeds.
 * Shared work stays keyed by feed URL, so cells that define the same URL still share one fetch.
 */
export async function enabledFeedsOfCell(deps: Pick<ScaleDeps, 'db' | 'cellStorage' | 'base'>, cellId: string): Promise<Feed[]> {
  return (await enabledCatalogOfCell(deps, cellId)).feeds;
}

/** The cell's catalog with only its enabled feeds, and its relevance rules when it has any. */
export async function enabledCatalogOfCell(deps: Pick<ScaleDeps, 'db' | 'cellStorage' | 'base'>, cellId: string): Promise<Catalog> {
  const settings = createCellSettings(deps.cellStorage(cellId).store, { config: deps.base, defaultCatalog: { feeds: await feedsOfCell(deps.db, cellId) } });
  const catalog = await settings.catalog();
  return { ...catalog, feeds: catalog.feeds.filter((feed) => feed.enabled) };
}
