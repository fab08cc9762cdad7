/**
 * What a "where" question needs, fetched once and only for rounds that ask one: the map view's
 * code (d3-geo), the world outlines (drawn, and the countries' shapes that score a question
 * naming an area), the place list and the regions' outlines (about 78 KB, scoring only).
 * The first question of a round is never held up by it unless it is itself a map question.
 */
import type { Place } from '../core/geo';
import { loadWhereView } from '../ui/questions';
import type { GeoData, QuestionView } from '../ui/questions/types';
import { fetchText } from '../services/fetchText';

export interface MapSupport {
  /** The map data once loaded, else null. */
  ready(): GeoData | null;
  /** Loads (once); a failure can be retried by calling again. */
  load(): Promise<GeoData>;
  /** The map question's view, once loaded (with the data), else null. */
  whereView(): QuestionView | null;
}

const json = async <T>(url: string): Promise<T> => JSON.parse(await fetchText(url)) as T;

export function mapSupport(baseUrl: string): MapSupport {
  let data: GeoData | null = null;
  let pending: Promise<GeoData> | null = null;
  let view: QuestionView | null = null;
  return {
    ready: () => data,
    whereView: () => view,
    load() {
      // The view is kept as soon as its chunk is here, as the data may still be on its way.
      const keepView = () =>
        loadWhereView().then((where) => {
          view = where.view;
          return where;
        });
      pending ??= Promise.all([keepView(), json<unknown>(`${baseUrl}geo/world-110m.json`), json<Place[]>(`${baseUrl}geo/places.json`), json<unknown>(`${baseUrl}geo/regions.json`)]).then(
        ([where, topology, places, regions]) => (data = { topology, places, areas: where.areaLookup(topology, places, regions) }),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      );
      return pending;
    },
  };
}
